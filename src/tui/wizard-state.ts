import type { CodeNode, Content, ContentNode } from '../content/model.js';
import { canGoBack, currentNode, nextOf, start, transition, type WizardEvent, type WizardState } from '../engine/engine.js';
import type { CodeIndex, LookupResult } from '../engine/lookup.js';
import { explainUnknown } from '../engine/unknown-code.js';
import { whyText } from '../engine/why.js';
import type { Finder, FoundHit } from './find.js';
import { normalizeCode } from '../engine/lookup.js';
import type { ScrollView } from './frame-layout.js';
import { answersOf } from '../engine/answers.js';
import { messages } from '../i18n/messages.js';
import { copyItems, nodeLinks } from './node-text.js';
import { limitQuery, MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS } from '../engine/query-limit.js';

/** What covers the node screen; 'describe' is the first screen with its field in use. */
export type Overlay = 'search' | 'code' | 'copy' | 'open' | 'help' | 'describe';
export type ScrollTo = 'page-down' | 'page-up' | 'top' | 'end';
export type Tone = 'info' | 'good' | 'warn';

export interface Notice {
  /** One line: what happened. */
  text: string;
  tone: Tone;
  /** The longer story (why a copy went by OSC 52, an error's message), read under "?". */
  detail?: string;
  /** An address or a file path the notice names, shown whole on its own rows. */
  url?: string;
}

/** Everything the wizard shows: the engine's state plus what is on screen around it. */
export interface UiState {
  wizard: WizardState;
  overlay: Overlay | null;
  /** The highlighted row of whichever list is on screen. */
  cursor: number;
  /** What was typed into search or error-code entry. */
  query: string;
  /**
   * What the first screen's field held when it was left (Esc, or Enter to search): one stray
   * Esc must not lose a long description, so it is kept, shown under the answers, and Tab or
   * a letter goes on with it.
   */
  draft: string;
  /** Where the field's cursor is in `query` (the field draws it; this follows the keys handed to it). */
  caret: number;
  /** The first digit of a two-digit answer, waiting for the second. */
  digits: string;
  notice: Notice | null;
  /** The admin said the remedy on screen helped. */
  resolved: boolean;
  /** Bumped when the lazily loaded search index arrives, so the screen re-renders. */
  searchReady: boolean;
  /** The first body row on screen when the node screen is taller than the terminal. */
  scroll: number;
  /** The same for the help screen, so opening help does not lose the place on the node. */
  helpScroll: number;
}

export type UiAction =
  | { type: 'move'; by: number }
  | { type: 'choose'; index?: number }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'open-overlay'; overlay: Overlay; query?: string }
  /** The list on screen moved its highlight (ink-select-input's onHighlight). */
  | { type: 'highlight'; index: number }
  /** The field on screen changed its text (ink-text-input's onChange). */
  | { type: 'set-query'; text: string }
  | { type: 'caret'; to: number }
  | { type: 'digits'; digits: string }
  | { type: 'notice'; text: string; tone: Tone; detail?: string; url?: string; closeOverlay?: boolean }
  | { type: 'search-ready' }
  /** `view` comes from the layout on screen; without it (or with nothing hidden) scrolling does nothing. */
  | { type: 'scroll'; to: ScrollTo; view?: ScrollView };

/** What the pure reducer reads besides the state: the content and the indexes built from it. */
export interface UiContext {
  content: Content;
  codes(): CodeIndex;
  search: Finder | null;
}

export interface CodeChoice {
  entry: CodeNode & { id: string };
  note?: string;
  /** A code close to what was typed, not the same: shown and chosen as such. */
  nearMiss?: boolean;
}

export function initialUi(wizard: WizardState): UiState {
  return { wizard, overlay: null, cursor: 0, query: '', draft: '', caret: 0, digits: '', notice: null, resolved: false, searchReady: false, scroll: 0, helpScroll: 0 };
}

export function nodeOf(ctx: UiContext, state: UiState): ContentNode {
  return currentNode(ctx.content, state.wizard);
}

