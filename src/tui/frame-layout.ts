import type { CrumbKeep } from './components/breadcrumbs.js';
import { messages, type Messages } from '../i18n/messages.js';

/**
 * How a screen is shared out over the terminal's rows. A frame as tall as the terminal
 * makes Ink clear the whole screen and its scrollback on the next key, and a taller one
 * scrolls the top off, so a frame takes at most rows - 1 lines, at every size the wizard
 * runs in (40x10 and up; below that the app asks for a larger terminal).
 *
 * Always there: the title line, the answers (a window of them when rows are very short), a
 * notice and the footer. The breadcrumbs shrink to the last two, one, then none; the blank
 * rows between the parts go; the body (explanation, cause, steps, links) gets what is left
 * and scrolls in it when it does not fit.
 */
export interface FrameParts {
  /** Terminal rows; undefined when unknown, and then nothing is limited. */
  rows: number | undefined;
  /** Rows the breadcrumbs take when this many are kept. */
  crumbs(keep: CrumbKeep): number;
  body: number;
  /** Rows the answers take in full, with the rows around the list (a "Did this help?" line). */
  answers: number;
  /** The list's items, and the rows around it that stay when it is windowed. */
  list: { items: number; around: number };
  /** Rows that may go when rows are short (the first screen's field hint, with its blank row). */
  optional: number;
  notice: number;
  footer: number;
}

export interface FrameLayout {
  crumbs: CrumbKeep;
  /** Blank rows between the parts; dropped when rows are short. */
  gaps: boolean;
  /** Rows of body on screen (the whole body when it fits). */
  viewport: number;
  /** Part of the body is hidden: the viewport scrolls and an indicator row says where it is. */
  scrolls: boolean;
  /** The optional rows are shown. */
  optional: boolean;
  /** Rows the answer list may take, one per item and one saying there are more; undefined when it is whole. */
  answerLimit?: number;
}

/** Below this many body rows, the breadcrumbs shrink to one and the blank rows go. */
const ROOMY = 6;
/** The smallest terminal the wizard draws in. */
export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

export function fitFrame(parts: FrameParts): FrameLayout {
  const all: FrameLayout = { crumbs: 'all', gaps: true, viewport: parts.body, scrolls: false, optional: true };
  if (parts.rows === undefined) return all;
  const room = parts.rows - 1;
  if (fixedRows(parts, all) + parts.body <= room) return all;
  const short = withBody(parts, { crumbs: 2, gaps: true, viewport: 0, scrolls: false, optional: true }, room);
  if (short.viewport >= ROOMY) return short;
  for (const crumbs of [1, 0] as const) {
    const tight: FrameLayout = { crumbs, gaps: false, viewport: 0, scrolls: false, optional: false };
    // Room for the whole body, or for a row of it and the indicator.
    if (room - fixedRows(parts, tight) >= Math.min(2, parts.body)) return withBody(parts, tight, room);
  }
  return squeezed(parts, room);
}

/** The body in the rows the other parts leave, with an indicator row when it does not all fit. */
function withBody(parts: FrameParts, layout: FrameLayout, room: number): FrameLayout {
  const free = room - fixedRows(parts, layout);
  if (parts.body <= free) return { ...layout, viewport: parts.body };
  return { ...layout, viewport: Math.max(0, free - 1), scrolls: true };
}

/** Very short rows: no breadcrumbs, one row of body, and the answers in a window of what is left. */
function squeezed(parts: FrameParts, room: number): FrameLayout {
  const base: FrameLayout = { crumbs: 0, gaps: false, viewport: 0, scrolls: false, optional: false };
  const free = room - fixedRows(parts, { ...base, answerLimit: 0 });
  const body = parts.body === 0 ? 0 : parts.body === 1 ? 1 : 2;
  const limit = free - body;
  if (limit >= parts.list.items) return withBody(parts, base, room);
  // The list keeps two rows (an item and the "more" row); the body gets what is left, or nothing.
  const answerLimit = Math.max(2, limit);
  const left = free - answerLimit;
  const viewport = parts.body <= left ? parts.body : Math.max(0, left - 1);
  return { ...base, viewport, scrolls: viewport > 0 && viewport < parts.body, answerLimit };
}

/** Everything but the body: title, breadcrumbs, indicator, answers, notice, footer, and the blank rows between. */
function fixedRows(parts: FrameParts, layout: FrameLayout): number {
  const gap = layout.gaps ? 1 : 0;
  const crumbs = parts.crumbs(layout.crumbs);
  const answers = layout.answerLimit === undefined ? parts.answers : layout.answerLimit + parts.list.around;
  return (
    1 +
    (crumbs > 0 ? gap + crumbs : 0) +
    (parts.body > 0 ? gap : 0) +
    (layout.scrolls ? 1 : 0) +
    (answers > 0 ? gap + answers : 0) +
    (layout.optional ? parts.optional : 0) +
    (parts.notice > 0 ? gap + parts.notice : 0) +
    gap +
    parts.footer
  );
}

/** What the scroll keys need: how far a page goes and how far down the body can go. */
export interface ScrollView {
  page: number;
  max: number;
}

export function scrollView(layout: FrameLayout, body: number): ScrollView {
  // A page keeps the last row of the one before on screen, to read on from.
  return { page: Math.max(1, layout.viewport - 1), max: Math.max(0, body - layout.viewport) };
}

/** The indicator row: where the window is and which keys move it; shown only when something is hidden. */
export function scrollIndicator(offset: number, viewport: number, body: number, say: Messages['walk']['scroll'] = messages('en').walk.scroll, letterKeys = true): string {
  const where = say.lines(offset + 1, Math.min(body, offset + viewport), body);
  const above = offset > 0;
  const below = offset + viewport < body;
  if (above && below) return say.both(where);
  if (below) return say.below(where);
  // Where letters type (the first screen), b is not a key: the indicator names only PgUp.
  return say.end(where, letterKeys ? 'PgUp, b' : 'PgUp');
}
