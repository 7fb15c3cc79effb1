import { describe, expect, it } from 'vitest';
import { analyse, fixture } from './helpers.js';

// JSON lines (Azure Monitor exports: one record per line) are damaged a line at a
// time: a line cut short, a warning printed into the file. Each bad line costs its
// own record at most, never the lines after it.

const LINES = fixture('azure-monitor.jsonl').toString().trimEnd().split('\n');
const joined = (lines: string[]) => lines.join('\n') + '\n';
const problems = (report: ReturnType<typeof analyse>) => report.problems.map((p) => `${p.line}: ${p.message}`);

describe('JSON lines: one bad line loses one record', () => {
  it.each([
    // [line cut, where]: inside a string, just after one, after a comma, after the brace, before the last brace, on the first line (no earlier line to learn from)
    [3, 80],
    [3, LINES[2]!.indexOf('","') + 1],
    [3, LINES[2]!.indexOf('","') + 2],
    [3, 1],
    [3, LINES[2]!.length - 1],
    [1, 80],
    [1, 1],
    [1, LINES[0]!.length - 1],
    [6, 500],
  ])('reads every other record when line %i is cut after %i characters', (lineNo, at) => {
    const lines = [...LINES];
    lines[lineNo - 1] = lines[lineNo - 1]!.slice(0, at);
    for (const chunkSize of [65_536, 7]) {
      const report = analyse({ 'cut.jsonl': joined(lines) }, { chunkSize });
      expect(report.summary.records).toBe(6);
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]).toMatchObject({ file: 'cut.jsonl', line: lineNo, record: lineNo });
      expect(report.problems[0]!.message).toMatch(new RegExp(`^record ${lineNo} is cut off: (its line ends inside it|line ${lineNo + 1} starts a new record inside it) \\(skipped\\)$`));
    }
  });

  it('says the file ends inside the last record when the last line is cut and has no newline', () => {
    const text = joined(LINES).slice(0, -40);
    const report = analyse({ 'cut.jsonl': text });
    expect(report.summary.records).toBe(6);
    expect(problems(report)).toEqual(['7: record 7 is cut off: the file ends inside it']);
  });

  it('skips a stray line holding a quote, and reads the records after it', () => {
    const lines = [...LINES.slice(0, 2), 'WARNING: the "next page failed', ...LINES.slice(2)];
    const report = analyse({ 'garbage.jsonl': joined(lines) });
    expect(report.summary.records).toBe(7);
    expect(problems(report)).toEqual(['3: unexpected text "WARNING: the "next page failed" outside any record (skipped)']);
  });

  it('skips a stray line that opens with a bracket or a brace-less closing bracket', () => {
    for (const stray of ['[INFO] page 2 of 3', '] }', '"quoted', '42']) {
      const lines = [...LINES.slice(0, 3), stray, ...LINES.slice(3)];
      const report = analyse({ 'garbage.jsonl': joined(lines) });
      expect(report.summary.records, stray).toBe(7);
      expect(report.problems.map((p) => p.line)).toEqual([4]);
    }
  });

  it('reports every stray line with its line number, in UTF-8', () => {
    const lines = [...LINES.slice(0, 1), 'WARNING: throttled, retrying', ...LINES.slice(1, 4), 'Avertissement : la page 3 a échoué — réessayez 😀', ...LINES.slice(4)];
    const report = analyse({ 'garbage.jsonl': Buffer.from(joined(lines).replace(/\n/g, '\r\n')) });
    expect(report.summary.records).toBe(7);
    expect(problems(report)).toEqual([
      '2: unexpected text "WARNING: throttled, retrying" outside any record (skipped)',
      '6: unexpected text "Avertissement : la page 3 a échoué — réessayez 😀" outside any record (skipped)',
    ]);
  });

  it('reports the first five stray lines, then how many more and where', () => {
    const lines = LINES.flatMap((line, i) => [line, `noise ${i + 1} ${'é'.repeat(100)}`]);
    const report = analyse({ 'noisy.jsonl': joined(lines) });
    expect(report.summary.records).toBe(7);
    expect(problems(report)).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `${2 * i}: unexpected text "noise ${i} ${'é'.repeat(60 - 8)}…" outside any record (skipped)`),
      '12: and 2 more places with unexpected text outside any record, on lines 12 to 14 (skipped)',
    ]);
  });

  it('still reads pretty-printed records that span lines (the first record decides)', () => {
    const pretty = LINES.map((l) => JSON.stringify(JSON.parse(l), null, 2)).join('\n');
    const report = analyse({ 'pretty.json': pretty });
    expect(report.summary.records).toBe(7);
    expect(report.problems).toEqual([]);
  });
});