/** Typing goes to a text field: search, error-code entry, or a code-lookup node. */
export function isTextMode(ctx: UiContext, state: UiState): boolean {
  if (state.overlay) return state.overlay === 'search' || state.overlay === 'code' || state.overlay === 'describe';
  return nodeOf(ctx, state).kind === 'code-lookup';
}

/** The answers listed on the node screen: the same as the --plain dialogue's. */
export const nodeChoices = answersOf;

/** The walk is at its first question, whatever is drawn over it (its help, its field). */
export function atFirstQuestion(ctx: UiContext, state: UiState): boolean {
  return state.wizard.history.length === 0 && state.wizard.current === ctx.content.start;
}

/** The first question, with nothing over it: typing there describes the problem (see keys.ts). */
export function isStartScreen(ctx: UiContext, state: UiState): boolean {
  return state.overlay === null && atFirstQuestion(ctx, state);
}

/** The wizard's one call into the search engine. */
export function searchResults(ctx: UiContext, query: string): FoundHit[] {
  return ctx.search ? ctx.search(query, 8) : [];
}

/** Live suggestions while a code is typed: the lookup's match, codes that start with the input, near misses. */
export function codeChoices(ctx: UiContext, query: string): CodeChoice[] {
  if (!query.trim()) return [];
  // Asked several times a key: the last answer is kept per index.
  const index = ctx.codes();
  const known = lastChoices.get(index);
  if (known?.query === query) return known.choices;
  const choices = findCodeChoices(ctx, query);
  lastChoices.set(index, { query, choices });
  return choices;
}

const lastChoices = new WeakMap<CodeIndex, { query: string; choices: CodeChoice[] }>();

function findCodeChoices(ctx: UiContext, query: string): CodeChoice[] {
  const index = ctx.codes();
  const result = index.lookup(query);
  const key = normalizeCode(query);
  const prefixed = Object.values(ctx.content.nodes).filter(
    (n): n is CodeNode & { id: string } =>
      n.kind === 'code' && [n.code, ...n.aliases].some((c) => normalizeCode(c).startsWith(key)),
  );
  const all: CodeChoice[] = [
    ...(result.match ? [{ entry: result.match.entry, ...(result.match.note ? { note: result.match.note } : {}) }] : []),
    ...prefixed.map((entry) => ({ entry })),
    // A near miss says so when chosen: it is never shown as if it matched. With the index
    // loaded, codes of the same family close in meaning come before codes close in spelling.
    ...nearMisses(ctx, result).map((entry) => ({ entry, nearMiss: true, note: messages(ctx.content.language).walk.nearMissNote(result.input, entry.code) })),
  ];
  return all.filter((c, i) => all.findIndex((d) => d.entry.id === c.entry.id) === i).slice(0, 5);
}

function nearMisses(ctx: UiContext, result: LookupResult): Array<CodeNode & { id: string }> {
  if (result.match) return [];
  const search = ctx.search;
  return search ? explainUnknown(ctx.content, result, (query) => search(query, 10), messages(ctx.content.language).walk.family).suggestions : result.suggestions;
}

export function listLength(ctx: UiContext, state: UiState): number {
  switch (state.overlay) {
    case 'search':
      return searchResults(ctx, state.query).length;
    case 'code':
      return codeChoices(ctx, state.query).length;
    case 'copy':
      return copyItems(ctx.content, state.wizard, nodeOf(ctx, state)).length;
    case 'open':
      return nodeLinks(ctx.content, nodeOf(ctx, state)).length;
    case 'help':
    case 'describe':
      return 0;
    case null: {
      const node = nodeOf(ctx, state);
      return node.kind === 'code-lookup' ? codeChoices(ctx, state.query).length : nodeChoices(node).length;
    }
  }
}

function land(state: UiState, wizard: WizardState, notice: Notice | null = null): UiState {
  return { ...state, wizard, overlay: null, cursor: 0, query: '', caret: 0, notice, resolved: false, scroll: 0 };
}

