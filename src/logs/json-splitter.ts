// Splits a JSON stream into its records without parsing it whole: a byte scanner
// tracks strings, escapes and depth over chunks, and each record is handed out as
// text for JSON.parse. Memory holds one record, not the file. Records are:
//   - the elements of a top-level array (portal download, Log Analytics export),
//   - the elements of a top-level object's "value" or "records" array (Graph pages,
//     Azure Monitor exports),
//   - every other top-level object (JSON lines, a single response).
// A trailing comma after the last element needs no special case: each record is
// parsed on its own.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const CONTAINER_KEYS = new Set(['value', 'records']);

export type Container = 'array' | 'value' | 'records' | 'lines';

export interface SplitSink {
  record(text: string, index: number, line: number): void;
  problem(message: string, line: number, index?: number): void;
  container(kind: Container): void;
}

export class JsonSplitter {
  private depth = 0;
  private inString = false;
  private escapeNext = false;
  /** Depth at which records start (1 inside a top array, 2 inside a container key's array), or 0 when a top object may be one. */
  private recordDepth = 0;
  private topIsObject = false;
  private pieces: Uint8Array[] = [];
  private recording = false;
  private recordLine = 0;
  private index = 0;
  private line = 1;
  private countedTo = 0;
  private nextNewline = -1;
  private keyStart = -1;
  private lastKey = '';
  private strayReported = false;

  constructor(private readonly sink: SplitSink) {}

  write(buf: Buffer): void {
    this.countedTo = 0;
    this.nextNewline = -1;
    if (this.keyStart >= 0) {
      // A key split across chunks is not one of the short container keys we look for.
      this.keyStart = -1;
      this.lastKey = '';
    }
    // State lives in locals inside the loop: this is the hot path (one pass per byte).
    let depth = this.depth;
    let inString = this.inString;
    let recordStart = this.recording ? 0 : -1;
    let i = 0;
    const n = buf.length;
    if (inString && this.escapeNext) i = 1;
    this.escapeNext = false;
    for (; i < n; i++) {
      if (inString) {
        // Tight inner loop to the closing quote: most bytes of a log are inside strings.
        for (; i < n; i++) {
          const s = buf[i]!;
          if (s === BACKSLASH) i++;
          else if (s === QUOTE) break;
        }
        if (i >= n) {
          // i === n + 1: the chunk ended on a backslash, so the next chunk's first byte is escaped.
          this.escapeNext = i > n;
          break;
        }
        inString = false;
        if (this.keyStart >= 0) {
          this.lastKey = i - this.keyStart < 40 ? buf.toString('latin1', this.keyStart, i).toLowerCase() : '';
          this.keyStart = -1;
        }
        continue;
      }
      const c = buf[i]!;
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && this.topIsObject && this.recordDepth === 0) this.keyStart = i + 1;
      } else if (c === 0x7b || c === 0x5b) {
        // { or [
        if (depth === 0) {
          this.topIsObject = c === 0x7b;
          if (c === 0x5b) {
            this.recordDepth = 1;
            this.sink.container('array');
          } else {
            this.recordDepth = 0;
            this.lastKey = '';
            recordStart = this.startRecord(buf, i);
          }
        } else if (depth === 1 && this.topIsObject && this.recordDepth === 0 && c === 0x5b && CONTAINER_KEYS.has(this.lastKey)) {
          // The top object is a page: its records are the elements of this array.
          this.recordDepth = 2;
          this.recording = false;
          this.pieces = [];
          recordStart = -1;
          this.sink.container(this.lastKey as Container);
        } else if (depth === this.recordDepth && this.recordDepth > 0) {
          if (c === 0x7b) recordStart = this.startRecord(buf, i);
          else this.stray(buf, i);
        }
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        // } or ]
        if (depth === 0) {
          this.stray(buf, i);
          continue;
        }
        depth--;
        if (this.recording && depth === this.recordDepth) {
          this.finishRecord(buf, recordStart, i + 1);
          recordStart = -1;
        }
        if (depth === 0) this.recordDepth = 0;
      } else if (depth === 0 || (depth === this.recordDepth && !this.recording)) {
        if (c !== 0x2c && c !== 0x20 && c !== NEWLINE && c !== 0x0d && c !== 0x09) this.stray(buf, i);
      }
    }
    this.depth = depth;
    this.inString = inString;
    // Copied: the caller may reuse its read buffer for the next chunk.
    if (this.recording && recordStart >= 0) this.pieces.push(Buffer.from(buf.subarray(recordStart)));
    this.advanceLines(buf, n);
  }

  end(): void {
    if (this.recording || this.depth > 0) {
      const where = this.recording ? `record ${this.index + 1}` : 'the file';
      this.sink.problem(`${where} is cut off: the file ends inside it`, this.recording ? this.recordLine : this.line, this.recording ? this.index + 1 : undefined);
    }
    this.pieces = [];
    this.recording = false;
  }

  private startRecord(buf: Buffer, at: number): number {
    this.advanceLines(buf, at);
    this.recording = true;
    this.recordLine = this.line;
    this.pieces = [];
    return at;
  }

  private finishRecord(buf: Buffer, start: number, end: number): void {
    let text: string;
    if (this.pieces.length === 0) {
      text = buf.toString('utf8', start, end);
    } else {
      this.pieces.push(buf.subarray(0, end));
      text = Buffer.concat(this.pieces).toString('utf8');
      this.pieces = [];
    }
    this.recording = false;
    this.index++;
    // When the top object was a record and it turned out to be one, it counts as a line of JSON lines.
    if (this.recordDepth === 0 && this.index === 1) this.sink.container('lines');
    this.sink.record(text, this.index, this.recordLine);
  }

  private stray(buf: Buffer, at: number): void {
    if (this.strayReported) return;
    this.strayReported = true;
    this.advanceLines(buf, at);
    this.sink.problem(`unexpected text "${buf.toString('latin1', at, Math.min(at + 20, buf.length)).replace(/\s+/g, ' ')}" outside any record (skipped)`, this.line);
  }

  /** Keeps `line` current up to `to` in this chunk; remembers the next newline so minified files are not searched again and again. */
  private advanceLines(buf: Buffer, to: number): void {
    if (this.nextNewline < this.countedTo) this.nextNewline = buf.indexOf(NEWLINE, this.countedTo);
    while (this.nextNewline >= 0 && this.nextNewline < to) {
      this.line++;
      this.nextNewline = buf.indexOf(NEWLINE, this.nextNewline + 1);
    }
    if (this.nextNewline < 0) this.nextNewline = Number.MAX_SAFE_INTEGER;
    this.countedTo = to;
  }
}
