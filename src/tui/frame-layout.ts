/**
 * How a screen is shared out over the terminal's rows. A frame as tall as the terminal
 * makes Ink clear the whole screen and its scrollback on the next key, and a taller one
 * scrolls the top off, so a frame takes at most rows - 1 lines.
 *
 * Always there: the title line, the breadcrumbs (fewer of them when rows are short),
 * the answers, a notice and the footer. The body (explanation, cause, steps, links)
 * gets what is left and scrolls in it when it does not fit.
 */
export interface FrameParts {
  /** Terminal rows; undefined when unknown, and then nothing is limited. */
  rows: number | undefined;
  /** Breadcrumb rows when all are shown, and how many breadcrumbs there are. */
  crumbRows: number;
  crumbCount: number;
  body: number;
  answers: number;
  notice: number;
  footer: number;
}

export interface FrameLayout {
  /** 'all' as always, or only the last one or two breadcrumbs. */
  crumbs: 'all' | 2 | 1;
  /** Blank rows between the parts; dropped when rows are very short. */
  gaps: boolean;
  /** Rows of body on screen (the whole body when it fits). */
  viewport: number;
  /** The body does not fit: the viewport scrolls and an indicator row says where it is. */
  scrolls: boolean;
}

/** Below this many body rows, the breadcrumbs shrink to one and the blank rows go. */
const ROOMY = 6;

export function fitFrame(parts: FrameParts): FrameLayout {
  const all: FrameLayout = { crumbs: 'all', gaps: true, viewport: parts.body, scrolls: false };
  if (parts.rows === undefined) return all;
  const room = parts.rows - 1;
  if (fixedRows(parts, all) + parts.body <= room) return all;
  const short: FrameLayout = { crumbs: 2, gaps: true, viewport: 0, scrolls: true };
  const shortRoom = room - fixedRows(parts, short);
  if (shortRoom >= ROOMY) return { ...short, viewport: Math.min(shortRoom, parts.body) };
  const tight: FrameLayout = { crumbs: 1, gaps: false, viewport: 0, scrolls: true };
  return { ...tight, viewport: Math.max(1, Math.min(room - fixedRows(parts, tight), parts.body)) };
}

/** Rows the breadcrumbs take in a layout: the last one or two, the first marked as following hidden ones. */
export function crumbRows(parts: Pick<FrameParts, 'crumbRows' | 'crumbCount'>, crumbs: FrameLayout['crumbs']): number {
  return crumbs === 'all' ? parts.crumbRows : Math.min(crumbs, parts.crumbCount);
}

/** Everything but the body: title, breadcrumbs, indicator, answers, notice, footer, and the blank rows between. */
function fixedRows(parts: FrameParts, layout: FrameLayout): number {
  const gap = layout.gaps ? 1 : 0;
  const crumbs = crumbRows(parts, layout.crumbs);
  return (
    1 +
    (crumbs > 0 ? gap + crumbs : 0) +
    (parts.body > 0 ? gap : 0) +
    (layout.scrolls ? 1 : 0) +
    (parts.answers > 0 ? gap + parts.answers : 0) +
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

/** The indicator row: where the window is and which keys move it. */
export function scrollIndicator(offset: number, viewport: number, body: number): string {
  const where = `lines ${offset + 1}-${Math.min(body, offset + viewport)} of ${body}`;
  const above = offset > 0;
  const below = offset + viewport < body;
  if (above && below) return `${where}, more below (PgDn) and above (PgUp)`;
  if (below) return `${where}, more below (PgDn, Space)`;
  return `${where}, the end; more above (PgUp, b)`;
}
