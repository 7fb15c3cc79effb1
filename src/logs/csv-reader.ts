import Papa from 'papaparse';
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { cellEnd, countNewlines, countOf, firstCellShape, guessDelimiter } from './csv-text.js';

// Reads CSV text pushed in chunks. A row without a quote character is split at its
// separators (what papaparse does with such a row too), and the sink may read just the
// cells it needs from the text; a row with a quote goes to papaparse, one row at a
// time, so quoted separators, doubled quotes, line breaks in cells and malformed quotes
// are read exactly as papaparse reads them. An unfinished last row waits for the next
// chunk. Separator (`,`, the `;` that Danish/Dutch Excel writes, or tab) and line
// ending are read from the header.

const MAX_PENDING = 8 << 20;
// Text is read in pieces this small so that each piece's string dies in V8's young
// generation: strings of a megabyte go to the large-object space, which only a full
// collection frees, and held tens of megabytes of finished chunks.
const PIECE = 64 << 10;
const QUOTE = '"';
const BAD_DELIMITERS = ['\r', '\n', QUOTE, '\uFEFF'];
// With fewer columns, a line of a cell's own text could pass for a row.
const MIN_WIDTH_TO_RECOVER = 4;

export interface CsvSink {
  header(cells: string[], line: number): void;
  /**
   * A row without quotes, as the span [start, end) of `text`: the sink may read the cells
   * it needs itself (see `cellBounds`) and return true, or return false to get `row`.
   */
  plainRow(text: string, start: number, end: number, rowNo: number, line: number): boolean;
  row(cells: string[], rowNo: number, line: number): void;
  problem(message: string, line: number, rowNo?: number): void;
}

type Parsed = { data: string[][]; errors: Array<{ code: string; message: string }>; meta: { cursor: number } };

export class CsvReader {
  // StringDecoder: faster than TextDecoder's streaming mode and keeps split characters whole.
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  /** Parses one row from the start of its input: only rows with a quote come here. */
  private parser: Papa.Parser | undefined;
  delimiter = ',';
  private newline: '\n' | '\r\n' = '\n';
  private line = 1;
  private rowNo = 0;
  private headerDone = false;
  /** Cells in the header row. */
  private width = 0;
  /** A row over MAX_PENDING was reported: the rest of it, up to its line break, is passed over. */
  private toLineBreak = false;

  constructor(private readonly sink: CsvSink) {}

  /** Whether the decoder holds no part of a character: then ASCII chunks can skip it. */
  private whole = true;
  /** Set when the file turned out not to be CSV: the rest of it is not read. */
  skipping = false;

  write(buf: Buffer): void {
    for (let at = 0; at < buf.length; at += PIECE) this.writePiece(buf.subarray(at, at + PIECE));
  }

  private writePiece(buf: Buffer): void {
    if (this.skipping) return;
    // Most logs are plain ASCII: copying bytes to a string is ~3x cheaper than UTF-8 decoding.
    if (this.whole && isAscii(buf)) return this.feed(buf.toString('latin1'), false);
    if (buf.length > 0) this.whole = buf[buf.length - 1]! < 0x80;
    this.feed(this.decoder.write(buf), false);
  }

  end(): void {
    this.feed(this.decoder.end(), true);
  }

  private feed(text: string, final: boolean): void {
    if (this.skipping) return;
    let data = text;
    let from = 0;
    if (!final && !this.toLineBreak && text.indexOf('\n') < 0) {
      // No row can end in text without a line break: add it to the row under way, unsearched
      // (searching the joined text for every piece made a long row quadratic).
      this.pending += text;
      if (this.pending.length <= MAX_PENDING) return;
      if (!this.parser) return this.skipFile();
      return this.tooLong(false);
    }
    if (!this.parser) {
      data = this.pending + text;
      this.pending = '';
      const firstBreak = data.indexOf('\n');
      if (firstBreak < 0 && !final) {
        this.pending = data;
        if (data.length > MAX_PENDING) this.skipFile();
        return;
      }
      data = this.readPreamble(data);
    } else if (this.toLineBreak) {
      const lineBreak = text.indexOf('\n');
      if (lineBreak < 0) return;
      this.toLineBreak = false;
      this.line++;
      from = lineBreak + 1;
    } else if (this.pending !== '') {
      // Searching a joined (cons) string is about ten times slower than a flat one: only
      // the row cut at the chunk's border is joined, the chunk itself is read as it came.
      const cut = text.indexOf('\n') + 1;
      const head = this.pending + (cut > 0 ? text.slice(0, cut) : text);
      this.pending = '';
      if (cut === 0) data = head;
      else {
        const used = this.rows(head, 0, false);
        if (used === head.length) from = cut;
        else data = head.slice(used) + text.slice(cut); // a quoted cell goes on past the border
      }
    }
    const consumed = this.rows(data, from, final);
    if (this.skipping) return this.stop();
    this.pending = consumed === 0 ? data : data.slice(consumed);
    if (this.pending.length > MAX_PENDING) this.tooLong(final);
    if (final && !this.headerDone) this.sink.problem('the file is empty', 1);
  }

