import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

// A damaged CSV is read as far as it can be, and every row it could not read is a
// problem at its line: no event is made up from a cut-off row, none dropped silently.

const HEADER = 'Date (UTC),Action,Source Identity Name,Service Principal Name,Cycle ID,Status,Error Code,Reason\n';
const row = (i: number, reason = `plain ${i}`) => `2024-05-01T10:${String(i).padStart(2, '0')}:00Z,Create,User ${i},Contoso HR,cyc-1,Failure,EntryConflict,${reason}\n`;
const where = (report: ReturnType<typeof analyse>) => report.problems.map((p) => `${p.line} ${p.message}`);

describe('a cut-off CSV', () => {
  it.each([
    ['inside a cell', HEADER + row(0) + row(1) + row(2).slice(0, 40)],
    ['inside a cell, CRLF', (HEADER + row(0) + row(1) + row(2).slice(0, 40)).replace(/\n/g, '\r\n')],
    ['right after a separator', HEADER + row(0) + row(1) + row(2).slice(0, 35)],
  ])('cut %s: the last row is a problem at its line, not an event', (_label, text) => {
    for (const chunkSize of [1, 5, 1 << 16]) {
      const report = analyse({ 'events.csv': text }, { chunkSize });
      expect(report.summary.records).toBe(2);
      expect(report.summary.byApp).toEqual({ 'Contoso HR': 2 });
      expect(where(report)).toEqual(['4 row 3: only 4 of 8 columns: cut off?']);
    }
  });

  it('cut inside a quoted cell: the row is not counted', () => {
    const report = analyse({ 'events.csv': HEADER + row(0) + row(1, '"The value is already') });
    expect(report.summary.records).toBe(1);
    expect(where(report)).toEqual(['3 CSV: the quote opened in the row at line 3 is never closed; that row is not counted']);
  });

  it('a short row in a success-only download is found too (the lean reading of successes)', () => {
    const text = `${HEADER}${row(0)}${row(1)}`.replace(/Failure,EntryConflict/g, 'Success,');
    const report = analyse({ 'events.csv': `${text}${text.split('\n')[1]!.slice(0, 60)}` });
    expect([report.summary.records, report.summary.byStatus.success]).toEqual([2, 2]);
    expect(where(report)).toEqual(['4 row 3: only 7 of 8 columns: cut off?']);
  });
});

describe('a stray quote', () => {
  const rows = Array.from({ length: 40 }, (_, i) => row(i, i === 3 ? '"plain 3 with ""stray' : undefined));

  it('on line 5 of 41: that row is read on its own, with a problem saying where, and every row after it is read', () => {
    for (const chunkSize of [1, 7, 1 << 16]) {
      const report = analyse({ 'unclosed.csv': HEADER + rows.join('') }, { chunkSize });
      expect(report.summary.records).toBe(40);
      expect(report.groups[0]!.identities.count).toBe(40);
      expect(where(report)).toEqual(['5 CSV: the quote opened in the row at line 5 is not closed before line 6, which reads as a row of its own: read line 5 as one row']);
    }
  });

  it('in the last row: that row is not counted, and the problem says how many lines it took in', () => {
    const report = analyse({ 'unclosed.csv': HEADER + [0, 1, 2, 3].map((i) => row(i)).join('') + row(4, '"stray') + 'it goes on\nand on\n' });
    expect(report.summary.records).toBe(4);
    expect(where(report)).toEqual(['6 CSV: the quote opened in the row at line 6 is never closed: it takes in the 2 lines after it, to the end of the file; that row is not counted']);
  });
});
