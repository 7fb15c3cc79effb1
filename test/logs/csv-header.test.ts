import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

// A CSV that is not a log is named in one short line: its first line may be megabytes
// long, or hold people's names rather than column names.

const problems = (files: Record<string, string | Buffer>) => analyse(files).problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);

describe('a CSV header that is not a provisioning log', () => {
  it('names at most 5 columns, each cut to 30 characters, and says how many there were', () => {
    const header = ['Name', 'A column name that goes on and on for far too long', 'c', 'd', 'e', 'f', 'g'].join(',');
    expect(problems({ 'people.csv': `${header}\n1,2,3,4,5,6,7\n` })).toEqual([
      'people.csv:1 the CSV header does not look like a provisioning log (7 columns: Name, A column name that goes on an…, c, d, e, …)',
    ]);
  });

  it('keeps the message short for a huge first line, and stops reading a file with no line break at all', () => {
    const cells = Array.from({ length: 100_000 }, (_, i) => `cell ${i} ${'x'.repeat(40)}`).join(',');
    const [long] = problems({ 'long.csv': `${cells}\n1,2\n` });
    expect(long).toMatch(/^long\.csv:1 the CSV header does not look like a provisioning log \(100000 columns: cell 0 x+…, cell 1 x+…, cell 2 x+…, cell 3 x+…, cell 4 x+…, …\)$/);
    expect(long!.length).toBeLessThan(300);

    const report = analyse({ 'oneline.csv': Buffer.alloc(20 << 20, 'abc,') }, { chunkSize: 1 << 20 });
    expect(report.problems.map((p) => `${p.line} ${p.message}`)).toEqual(['1 no line break in the first 8 MB: not a CSV log, skipped']);
    expect(report.summary.files[0]).toMatchObject({ format: 'unknown', records: 0 });
  });
});
