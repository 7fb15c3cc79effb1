import Papa from 'papaparse';
import { TextDecoder } from 'node:util';

// Feeds chunks of CSV text to papaparse's low-level parser, which stops before an
// unfinished last row; the rest waits for the next chunk. Separator (`,` or the `;`
// that Danish/Dutch Excel writes, or tab) and line ending are read from the header.

const MAX_PENDING = 8 << 20;

export interface CsvSink {
  header(cells: string[], line: number): void;
  /** `lineOf()` works out the row's line on demand (multi-line cells make it costly). */
  row(cells: string[], rowNo: number, lineOf: () => number): void;
  problem(message: string, line: number, rowNo?: number): void;
}

export class CsvReader {
  private readonly decoder = new TextDecoder('utf-8');
  private pending = '';
  private parser: Papa.Parser | undefined;
  private line = 1;
  private rowNo = 0;
  private headerDone = false;

  constructor(private readonly sink: CsvSink) {}

  write(buf: Buffer): void {
    this.feed(this.decoder.decode(buf, { stream: true }), false);
  }

  end(): void {
    this.feed(this.decoder.decode(), true);
  }

  private feed(text: string, final: boolean): void {
    let data = this.pending + text;
    this.pending = '';
    if (!this.parser) {
      const firstBreak = data.indexOf('\n');
      if (firstBreak < 0 && !final) {
        this.pending = data;
        return;
      }
      data = data.replace(/^\uFEFF/, '');
      const sep = /^sep=(.)\r?\n/i.exec(data);
      let delimiter: string;
      if (sep) {
        delimiter = sep[1]!;
        data = data.slice(sep[0].length);
        this.line++;
      } else {
        delimiter = guessDelimiter(data.slice(0, data.indexOf('\n') < 0 ? data.length : data.indexOf('\n')));
      }
      const newline = /\r\n/.test(data.slice(0, 64_000)) ? '\r\n' : '\n';
      this.parser = new Papa.Parser({ delimiter, newline });
    }
    const result = this.parser.parse(data, 0, !final) as { data: string[][]; errors: Array<{ message: string; row?: number }>; meta: { cursor: number } };
    const consumed = final ? data.length : result.meta.cursor;
    this.pending = data.slice(consumed);
    const startLine = this.line;
    const rows = result.data;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r]!;
      if (cells.length === 1 && cells[0] === '') continue;
      if (!this.headerDone) {
        this.headerDone = true;
        this.sink.header(cells, lineAt(rows, r, startLine));
        continue;
      }
      this.rowNo++;
      this.sink.row(cells, this.rowNo, () => lineAt(rows, r, startLine));
    }
    for (const error of result.errors) {
      // An unclosed quote swallows the rows after it: say so rather than lose them quietly.
      this.sink.problem(`CSV: ${error.message.toLowerCase()}`, lineAt(rows, Math.min(error.row ?? 0, rows.length), startLine));
    }
    this.line += countNewlines(data, consumed);
    if (this.pending.length > MAX_PENDING) {
      // Only an unclosed quote makes one row this long; holding it would make memory grow with the file.
      this.sink.problem(`CSV: a quoted cell starting here is not closed within ${MAX_PENDING >> 20} MB; skipped that text`, this.line);
      this.line += countNewlines(this.pending, this.pending.length);
      this.pending = '';
    }
    if (final && !this.headerDone) this.sink.problem('the file is empty', 1);
  }
}

function lineAt(rows: string[][], r: number, startLine: number): number {
  let line = startLine;
  for (let k = 0; k < r; k++) {
    line++;
    for (const cell of rows[k]!) line += countNewlines(cell, cell.length);
  }
  return line;
}

function countNewlines(text: string, to: number): number {
  let n = 0;
  let k = text.indexOf('\n');
  while (k >= 0 && k < to) {
    n++;
    k = text.indexOf('\n', k + 1);
  }
  return n;
}

function guessDelimiter(headerLine: string): string {
  const outside = headerLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: outside.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}
