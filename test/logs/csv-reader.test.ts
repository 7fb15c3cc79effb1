import { describe, expect, it } from 'vitest';
import { CsvReader } from '../../src/logs/csv-reader.js';

// Rows reach the sink either as their text (rows without quotes) or as cells; either
// way, and however the bytes are cut into chunks, the cells, line numbers and problems
// must be what papaparse reads from the whole file.

function read(text: string, chunkSize: number, takePlain: boolean): string[] {
  const out: string[] = [];
  const reader = new CsvReader({
    header: (cells, line) => out.push(`header@${line} ${JSON.stringify(cells)}`),
    plainRow: (t, start, end, rowNo, line) => {
      if (!takePlain) return false;
      out.push(`row ${rowNo}@${line} ${JSON.stringify(t.slice(start, end).split(reader.delimiter))}`);
      return true;
    },
    row: (cells, rowNo, line) => out.push(`row ${rowNo}@${line} ${JSON.stringify(cells)}`),
    problem: (message, line) => out.push(`problem@${line} ${message}`),
  });
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += chunkSize) reader.write(bytes.subarray(at, at + chunkSize));
  reader.end();
  return out;
}

const CASES: Array<[string, string, string[]]> = [
  [
    'quoted cells with separators, doubled quotes and a line break (CRLF)',
    'Date,Status,Reason\r\n2024-05-01T10:00:00Z,failure,"a, ""b""\r\nsecond line"\r\n2024-05-01T10:00:01Z,success,\r\n',
    ['header@1 ["Date","Status","Reason"]', 'row 1@2 ["2024-05-01T10:00:00Z","failure","a, \\"b\\"\\r\\nsecond line"]', 'row 2@4 ["2024-05-01T10:00:01Z","success",""]'],
  ],
  [
    'text after a closing quote and an unclosed quote',
    'a,b\n"x"y,1\n2,"open\n3,4\n',
    [
      'header@1 ["a","b"]',
      'problem@2 CSV: trailing quote on quoted field is malformed',
      'problem@2 CSV: trailing quote on quoted field is malformed',
      'problem@2 CSV: quoted field unterminated',
      'row 1@2 ["x\\"y,1\\n2,\\"open\\n3,4\\n"]',
    ],
  ],
  ['a quote inside an unquoted cell is text', 'a;b\n5" screen;x\n"q";y\n', ['header@1 ["a","b"]', 'row 1@2 ["5\\" screen","x"]', 'row 2@3 ["q","y"]']],
  ['a separator papaparse cannot use reads as a comma', 'sep="\na,b\n1,2\n', ['header@2 ["a","b"]', 'row 1@3 ["1","2"]']],
  ['characters cut between chunks, ASCII and non-ASCII chunks mixed', 'a,b\nx,é😀\ny,z\n\nw,"é\n"\n', ['header@1 ["a","b"]', 'row 1@2 ["x","é😀"]', 'row 2@3 ["y","z"]', 'row 3@5 ["w","é\\n"]']],
];

describe('CSV reader', () => {
  for (const [name, text, expected] of CASES) {
    it(`${name}: the same rows, lines and problems for any chunking`, () => {
      for (const chunkSize of [1, 2, 3, 7, 64, 1 << 20]) {
        expect(read(text, chunkSize, false)).toEqual(expected);
        expect(read(text, chunkSize, true)).toEqual(expected);
      }
    });
  }
});
