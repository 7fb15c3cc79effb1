import type { Key } from 'ink';
import { KEY } from './components/key-scope.js';
import { isStartScreen, isTextMode, listLength, type ScrollTo, type UiAction, type UiContext, type UiState } from './wizard-state.js';
import { stripControl } from '../text/strip-control.js';

/** Keys that need the outside world (clipboard, browser, disk, exit) become commands for the hook. */
export type Command =
  | { cmd: 'quit' }
  | { cmd: 'copy'; index: number }
  | { cmd: 'open'; index: number }
  | { cmd: 'open-menu' }
  | { cmd: 'save' }
  /** The search screen, with what was typed or pasted on the first screen in its field. */
  | { cmd: 'search'; text?: string }
  /** Keys handed to the list (ink-select-input) on screen. */
  | { cmd: 'list'; keys: string[] }
  /** Keys handed to the field (ink-text-input) on screen, and where its cursor ends up. */
  | { cmd: 'field'; keys: string[]; caret: number }
  /**
   * The digits held on the first screen are taken as answers after all (see heldNumberKey),
   * then the key that released them, if any but Enter, acts on the screen they lead to.
   */
  | { cmd: 'release-digits'; then?: { input: string; key: Pressed } };

export type Intent = UiAction | Command;

export type Pressed = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'return' | 'escape' | 'ctrl' | 'meta' | 'backspace' | 'delete' | 'tab'> &
  Partial<Pick<Key, 'pageUp' | 'pageDown' | 'home' | 'end'>>;

/** What the key map needs to know of the list as it is drawn. */
export interface ListView {
  /** Only part of the list is on screen: moves are the key map's, not the list's. */
  windowed: boolean;
}

/** No key but the character: a held digit replayed by the hook. */
export const NO_KEY: Pressed = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  return: false,
  escape: false,
  ctrl: false,
  meta: false,
  backspace: false,
  delete: false,
  tab: false,
};

/**
 * On the first screen this many digits in a row are a number to search (an HTTP status such as
 * 401, an error code), not answers: no answer list is that long.
 */
export const DIGITS_AS_TEXT = 3;

const isBack = (key: Pressed) => key.escape || key.backspace || key.delete || key.leftArrow;

/**
 * Paging through a screen taller than the terminal, as in a pager: Space and b for those without
 * PgDn/PgUp. Where letters type (the first screen), b is a letter like any other.
 */
function scrollKey(input: string, key: Pressed, letters = true): ScrollTo | null {
  if (key.ctrl || key.meta) return null;
  if (key.pageDown || input === ' ') return 'page-down';
  if (key.pageUp || (letters && input === 'b')) return 'page-up';
  if (key.home) return 'top';
  if (key.end) return 'end';
  return null;
}

/** Choosing item `index` of the list on screen: an answer, or what to copy or open. */
export function chooseIntent(state: UiState, index: number): Intent {
  if (state.overlay === 'copy' || state.overlay === 'open') return { cmd: state.overlay, index };
  return { type: 'choose', index };
}

/** A number being typed in a list of ten or more, once no second digit can follow. */
export function pendingChoice(state: UiState): Intent | null {
  return state.digits ? chooseIntent(state, Number(state.digits) - 1) : null;
}

/**
 * Maps one key press to what it means on the screen at hand; null when it means nothing there.
 * `list` says how the list on screen is drawn (see option-list.tsx). `digitsAsAnswers` is for
 * the first screen's held digits replayed as answers: there a digit then chooses as elsewhere.
 */
