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
    ['header@1 ["a","b"]', 'problem@2 CSV: the quote opened in the row at line 2 is never closed: it takes in the 2 lines after it, to the end of the file; that row is not counted'],
  ],
  [
    'a stray quote that runs over rows: the row ends before the first line that reads as a row of its own',
    'Date,Status,Id,Reason\n2024-05-01T10:00:00Z,failure,u0,"plain ""stray\n2024-05-01T10:01:00Z,failure,u1,plain\n2024-05-01T10:02:00Z,failure,u2,"quoted, fine"\n',
    [
      'header@1 ["Date","Status","Id","Reason"]',
      'problem@2 CSV: the quote opened in the row at line 2 is not closed before line 3, which reads as a row of its own: read line 2 as one row',
      'row 1@2 ["2024-05-01T10:00:00Z","failure","u0","plain \\"\\"stray"]',
      'row 2@3 ["2024-05-01T10:01:00Z","failure","u1","plain"]',
      'row 3@4 ["2024-05-01T10:02:00Z","failure","u2","quoted, fine"]',
    ],
  ],
  [
    'a stray quote after a cell with a line break (CRLF)',
    'Date;Status;Id;Reason\r\n01-05-2024 10:00;failure;"u\r\n0";"stray\r\n01-05-2024 10:01;failure;u1;plain\r\n',
    [
      'header@1 ["Date","Status","Id","Reason"]',
      'problem@2 CSV: the quote opened in the row at line 2 is not closed before line 4, which reads as a row of its own: read lines 2–3 as one row',
      'row 1@2 ["01-05-2024 10:00","failure","u\\r\\n0","stray"]',
      'row 2@4 ["01-05-2024 10:01","failure","u1","plain"]',
    ],
  ],
  [
    'lines of a quoted cell that do not read as rows stay in the cell',
    'Date,Status,Id,Reason\n2024-05-01T10:00:00Z,failure,u0,"first line\nsee: a,b,c\n10:01 x,y,z,w\nend"\n2024-05-01T10:01:00Z,failure,u1,plain\n',
    [
      'header@1 ["Date","Status","Id","Reason"]',
      'row 1@2 ["2024-05-01T10:00:00Z","failure","u0","first line\\nsee: a,b,c\\n10:01 x,y,z,w\\nend"]',
      'row 2@6 ["2024-05-01T10:01:00Z","failure","u1","plain"]',
    ],
  ],
  [
    'a quote never closed, with no line after it that reads as a row',
    'Date,Status,Id,Reason\n2024-05-01T10:00:00Z,failure,u0,"open\nmore text\nand more',
    ['header@1 ["Date","Status","Id","Reason"]', 'problem@2 CSV: the quote opened in the row at line 2 is never closed: it takes in the 2 lines after it, to the end of the file; that row is not counted'],
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
