import Papa from 'papaparse';
import { StringDecoder } from 'node:string_decoder';

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
  // StringDecoder: faster than TextDecoder's streaming mode and keeps split characters whole.
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  private parser: Papa.Parser | undefined;
  private config: { delimiter: string; newline: '\n' | '\r\n' } = { delimiter: ',', newline: '\n' };
  private line = 1;
  private rowNo = 0;
  private headerDone = false;
  // The chunk being parsed: rows are handed over one by one (papaparse's step) so they
  // die young instead of a whole chunk's rows outliving the garbage collector's nursery.
  private chunk = { data: '', final: false, startLine: 1, row: 0 };

  constructor(private readonly sink: CsvSink) {}

  write(buf: Buffer): void {
    this.feed(this.decoder.write(buf), false);
  }

  end(): void {
    this.feed(this.decoder.end(), true);
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
      if (sep) {
        this.config.delimiter = sep[1]!;
        data = data.slice(sep[0].length);
        this.line++;
      } else {
        this.config.delimiter = guessDelimiter(data.slice(0, data.indexOf('\n') < 0 ? data.length : data.indexOf('\n')));
      }
      this.config.newline = /\r\n/.test(data.slice(0, 64_000)) ? '\r\n' : '\n';
      this.parser = new Papa.Parser({ ...this.config, step: (result: { data: string[] | string[][]; errors: Array<{ message: string }> }) => this.step(result) });
    }
    this.chunk = { data, final, startLine: this.line, row: 0 };
    const result = this.parser.parse(data, 0, !final) as { meta: { cursor: number } };
    const consumed = final ? data.length : this.consumedUpTo(data, result.meta.cursor);
    this.pending = data.slice(consumed);
    this.line += countNewlines(data, consumed);
    if (this.pending.length > MAX_PENDING) {
      // Only an unclosed quote makes one row this long; holding it would make memory grow with the file.
      this.sink.problem(`CSV: a quoted cell starting here is not closed within ${MAX_PENDING >> 20} MB; skipped that text`, this.line);
      this.line += countNewlines(this.pending, this.pending.length);
      this.pending = '';
    }
    if (final && !this.headerDone) this.sink.problem('the file is empty', 1);
  }

  /** papaparse's cursor is only kept up to date for quoted input; without quotes every row ends at a newline. */
  private consumedUpTo(data: string, cursor: number): number {
    if (cursor > 0) return cursor;
    if (this.chunk.row === 0) return 0;
    const last = data.lastIndexOf(this.config.newline);
    return last < 0 ? 0 : last + this.config.newline.length;
  }

  private step(result: { data: string[] | string[][]; errors: Array<{ message: string }> }): void {
    const r = this.chunk.row++;
    const lineOf = () => this.lineOfRow(r);
    for (const error of result.errors) this.sink.problem(`CSV: ${error.message.toLowerCase()}`, lineOf());
    const first = result.data[0];
    const cells = (Array.isArray(first) ? first : result.data) as string[];
    if (cells.length === 0 || (cells.length === 1 && cells[0] === '')) return;
    if (!this.headerDone) {
      this.headerDone = true;
      this.sink.header(cells, lineOf());
      return;
    }
    this.rowNo++;
    this.sink.row(cells, this.rowNo, lineOf);
  }

  /** Only when a problem needs it: parse the chunk again to count the lines of its rows. */
  private lineOfRow(r: number): number {
    const { data, final, startLine } = this.chunk;
    const rows = (new Papa.Parser(this.config).parse(data, 0, !final) as { data: string[][] }).data;
    return lineAt(rows, r, startLine);
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
