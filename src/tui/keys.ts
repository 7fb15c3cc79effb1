import type { Key } from 'ink';
import { isTextMode, type ScrollTo, type UiAction, type UiContext, type UiState } from './wizard-state.js';
import { stripControl } from '../text/strip-control.js';

/** Keys that need the outside world (clipboard, browser, disk, exit) become commands for the hook. */
export type Command =
  | { cmd: 'quit' }
  | { cmd: 'copy'; index: number }
  | { cmd: 'open'; index: number }
  | { cmd: 'open-menu' }
  | { cmd: 'save' }
  | { cmd: 'search' };

export type Intent = UiAction | Command;

type Pressed = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'return' | 'escape' | 'ctrl' | 'meta' | 'backspace' | 'delete' | 'tab'> &
  Partial<Pick<Key, 'pageUp' | 'pageDown' | 'home' | 'end'>>;

const isBack = (key: Pressed) => key.escape || key.backspace || key.delete || key.leftArrow;

/** Paging through a screen taller than the terminal, as in a pager: Space and b for those without PgDn/PgUp. */
function scrollKey(input: string, key: Pressed): ScrollTo | null {
  if (key.ctrl || key.meta) return null;
  if (key.pageDown || input === ' ') return 'page-down';
  if (key.pageUp || input === 'b') return 'page-up';
  if (key.home) return 'top';
  if (key.end) return 'end';
  return null;
}

/** Maps one key press to what it means on the screen at hand; null when it means nothing there. */
export function keyToIntent(ctx: UiContext, state: UiState, input: string, key: Pressed): Intent | null {
  if (key.ctrl && input === 'c') return { cmd: 'quit' };
  if (isTextMode(ctx, state)) return textKey(state, input, key);
  const scroll = state.overlay === null || state.overlay === 'help' ? scrollKey(input, key) : null;
  if (scroll) return { type: 'scroll', to: scroll };
  if (state.overlay === 'help') {
    if (input === 'q') return { cmd: 'quit' };
    return isBack(key) || key.return || input === '?' ? { type: 'back' } : null;
  }
  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (isBack(key)) return { type: 'back' };
  if (input === 'q') return { cmd: 'quit' };
  if (input === '?') return { type: 'open-overlay', overlay: 'help' };
  const digit = /^[1-9]$/.test(input) ? Number(input) - 1 : undefined;
  const chosen = key.return || key.rightArrow ? state.cursor : digit;
  if (state.overlay === 'copy' || state.overlay === 'open') {
    return chosen === undefined ? null : { cmd: state.overlay, index: chosen };
  }
  if (chosen !== undefined) return { type: 'choose', index: chosen };
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
    default:
      return null;
  }
}

function textKey(state: UiState, input: string, key: Pressed): Intent | null {
  if (key.escape) return { type: 'back' };
  if (key.backspace || key.delete) return state.query ? { type: 'erase' } : { type: 'back' };
  if (key.return) return { type: 'choose' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow || key.tab) return { type: 'move', by: 1 };
  if (key.ctrl || key.meta || key.leftArrow || key.rightArrow) return null;
  const text = stripControl(input);
  return text ? { type: 'type', text } : null;
}
