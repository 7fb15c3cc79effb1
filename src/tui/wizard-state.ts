import type { CodeNode, Content, ContentNode } from '../content/model.js';
import { canGoBack, currentNode, nextOf, start, transition, type WizardEvent, type WizardState } from '../engine/engine.js';
import type { CodeIndex, LookupResult } from '../engine/lookup.js';
import { explainUnknown } from '../engine/unknown-code.js';
import type { ContentSearch } from '../engine/search.js';
import { whyText, type SearchHit } from '../engine/why.js';
import { normalizeCode } from '../engine/lookup.js';
import type { ScrollView } from './frame-layout.js';
import { copyItems, nodeLinks } from './node-text.js';
import { limitQuery, QUERY_CUT_NOTE } from '../engine/query-limit.js';

export type Overlay = 'search' | 'code' | 'copy' | 'open' | 'help';
export type ScrollTo = 'page-down' | 'page-up' | 'top' | 'end';
export type Tone = 'info' | 'good' | 'warn';

export interface Notice {
  text: string;
  tone: Tone;
}

/** Everything the wizard shows: the engine's state plus what is on screen around it. */
export interface UiState {
  wizard: WizardState;
  overlay: Overlay | null;
  /** The highlighted row of whichever list is on screen. */
  cursor: number;
  /** What was typed into search or error-code entry. */
  query: string;
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
  | { type: 'open-overlay'; overlay: Overlay }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'notice'; text: string; tone: Tone; closeOverlay?: boolean }
  | { type: 'search-ready' }
  /** `view` comes from the layout on screen; without it (or with nothing hidden) scrolling does nothing. */
  | { type: 'scroll'; to: ScrollTo; view?: ScrollView };

/** What the pure reducer reads besides the state: the content and the indexes built from it. */
export interface UiContext {
  content: Content;
  codes(): CodeIndex;
  search: ContentSearch | null;
}

export interface CodeChoice {
  entry: CodeNode & { id: string };
  note?: string;
  /** A code close to what was typed, not the same: shown and chosen as such. */
  nearMiss?: boolean;
}

export function initialUi(wizard: WizardState): UiState {
  return { wizard, overlay: null, cursor: 0, query: '', notice: null, resolved: false, searchReady: false, scroll: 0, helpScroll: 0 };
}

export function nodeOf(ctx: UiContext, state: UiState): ContentNode {
  return currentNode(ctx.content, state.wizard);
}

/** Typing goes to a text field: search, error-code entry, or a code-lookup node. */
export function isTextMode(ctx: UiContext, state: UiState): boolean {
  if (state.overlay) return state.overlay === 'search' || state.overlay === 'code';
  return nodeOf(ctx, state).kind === 'code-lookup';
}

/** The answers listed on the node screen. */
export function nodeChoices(node: ContentNode): string[] {
  if (node.kind === 'question') return node.options.map((o) => o.label);
  if (node.kind === 'info') return ['Continue'];
  if (node.kind === 'remedy' || node.kind === 'code') {
    return ['Yes, this fixed it', nextOf(node) ? 'No, show what to try next' : 'No, go back'];
  }
  return [];
}

export function searchResults(ctx: UiContext, query: string): SearchHit[] {
  return ctx.search ? ctx.search.search(query, 8) : [];
}

/** Live suggestions while a code is typed: the lookup's match, codes that start with the input, near misses. */
export function codeChoices(ctx: UiContext, query: string): CodeChoice[] {
  if (!query.trim()) return [];
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
    ...nearMisses(ctx, result).map((entry) => ({ entry, nearMiss: true, note: `"${result.input}" is not in the catalogue; ${entry.code} is close to it, not the same code` })),
  ];
  return all.filter((c, i) => all.findIndex((d) => d.entry.id === c.entry.id) === i).slice(0, 5);
}

function nearMisses(ctx: UiContext, result: LookupResult): Array<CodeNode & { id: string }> {
  if (result.match) return [];
  const search = ctx.search;
  return search ? explainUnknown(ctx.content, result, (query) => search.search(query, 10)).suggestions : result.suggestions;
}