export function keyToIntent(ctx: UiContext, state: UiState, input: string, key: Pressed, list: ListView = { windowed: false }, digitsAsAnswers = false): Intent | null {
  if (key.ctrl && input === 'c') return { cmd: 'quit' };
  if (isTextMode(ctx, state)) return textKey(ctx, state, input, key, list);
  const start = isStartScreen(ctx, state);
  if (state.digits) return start && !digitsAsAnswers ? heldNumberKey(ctx, state, input, key, list) : digitKey(ctx, state, input, key);
  if (start) return startKey(ctx, state, input, key, list, digitsAsAnswers);
  const scroll = state.overlay === null || state.overlay === 'help' ? scrollKey(input, key) : null;
  if (scroll) return { type: 'scroll', to: scroll };
  if (state.overlay === 'help') {
    if (input === 'q') return { cmd: 'quit' };
    return isBack(key) || key.return || input === '?' ? { type: 'back' } : null;
  }
  const up = key.upArrow || input === 'k';
  if (up || key.downArrow || input === 'j') return moveIntent(up, list);
  if (key.return) return enterIntent(state, list);
  if (key.rightArrow) return chooseIntent(state, state.cursor);
  if (isBack(key)) return { type: 'back' };
  if (input === 'q') return { cmd: 'quit' };
  if (input === '?') return { type: 'open-overlay', overlay: 'help' };
  if (/^[0-9]$/.test(input)) return firstDigit(ctx, state, input);
  if (state.overlay === 'copy' || state.overlay === 'open') return null;
  switch (input) {
    case 'r':
      return { type: 'restart' };
    case '/':
      return { cmd: 'search' };
    case 'e':
      return { type: 'open-overlay', overlay: 'code' };
    case 'c':
      return { type: 'open-overlay', overlay: 'copy' };
    case 'o':
      return { cmd: 'open-menu' };
    case 's':
      return { cmd: 'save' };
  }
  return null;
}

/**
 * The first screen, where typing types: an admin who starts to describe the problem ("sync
 * stopped", "every user fails", "quarantine") must not have the first letter taken as a
 * command (s saved, e opened the code lookup, q quit). So every letter, and any other printable
 * key that no command here needs, starts the description field with itself in it; Tab opens it
 * empty, and a paste goes into it whole. The screen's own keys are those a sentence does not
 * start with: the arrows, Enter, a digit as the first key, PgDn/PgUp/Home/End and Space, Esc,
 * ? and /; Ctrl+C quits. A digit is held a moment, as a number may follow (see heldNumberKey).
 */
function startKey(ctx: UiContext, state: UiState, input: string, key: Pressed, list: ListView, digitsAsAnswers = false): Intent | null {
  const scroll = scrollKey(input, key, false);
  if (scroll) return { type: 'scroll', to: scroll };
  if (key.upArrow || key.downArrow) return moveIntent(key.upArrow, list);
  if (key.return) return enterIntent(state, list);
  if (key.rightArrow) return chooseIntent(state, state.cursor);
  if (isBack(key)) return { type: 'back' };
  if (input === '?') return { type: 'open-overlay', overlay: 'help' };
  if (input === '/') return { cmd: 'search' };
  if (/^[0-9]$/.test(input)) return digitsAsAnswers ? firstDigit(ctx, state, input) : { type: 'digits', digits: input };
  if (key.ctrl || key.meta) return null;
  if (key.tab) return { type: 'open-overlay', overlay: 'describe' };
  const text = stripControl(input);
  return text.trim() ? { type: 'open-overlay', overlay: 'describe', query: text } : null;
}

/** Up or Down in the list on screen: moved by the key map when only a window of it is drawn. */
function moveIntent(up: boolean, list: ListView): Intent {
  if (list.windowed) return { type: 'move', by: up ? -1 : 1 };
  return { cmd: 'list', keys: [up ? KEY.up : KEY.down] };
}

function enterIntent(state: UiState, list: ListView): Intent {
  return list.windowed ? chooseIntent(state, state.cursor) : { cmd: 'list', keys: [KEY.enter] };
}

/** A digit: chosen at once, or held when it can begin a two-digit number of this list. */
function firstDigit(ctx: UiContext, state: UiState, input: string): Intent | null {
  const count = listLength(ctx, state);
  const digit = Number(input);
  if (digit === 0 || digit > count) return null;
  if (digit * 10 <= count) return { type: 'digits', digits: input };
  return chooseIntent(state, digit - 1);
}