  /**
   * An unclosed quote or a row with no line break: holding it would make memory grow with
   * the file. Said once, and the rest of the row up to its line break is passed over.
   */
  private tooLong(final: boolean): void {
    this.rowNo++;
    const why = this.pending.includes(QUOTE) ? 'a quoted cell starting here is not closed within' : 'this row has no line break within';
    this.sink.problem(`CSV: ${why} ${MAX_PENDING >> 20} MB: skipped to the next line break`, this.line, this.rowNo);
    this.line += countNewlines(this.pending, 0, this.pending.length);
    this.pending = '';
    this.toLineBreak = !final;
  }

  /** A first line this long is no CSV header; holding on would make memory grow with the file. */
  /** Reads no more of this file: it is not a provisioning log (the caller has said why). */
  stop(): void {
    this.skipping = true;
    this.pending = '';
  }

  /** A first line this long is no CSV header; holding on would make memory grow with the file. */
  private skipFile(): void {
    this.stop();
    this.sink.problem(`no line break in the first ${MAX_PENDING >> 20} MB: not a CSV log, skipped`, 1);
  }

  /** BOM, Excel's `sep=` line, separator and line ending; then the row parser. */
  private readPreamble(text: string): string {
    let data = text.replace(/^\uFEFF/, '');
    const sep = /^sep=(.)\r?\n/i.exec(data);
    if (sep) {
      // papaparse reads a separator it cannot use as a comma.
      this.delimiter = BAD_DELIMITERS.includes(sep[1]!) ? ',' : sep[1]!;
      data = data.slice(sep[0].length);
      this.line++;
    } else {
      this.delimiter = guessDelimiter(data.slice(0, data.indexOf('\n') < 0 ? data.length : data.indexOf('\n')));
    }
    this.newline = /\r\n/.test(data.slice(0, 64_000)) ? '\r\n' : '\n';
    this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, preview: 1 });
    return data;
  }

  /** Hands over every complete row of `data` after `from`; returns where the rest starts. */
  private rows(data: string, from: number, final: boolean): number {
    const { newline } = this;
    const n = data.length;
    let pos = from;
    let quote = data.indexOf(QUOTE, pos);
    while (pos < n && !this.skipping) {
      if (quote !== -1 && quote < pos) quote = data.indexOf(QUOTE, pos);
      let end = data.indexOf(newline, pos);
      if (quote === -1 || (end !== -1 && quote > end)) {
        if (end === -1) {
          if (!final) break;
          end = n;
        }
        this.plain(data, pos, end);
        // With CRLF rows, a lone LF inside a cell still starts a new line for the reader of the file.
        this.line += newline === '\n' || data.indexOf('\n', pos) === end + 1 ? 1 : countNewlines(data, pos, end + 2);
        pos = end + newline.length;
        continue;
      }
      const cells: string[] = [];
      const next = this.wellQuoted(data, pos, cells);
      let used = next - pos;
      if (next >= 0) this.emit(cells);
      else {
        used = this.quoted(pos === 0 ? data : data.slice(pos), final);
        if (used === 0) break;
      }
      this.line += countNewlines(data, pos, pos + used);
      pos += used;
    }
    return Math.min(pos, n);
  }

  private plain(data: string, start: number, end: number): void {
    if (start === end) return;
    if (!this.headerDone) return this.emit(data.slice(start, end).split(this.delimiter));
    this.rowNo++;
    if (!this.sink.plainRow(data, start, end, this.rowNo, this.line)) this.sink.row(data.slice(start, end).split(this.delimiter), this.rowNo, this.line);
  }

  /**
   * The row at `pos` when every quoted cell in it is closed by a quote right before a
   * separator or the line break: the cells papaparse would read, and where the next row
   * starts. -1 for any other use of quotes and for a row not finished within `data`,
   * which papaparse reads.
   */
  private wellQuoted(data: string, pos: number, cells: string[]): number {
    const { delimiter, newline } = this;
    let at = pos;
    for (;;) {
      if (data.charCodeAt(at) === 34 /* " */) {
        let close = at + 1;
        let doubled = false;
        for (;;) {
          close = data.indexOf(QUOTE, close);
          if (close === -1) return -1;
          if (data.charCodeAt(close + 1) !== 34) break;
          doubled = true;
          close += 2;
        }
        if (close === data.length - 1) return -1;
        const value = data.slice(at + 1, close);
        cells.push(doubled ? value.replace(/""/g, QUOTE) : value);
        if (data.startsWith(delimiter, close + 1)) at = close + 1 + delimiter.length;
        else if (data.startsWith(newline, close + 1)) return close + 1 + newline.length;
        else return -1;
        continue;
      }
      const nextBreak = data.indexOf(newline, at);
      if (nextBreak === -1) return -1;
      const nextDelimiter = data.indexOf(delimiter, at);
      if (nextDelimiter !== -1 && nextDelimiter < nextBreak) {
        cells.push(data.slice(at, nextDelimiter));
        at = nextDelimiter + delimiter.length;
        continue;
      }
      cells.push(data.slice(at, nextBreak));
      return nextBreak + newline.length;
    }
  }

  /** The first row of `data` read by papaparse; how many characters it took (0: unfinished). */
  private quoted(data: string, final: boolean): number {
    const result = this.parser!.parse(data, 0, !final) as Parsed;
    const cells = result.data[0];
    const used = cells ? result.meta.cursor : 0;
    const rowLine = this.rowLineInside(data, used || data.length);
    if (rowLine > 0) return this.strayQuote(data, rowLine);
    if (!cells) return 0;
    if (result.errors.some((e) => e.code === 'MissingQuotes')) {
      // Only the end of the file ends such a row: its cells are whatever followed the quote.
      const after = countNewlines(data, 0, data.endsWith('\n', used) ? used - 1 : used);
      const taken = after === 0 ? '' : `: it takes in the ${after === 1 ? 'line' : `${after} lines`} after it, to the end of the file`;
      this.sink.problem(`CSV: the quote opened in the row at line ${this.line} is never closed${taken}; that row is not counted`, this.line);
      return used;
    }
    for (const error of result.errors) this.sink.problem(`CSV: ${error.message.toLowerCase()}`, this.line);
    this.emit(cells);
    return used;
  }

  /**
   * Where a line inside the quoted row at the start of `data` (before `limit`) starts
   * that reads as a row of its own: no quotes, a cell for every column, and a first cell
   * shaped like the row's own (the same date format, say). A quote that runs on over
   * such a line is a stray one; a cell's own text does not look like that. 0: none.
   */
  private rowLineInside(data: string, limit: number): number {
    const { newline, delimiter, width } = this;
    if (width < MIN_WIDTH_TO_RECOVER) return 0;
    let start = data.indexOf(newline) + newline.length;
    if (start < newline.length) return 0;
    const shape = firstCellShape(data.slice(0, cellEnd(data, 0, delimiter, newline)).replace(/^"|"$/g, ''));
    if (shape === '') return 0;
    let quote = -1;
    for (;;) {
      const end = data.indexOf(newline, start);
      if (end === -1 || end + newline.length > limit) return 0;
      if (quote !== -2 && quote < start) quote = data.indexOf(QUOTE, start) === -1 ? -2 : data.indexOf(QUOTE, start);
      const plain = quote === -2 || quote > end;
      if (plain && countOf(data, delimiter, start, end) === width - 1 && firstCellShape(data.slice(start, cellEnd(data, start, delimiter, newline))) === shape) return start;
      start = end + newline.length;
    }
  }

  /** The row at the start of `data` read as ending right before `rowLine`, the quote in it left open. */
  private strayQuote(data: string, rowLine: number): number {
    const result = this.parser!.parse(data.slice(0, rowLine - this.newline.length), 0, false) as Parsed;
    const next = this.line + countNewlines(data, 0, rowLine);
    const lines = next - 1 === this.line ? `line ${this.line}` : `lines ${this.line}–${next - 1}`;
    this.sink.problem(`CSV: the quote opened in the row at line ${this.line} is not closed before line ${next}, which reads as a row of its own: read ${lines} as one row`, this.line);
    this.emit(result.data[0] ?? []);
    return rowLine;
  }

  private emit(cells: string[]): void {
    if (cells.length === 0 || (cells.length === 1 && cells[0] === '')) return;
    if (!this.headerDone) {
      this.headerDone = true;
      this.width = cells.length;
      this.sink.header(cells, this.line);
      return;
    }
    this.rowNo++;
    this.sink.row(cells, this.rowNo, this.line);
  }
}