function listLength(ctx: UiContext, state: UiState): number {
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
      return 0;
    case null: {
      const node = nodeOf(ctx, state);
      return node.kind === 'code-lookup' ? codeChoices(ctx, state.query).length : nodeChoices(node).length;
    }
  }
}

function land(state: UiState, wizard: WizardState, notice: Notice | null = null): UiState {
  return { ...state, wizard, overlay: null, cursor: 0, query: '', notice, resolved: false, scroll: 0 };
}

function step(ctx: UiContext, state: UiState, event: WizardEvent, notice: Notice | null = null): UiState {
  const result = transition(ctx.content, state.wizard, event);
  return result.ok ? land(state, result.state, notice) : { ...state, notice: { text: result.error, tone: 'warn' } };
}

function jumpToCode(ctx: UiContext, state: UiState, index: number): UiState {
  const choice = codeChoices(ctx, state.query)[index];
  if (choice) return step(ctx, state, { type: 'jump', to: choice.entry.id }, choice.note ? { text: choice.note, tone: 'info' } : null);
  const typed = state.query.trim();
  if (!typed) return { ...state, notice: { text: 'Type or paste an error code first.', tone: 'warn' } };
  // A pasted line without a known code: what answers its words, said as such.
  const related = /\s/.test(typed) ? ctx.search?.search(typed, 1)[0] : undefined;
  if (related) {
    return step(ctx, state, { type: 'jump', to: related.id }, { text: `No known code in what you pasted; this answers its words (${whyText(related)}).`, tone: 'info' });
  }
  const fallback = ctx.codes().fallback;
  const missing = `"${typed}" is not in the error-code catalogue`;
  if (!fallback) return { ...state, notice: { text: `${missing}.`, tone: 'warn' } };
  return step(ctx, state, { type: 'jump', to: fallback.id }, { text: `${missing}: here is the general advice.`, tone: 'warn' });
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
    const text = 'Good. s saves a report for the ticket, r starts again, q quits.';
    return { ...state, resolved: true, cursor: 0, notice: { text, tone: 'good' } };
  }
  return nextOf(node) ? step(ctx, state, { type: 'next' }) : back(ctx, state);
}

function back(ctx: UiContext, state: UiState): UiState {
  if (state.overlay) return { ...state, overlay: null, cursor: 0, query: '' };
  if (!canGoBack(state.wizard)) return { ...state, notice: { text: 'This is the first question: nothing to go back to.', tone: 'info' } };
  return step(ctx, state, { type: 'back' });
}

/** Pure: the same state and action always give the same next state. */
export function reduceUi(ctx: UiContext, state: UiState, action: UiAction): UiState {
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
      return land(state, start(ctx.content), { text: 'Started again.', tone: 'info' });
    case 'open-overlay':
      return { ...state, overlay: action.overlay, cursor: 0, query: '', notice: null, helpScroll: 0 };
    case 'type': {
      // Search and code lookup run on every keystroke: a long paste is cut where it is typed.
      const { query, cut } = limitQuery(state.query + action.text);
      return { ...state, query, cursor: 0, ...(cut ? { notice: { text: QUERY_CUT_NOTE, tone: 'warn' as const } } : {}) };
    }
    case 'erase':
      return { ...state, query: state.query.slice(0, -1), cursor: 0 };
    case 'notice':
      return { ...state, notice: { text: action.text, tone: action.tone }, ...(action.closeOverlay ? { overlay: null, cursor: 0 } : {}) };
    case 'search-ready':
      return { ...state, searchReady: true };
    case 'scroll':
      return scroll(state, action.to, action.view);
  }
}

function scroll(state: UiState, to: ScrollTo, view: ScrollView | undefined): UiState {
  if (!view || view.max <= 0) return state;
  const field = state.overlay === 'help' ? 'helpScroll' : 'scroll';
  // A resize may have left the offset past the end: start from where the screen really is.
  const from = Math.min(state[field], view.max);
  const next = to === 'top' ? 0 : to === 'end' ? view.max : from + (to === 'page-down' ? view.page : -view.page);
  return { ...state, [field]: Math.max(0, Math.min(view.max, next)) };
}