function step(ctx: UiContext, state: UiState, event: WizardEvent, notice: Notice | null = null): UiState {
  const result = transition(ctx.content, state.wizard, event);
  return result.ok ? land(state, result.state, notice) : { ...state, notice: { text: result.error, tone: 'warn' } };
}

/** Where Enter goes from an error-code field that offers no code: the same answer for its hint and for Enter. */
export type CodeFallThrough =
  /** A pasted line without a known code: what answers its words. */
  | { to: 'related'; hit: FoundHit }
  /** The catalogue's general advice on reading an event. */
  | { to: 'general'; entry: CodeNode & { id: string } }
  /** Content without general advice: only a notice. */
  | { to: 'nothing' };

/**
 * Asked on each drawn frame of the field's hint and again by Enter: kept per index for the last
 * text (and whether the search index had loaded), so a key costs at most one search, as a key
 * in the search screen does.
 */
export function codeFallThrough(ctx: UiContext, query: string): CodeFallThrough {
  const index = ctx.codes();
  const known = lastFallThrough.get(index);
  if (known && known.query === query && known.search === ctx.search) return known.result;
  const typed = query.trim();
  const related = /\s/.test(typed) ? ctx.search?.(typed, 1)[0] : undefined;
  const fallback = index.fallback;
  const result: CodeFallThrough = related ? { to: 'related', hit: related } : fallback ? { to: 'general', entry: fallback } : { to: 'nothing' };
  lastFallThrough.set(index, { query, search: ctx.search, result });
  return result;
}

const lastFallThrough = new WeakMap<CodeIndex, { query: string; search: Finder | null; result: CodeFallThrough }>();

/** The hint under an error-code field with no code to offer: what Enter will do there. */
export function codeFallThroughHint(ctx: UiContext, query: string): string {
  const words = messages(ctx.content.language).wizard;
  const target = codeFallThrough(ctx, query);
  if (target.to === 'related') return words.noCodeRelated(target.hit.title);
  return target.to === 'general' ? words.noCodeYet : words.noCodeNoAdvice;
}

function jumpToCode(ctx: UiContext, state: UiState, index: number): UiState {
  const choice = codeChoices(ctx, state.query)[index];
  if (choice) return step(ctx, state, { type: 'jump', to: choice.entry.id }, choice.note ? { text: choice.note, tone: 'info' } : null);
  const typed = state.query.trim();
  const m = messages(ctx.content.language);
  if (!typed) return { ...state, notice: { text: m.wizard.notice.typeCodeFirst, tone: 'warn' } };
  const target = codeFallThrough(ctx, state.query);
  switch (target.to) {
    case 'related':
      return step(ctx, state, { type: 'jump', to: target.hit.id }, { text: m.wizard.notice.pastedNoCode(whyText(target.hit, m.plain)), tone: 'info' });
    case 'general':
      return step(ctx, state, { type: 'jump', to: target.entry.id }, { text: m.wizard.notice.generalAdvice(typed), tone: 'warn' });
    case 'nothing':
      return { ...state, notice: { text: m.notInCatalogue(typed), tone: 'warn' } };
  }
}

function choose(ctx: UiContext, state: UiState, index: number): UiState {
  if (state.overlay === 'search') {
    const hit = searchResults(ctx, state.query)[index];
    return hit ? step(ctx, state, { type: 'jump', to: hit.id }) : state;
  }
  if (state.overlay === 'code') return jumpToCode(ctx, state, index);
  if (state.overlay) return state;
  const node = nodeOf(ctx, state);
  if (node.kind === 'code-lookup') return jumpToCode(ctx, state, index);
  if (index >= nodeChoices(node).length) return state;
  if (node.kind === 'question') return step(ctx, state, { type: 'choose', option: index });
  if (node.kind === 'info') return step(ctx, state, { type: 'next' });
  if (index === 0) {
    const text = messages(ctx.content.language).wizard.notice.good;
    return { ...state, resolved: true, cursor: 0, notice: { text, tone: 'good' } };
  }
  return nextOf(node) ? step(ctx, state, { type: 'next' }) : back(ctx, state);
}