/** The key after a held digit: a second digit completes the number, Esc drops it, anything else chooses it and is used up. */
function digitKey(ctx: UiContext, state: UiState, input: string, key: Pressed): Intent | null {
  if (key.escape || key.backspace || key.delete) return { type: 'digits', digits: '' };
  if (/^[0-9]$/.test(input)) {
    const number = Number(state.digits + input);
    if (number <= listLength(ctx, state)) return chooseIntent(state, number - 1);
  }
  return pendingChoice(state);
}

/**
 * The key after digits held on the first screen. An admin types or pastes an HTTP status or
 * an error code ("401", "0x80070005", "5xx") as readily as an answer's number, so the rule is
 * by shape: a third digit, or a letter (anything that would start the description field, Tab
 * too), makes the digits so far the start of a description; Esc or Backspace drops them; any
 * other key (Enter, and the pause in use-wizard.ts) takes them as answers, each digit as it
 * would be on its own, so "12" is answer 12 of sixteen and "11" of three answers two questions.
 */
function heldNumberKey(ctx: UiContext, state: UiState, input: string, key: Pressed, list: ListView): Intent {
  if (key.escape || key.backspace || key.delete) return { type: 'digits', digits: '' };
  if (/^[0-9]$/.test(input)) {
    const digits = state.digits + input;
    return digits.length >= DIGITS_AS_TEXT ? { type: 'open-overlay', overlay: 'describe', query: digits } : { type: 'digits', digits };
  }
  const typed = startKey(ctx, state, input, key, list);
  if (typed && 'type' in typed && typed.type === 'open-overlay' && typed.overlay === 'describe') return { ...typed, query: state.digits + (typed.query ?? '') };
  return key.return ? { cmd: 'release-digits' } : { cmd: 'release-digits', then: { input, key } };
}

/** Word boundaries for Ctrl+W: the word before the cursor and the spaces after it. */
function wordStart(text: string, caret: number): number {
  let i = caret;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

/** Where Alt+F moves to: the end of the word after the cursor (past the spaces before it). */
function wordEnd(text: string, caret: number): number {
  let i = caret;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

function textKey(ctx: UiContext, state: UiState, input: string, key: Pressed, list: ListView): Intent | null {
  if (key.escape) return { type: 'back' };
  // The first screen's field hands what was typed to the search screen.
  if (key.return && state.overlay === 'describe') return state.query.trim() ? { cmd: 'search', text: state.query } : null;
  if (key.return) return { type: 'choose' };
  if (key.upArrow || key.downArrow || key.tab) {
    const by = key.upArrow ? -1 : 1;
    if (listLength(ctx, state) === 0) return null;
    return list.windowed ? { type: 'move', by } : { cmd: 'list', keys: [by < 0 ? KEY.up : KEY.down] };
  }
  const { query, caret } = state;
  const back = (count: number): Intent | null => (count > 0 ? { cmd: 'field', keys: Array<string>(count).fill(KEY.backspace), caret: caret - count } : null);
  if (key.ctrl && input === 'u') return back(caret);
  if (key.ctrl && input === 'w') return back(caret - wordStart(query, caret));
  // Backspace on an empty field (or at its start) does nothing: only Esc leaves a field.
  if (key.backspace || key.delete) return back(Math.min(1, caret));
  if (key.leftArrow) return caret > 0 ? { cmd: 'field', keys: [KEY.left], caret: caret - 1 } : null;
  if (key.rightArrow) return caret < query.length ? { cmd: 'field', keys: [KEY.right], caret: caret + 1 } : null;
  // Alt+B and Alt+F (Option+Left and Option+Right in macOS terminals) move by words, as in readline.
  const move = (to: number): Intent | null =>
    to === caret ? null : { cmd: 'field', keys: Array<string>(Math.abs(to - caret)).fill(to < caret ? KEY.left : KEY.right), caret: to };
  if (key.meta && input === 'b') return move(wordStart(query, caret));
  if (key.meta && input === 'f') return move(wordEnd(query, caret));
  if (key.ctrl || key.meta) return null;
  const text = stripControl(input);
  return text ? { cmd: 'field', keys: [text], caret: caret + text.length } : null;
}
