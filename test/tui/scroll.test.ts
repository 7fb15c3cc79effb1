import { describe, expect, it } from 'vitest';
import { replayPath } from '../../src/engine/path.js';
import { CodeIndex } from '../../src/engine/lookup.js';
import { fitFrame, scrollIndicator, type FrameParts } from '../../src/tui/frame-layout.js';
import { keyToIntent } from '../../src/tui/keys.js';
import { initialUi, reduceUi, type UiContext } from '../../src/tui/wizard-state.js';
import { textWidth, wrapSpans, wrapText } from '../../src/tui/wrap.js';
import { fixtureContent, longFixtureDir } from './harness.js';

describe('wrapping before Ink draws', () => {
  it.each([
    ['short', 10, ['short']],
    ['aaa bbb ccc', 7, ['aaa bbb', 'ccc']],
    ['aaa bbb ccc', 6, ['aaa', 'bbb', 'ccc']],
    ['https://learn.example/abcdefgh', 12, ['https://lear', 'n.example/ab', 'cdefgh']],
    ['see https://x.example/abcdefghij now', 10, ['see', 'https://x.', 'example/ab', 'cdefghij', 'now']],
    ['', 10, ['']],
    ['日本語のテキスト です', 8, ['日本語の', 'テキスト', 'です']],
  ])('%j at %i columns', (text, width, rows) => {
    const wrapped = wrapText(text, width);
    expect(wrapped).toEqual(rows);
    for (const row of wrapped) expect(textWidth(row)).toBeLessThanOrEqual(width);
  });

  it('keeps styles across rows and hangs wrapped rows under the text, not the gutter', () => {
    const rows = wrapSpans([{ text: 'Cause: ', bold: true }, { text: 'one two three' }], 12, { gutter: { text: '7.' }, indent: 3 });
    expect(rows.map((r) => r.map((s) => s.text).join(''))).toEqual(['7. Cause:', '   one two', '   three']);
    expect(rows[0]?.[1]).toEqual({ text: 'Cause:', bold: true });
    expect(rows[1]?.[1]).toEqual({ text: 'one two' });
  });
});

/** Three breadcrumbs of a row each; three answers under a "Did this help?" row. */
const parts = (over: Partial<FrameParts>): FrameParts => ({
  rows: 24,
  crumbs: (keep) => (keep === 'all' ? 3 : keep),
  body: 10,
  answers: 3,
  list: { items: 2, around: 1 },
  optional: 0,
  notice: 0,
  footer: 2,
  ...over,
});

describe('sharing the rows out', () => {
  it('leaves everything as it was without a known height or when it fits', () => {
    expect(fitFrame(parts({ rows: undefined, body: 500 }))).toEqual({ crumbs: 'all', gaps: true, viewport: 500, scrolls: false, optional: true });
    // 1 title + 1+3 crumbs + 1+10 body + 1+3 answers + 1+2 footer = 23 = rows - 1.
    expect(fitFrame(parts({ body: 10 }))).toEqual({ crumbs: 'all', gaps: true, viewport: 10, scrolls: false, optional: true });
  });

  it('scrolls the body under two breadcrumbs when it does not fit, one row spare', () => {
    // 1 title + 1+2 crumbs + 1 body gap + 1+3 answers + 1+2 footer = 12 fixed, 23 - 12 = 11: it fits whole.
    expect(fitFrame(parts({ body: 11 }))).toEqual({ crumbs: 2, gaps: true, viewport: 11, scrolls: false, optional: true });
    // With an indicator row, 10 rows of a longer body.
    expect(fitFrame(parts({ body: 12 }))).toEqual({ crumbs: 2, gaps: true, viewport: 10, scrolls: true, optional: true });
  });

  it('drops the blank rows and keeps one breadcrumb when rows are very short', () => {
    // 1 title + 1 crumb + 1 indicator + 3 answers + 2 footer = 8 fixed, 14 - 8 = 6.
    expect(fitFrame(parts({ rows: 15, body: 30 }))).toEqual({ crumbs: 1, gaps: false, viewport: 6, scrolls: true, optional: false });
  });

  it('never takes more rows than the terminal has: without breadcrumbs, then with the answers in a window', () => {
    for (let rows = 10; rows <= 30; rows++) {
      for (const body of [0, 1, 2, 5, 40]) {
        for (const items of [2, 9, 13]) {
          const p = parts({ rows, body, answers: items + 1, list: { items, around: 1 }, optional: 2, notice: 1 });
          const layout = fitFrame(p);
          const answers = layout.answerLimit === undefined ? p.answers : layout.answerLimit + 1;
          const gap = layout.gaps ? 1 : 0;
          const crumbs = p.crumbs(layout.crumbs);
          const used =
            1 +
            (crumbs ? gap + crumbs : 0) +
            (layout.viewport ? gap + layout.viewport : 0) +
            (layout.scrolls ? 1 : 0) +
            gap +
            answers +
            (layout.optional ? 2 : 0) +
            gap +
            1 +
            gap +
            2;
          expect(used, `rows ${rows}, body ${body}, items ${items}`).toBeLessThanOrEqual(rows - 1);
          expect(layout.scrolls, 'an indicator only when something is hidden').toBe(layout.viewport > 0 && layout.viewport < body);
        }
      }
    }
  });

  it('at 40x10 keeps one row of a long body and two answers in view', () => {
    const layout = fitFrame(parts({ rows: 10, body: 30, answers: 10, list: { items: 9, around: 0 }, footer: 1, notice: 1 }));
    expect(layout).toMatchObject({ crumbs: 0, gaps: false, viewport: 1, scrolls: true });
    expect(layout.answerLimit).toBe(4);
  });

  it('says where the window is and which keys move it', () => {
    expect(scrollIndicator(0, 10, 30)).toBe('lines 1-10 of 30, more below (PgDn, Space)');
    expect(scrollIndicator(9, 10, 30)).toBe('lines 10-19 of 30, more below (PgDn) and above (PgUp)');
    expect(scrollIndicator(20, 10, 30)).toBe('lines 21-30 of 30, the end; more above (PgUp, b)');
  });
});