function back(ctx: UiContext, state: UiState): UiState {
  // Leaving the first screen's field keeps the highlighted answer where it was.
  if (state.overlay) return { ...state, overlay: null, cursor: state.overlay === 'describe' ? state.cursor : 0, query: '', caret: 0 };
  if (!canGoBack(state.wizard)) return { ...state, notice: { text: messages(ctx.content.language).wizard.notice.firstQuestion, tone: 'info' } };
  return step(ctx, state, { type: 'back' });
}

/** Pure: the same state and action always give the same next state. A held digit lasts one key. */
export function reduceUi(ctx: UiContext, state: UiState, action: UiAction): UiState {
  let next = reduce(ctx, state, action);
  if (state.overlay === 'describe' && next.overlay !== 'describe') next = { ...next, draft: state.query };
  return next.digits && action.type !== 'digits' ? { ...next, digits: '' } : next;
}

function reduce(ctx: UiContext, state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'move': {
      const length = listLength(ctx, state);
      if (length === 0) return state;
      return { ...state, cursor: (state.cursor + action.by + length) % length };
    }
    case 'choose':
      return choose(ctx, state, action.index ?? state.cursor);
    case 'back':
      return back(ctx, state);
    case 'restart':
      return land(state, start(ctx.content), { text: messages(ctx.content.language).wizard.notice.startedAgain, tone: 'info' });
    case 'open-overlay': {
      // The first screen's field opens with what it held when it was left, the key typed after it.
      // A paste that opens a field (the first screen's) is cut as one typed into a field is (set-query).
      const { query, cut } = limitQuery((action.overlay === 'describe' ? state.draft : '') + (action.query ?? ''));
      const cursor = action.overlay === 'describe' ? state.cursor : 0;
      // The help shows the last notice in full, so it keeps it.
      const notice = action.overlay === 'help' ? state.notice : cut ? queryCutNotice(ctx) : null;
      return { ...state, overlay: action.overlay, cursor, query, caret: query.length, notice, helpScroll: 0 };
    }
    case 'highlight':
      return { ...state, cursor: action.index };
    case 'set-query': {
      // Search and code lookup run on every keystroke: a long paste is cut where it is typed.
      const { query, cut } = limitQuery(action.text);
      return { ...state, query, cursor: 0, ...(cut ? { notice: queryCutNotice(ctx) } : {}) };
    }
    case 'caret':
      return { ...state, caret: Math.max(0, action.to) };
    case 'digits':
      return { ...state, digits: action.digits };
    case 'notice':
      const notice: Notice = { text: action.text, tone: action.tone, ...(action.detail ? { detail: action.detail } : {}), ...(action.url ? { url: action.url } : {}) };
      return { ...state, notice, ...(action.closeOverlay ? { overlay: null, cursor: 0 } : {}) };
    case 'search-ready':
      return { ...state, searchReady: true };
    case 'scroll':
      return scroll(state, action.to, action.view);
  }
}

/** Said when a query was cut to what search reads. */
function queryCutNotice(ctx: UiContext): Notice {
  return { text: messages(ctx.content.language).plain.queryCut(MAX_QUERY_WORDS, MAX_QUERY_CHARACTERS), tone: 'warn' };
}

function scroll(state: UiState, to: ScrollTo, view: ScrollView | undefined): UiState {
  if (!view || view.max <= 0) return state;
  const field = state.overlay === 'help' ? 'helpScroll' : 'scroll';
  // A resize may have left the offset past the end: start from where the screen really is.
  const from = Math.min(state[field], view.max);
  const next = to === 'top' ? 0 : to === 'end' ? view.max : from + (to === 'page-down' ? view.page : -view.page);
  return { ...state, [field]: Math.max(0, Math.min(view.max, next)) };
}
