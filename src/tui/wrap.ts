import stringWidth from 'string-width';

/**
 * Text the wizard wraps itself, so that the number of rows a screen takes is known
 * before Ink draws it: a line given to Ink is never wider than its box, so Ink
 * never wraps it again and what is counted here is what the terminal shows.
 */
export interface Span {
  text: string;
  bold?: boolean;
  color?: 'accent' | 'muted' | 'good' | 'warn';
  underline?: boolean;
  /** An OSC 8 target: every row the span is cut into links to it. */
  url?: string;
}

export type Line = Span[];

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/** Columns the text takes; plain ASCII skips string-width (and its Intl.Segmenter start-up cost). */
export function textWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/**
 * Rows already worked out, by width and text: every key redraws the whole screen, and the same
 * prompt, answers and steps were wrapped again each time. Bounded, as the texts a walk shows are.
 */
const wrapped = new Map<string, Array<[number, number]>>();
const WRAPPED_KEPT = 2000;

/** Greedy word wrap to `width` columns; words longer than a row (URLs) are cut. Returns [start, end) offsets. */
function wrapRanges(text: string, width: number): Array<[number, number]> {
  const key = `${width}\u0000${text}`;
  const known = wrapped.get(key);
  if (known) return known;
  if (wrapped.size >= WRAPPED_KEPT) wrapped.clear();
  const rows = wrapUncached(text, width);
  wrapped.set(key, rows);
  return rows;
}

function wrapUncached(text: string, width: number): Array<[number, number]> {
  const max = Math.max(1, width);
  const rows: Array<[number, number]> = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    wrapParagraph(paragraph, max).forEach(([a, b]) => rows.push([offset + a, offset + b]));
    offset += paragraph.length + 1;
  }
  return rows;
}

function wrapParagraph(text: string, width: number): Array<[number, number]> {
  const rows: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  let used = 0;
  for (const word of text.matchAll(/\S+/g)) {
    let from = word.index;
    const to = from + word[0].length;
    const gap = start < 0 ? 0 : textWidth(text.slice(end, from));
    const size = textWidth(word[0]);
    if (start >= 0 && used + gap + size <= width) {
      end = to;
      used += gap + size;
      continue;
    }
    if (start >= 0) rows.push([start, end]);
    // A word wider than a row is cut into row-sized pieces; the last piece starts the next row.
    while (textWidth(text.slice(from, to)) > width) {
      const cut = fitPrefix(text, from, to, width);
      rows.push([from, cut]);
      from = cut;
    }
    start = from;
    end = to;
    used = textWidth(text.slice(from, to));
  }
  if (start >= 0) rows.push([start, end]);
  return rows.length > 0 ? rows : [[0, 0]];
}

/** The end offset of the longest prefix of text[from, to) that fits in `width` columns (at least one character). */
function fitPrefix(text: string, from: number, to: number, width: number): number {
  let used = 0;
  let at = from;
  for (const char of text.slice(from, to)) {
    const size = textWidth(char);
    if (used + size > width && at > from) break;
    used += size;
    at += char.length;
  }
  return at;
}

/** The spans' pieces that fall in [start, end) of their joined text. */
function sliceSpans(spans: Span[], start: number, end: number): Line {
  const line: Line = [];
  let offset = 0;
  for (const span of spans) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + span.text.length);
    if (from < to) line.push({ ...span, text: span.text.slice(from - offset, to - offset) });
    offset += span.text.length;
  }
  return line;
}

/**
 * Wraps styled text to `width`. `gutter` (a step number, a dash) starts the first row and
 * `indent` columns of space start the others, so wrapped rows line up under the text.
 */
export function wrapSpans(spans: Span[], width: number, options: { gutter?: Span; indent?: number } = {}): Line[] {
  const indent = options.indent ?? (options.gutter ? textWidth(options.gutter.text) : 0);
  const text = spans.map((s) => s.text).join('');
  return wrapRanges(text, width - indent).map(([start, end], i) => {
    const line = sliceSpans(spans, start, end);
    if (indent === 0) return line;
    const lead = i === 0 && options.gutter ? options.gutter : { text: '' };
    return [{ ...lead, text: lead.text.padEnd(indent) }, ...line];
  });
}

/** Plain text wrapped to `width`: one string per row. */
export function wrapText(text: string, width: number): string[] {
  return wrapRanges(text, width).map(([start, end]) => text.slice(start, end));
}