const noKey = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, return: false, escape: false, ctrl: false, meta: false, backspace: false, delete: false, tab: false };

describe('scroll keys and state', () => {
  const content = fixtureContent(longFixtureDir);
  const ctx: UiContext = { content, codes: () => new CodeIndex(content), search: null };
  const replayed = replayPath(content, 'setup/where/tutorial');
  if (!replayed.ok) throw new Error(replayed.error);
  const remedy = initialUi(replayed.state);
  const view = { page: 9, max: 12 };

  it.each([
    ['PgDn', '', { pageDown: true }, 'page-down'],
    ['Space', ' ', {}, 'page-down'],
    ['PgUp', '', { pageUp: true }, 'page-up'],
    ['b', 'b', {}, 'page-up'],
    ['Home', '', { home: true }, 'top'],
    ['End', '', { end: true }, 'end'],
  ])('%s scrolls', (_name, input, key, to) => {
    expect(keyToIntent(ctx, remedy, input, { ...noKey, ...key })).toEqual({ type: 'scroll', to });
  });

  it('Space is typed, not scrolled, where there is a text field', () => {
    const search = { ...remedy, overlay: 'search' as const };
    expect(keyToIntent(ctx, search, ' ', noKey)).toEqual({ cmd: 'field', keys: [' '], caret: 1 });
  });

  it('moves by a page within the body and never past its ends', () => {
    const down = reduceUi(ctx, remedy, { type: 'scroll', to: 'page-down', view });
    expect(down.scroll).toBe(9);
    expect(reduceUi(ctx, down, { type: 'scroll', to: 'page-down', view }).scroll).toBe(12);
    expect(reduceUi(ctx, down, { type: 'scroll', to: 'page-up', view }).scroll).toBe(0);
    expect(reduceUi(ctx, remedy, { type: 'scroll', to: 'end', view }).scroll).toBe(12);
    expect(reduceUi(ctx, { ...remedy, scroll: 40 }, { type: 'scroll', to: 'page-up', view }).scroll).toBe(3);
    expect(reduceUi(ctx, remedy, { type: 'scroll', to: 'page-down' })).toBe(remedy);
  });

  it('starts at the top on another node, and keeps the place while the answers move', () => {
    const down = reduceUi(ctx, remedy, { type: 'scroll', to: 'end', view });
    expect(reduceUi(ctx, down, { type: 'move', by: 1 }).scroll).toBe(12);
    const next = reduceUi(ctx, down, { type: 'choose', index: 1 });
    expect(next.wizard).not.toEqual(down.wizard);
    expect(next.scroll).toBe(0);
    expect(reduceUi(ctx, down, { type: 'back' }).scroll).toBe(0);
    expect(reduceUi(ctx, down, { type: 'restart' }).scroll).toBe(0);
  });
});
