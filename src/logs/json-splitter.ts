// Splits a JSON stream into its records without parsing it whole: a byte scanner
// tracks strings, escapes and depth over chunks, and each record is handed out as
// text for JSON.parse. Memory holds one record, not the file. Records are:
//   - the elements of a top-level array (portal download, Log Analytics export),
//   - the elements of a top-level object's "value" or "records" array (Graph pages,
//     Azure Monitor exports),
//   - every other top-level object (JSON lines, a single response).
// A trailing comma after the last element needs no special case: each record is
// parsed on its own.
//
// JSON lines are read line by line in spirit: text outside any record is skipped to
// the end of its line (so a stray quote cannot swallow what follows), and a record
// whose line ends inside it is given up at that newline, so one cut line loses one
// record, not the rest of the file.

import { StrayText } from './stray-text.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const CONTAINER_KEYS = new Set(['value', 'records']);
const NEXT_LINK = '@odata.nextlink';
/**
 * The most bytes kept of one record. Real events are a few kilobytes; past this a record
 * is reported and skipped (its bytes still scanned, to find where it ends), so one huge
 * or never-ending record cannot hold the memory of the file.
 */
export const RECORD_LIMIT = 16 << 20;
/** Keys this long or longer are none of the ones we look for. */
const KEY_MAX = 40;

export type Container = 'array' | 'value' | 'records' | 'lines';

export interface SplitSink {
  record(text: string, index: number, line: number): void;
  problem(message: string, line: number, index?: number): void;
  container(kind: Container): void;
  /** The top object links to a next page: the response has more pages than this file. */
  nextLink(line: number): void;
}

/** Whether top-level records have kept to one line each: decided by the first one that ends. */
type LineMode = 'unknown' | 'one' | 'many';

export class JsonSplitter {
  private depth = 0;
  private inString = false;
  private escapeNext = false;
  /** Depth at which records start (1 inside a top array, 2 inside a container key's array), or 0 when a top object may be one. */
  private recordDepth = 0;
  private topIsObject = false;
  private pieces: Uint8Array[] = [];
  /** Bytes of the record under way held in `pieces`; past RECORD_LIMIT they are let go. */
  private recordBytes = 0;
  private oversized = false;
  private recording = false;
  private recordLine = 0;
  private index = 0;
  private line = 1;
  private lastByte = NEWLINE;
  private lineMode: LineMode = 'unknown';
  private linesAnnounced = false;
  /** Where the top object's key being read starts in this chunk (0 when it began in an earlier one, kept in keyCarry). */
  private keyStart = -1;
  private keyCarry = '';
  private lastKey = '';
  /** Text outside any record; `strayStart` in write() is where the piece under way began in the chunk. */
  private readonly strays = new StrayText((message, line) => this.sink.problem(message, line));

  constructor(private readonly sink: SplitSink) {}

  write(buf: Buffer): void {
    // State lives in locals inside the loop: this is the hot path (one pass per byte).
    // recordDepth is mirrored in a local and written to both at once, so the helpers see it too.
    let depth = this.depth;
    let inString = this.inString;
    let line = this.line;
    let recordDepth = this.recordDepth;
    let recordStart = this.recording ? 0 : -1;
    let strayStart = this.strays.active ? 0 : -1;
    let i = 0;
    const n = buf.length;
    if (inString && this.escapeNext) {
      i = 1;
      if (buf[0] === NEWLINE) line++;
    }
    this.escapeNext = false;
    if (strayStart >= 0 && depth === 0 && !inString) i = this.skipLine(buf, 0) + 1;
    // Where the next raw newline is (n: none in this chunk), found with indexOf when needed.
    let nextNewline = -1;
    scan: for (; i < n; i++) {
      if (inString) {
        // Most bytes of a log are inside strings: jump from quote to quote with indexOf
        // (native, many bytes at a time) while no raw newline comes first, passing over
        // escaped quotes. A newline or the chunk's end is left to the byte loop below.
        for (;;) {
          const q = buf.indexOf(QUOTE, i);
          if (q < 0) break;
          if (nextNewline < i) {
            nextNewline = buf.indexOf(NEWLINE, i);
            if (nextNewline < 0) nextNewline = n;
          }
          if (nextNewline < q) break;
          let b = q - 1;
          while (b >= i && buf[b] === BACKSLASH) b--;
          i = q;
          if ((q - 1 - b) % 2 === 0) break;
          i++;
        }
        // Byte by byte to the closing quote, counting lines.
        for (; i < n; i++) {
          const s = buf[i]!;
          // Most bytes are above the quote: one comparison, then the rare backslash.
          if (s > QUOTE) {
            if (s === BACKSLASH && buf[++i] === NEWLINE) line++;
          } else if (s === QUOTE) break;
          else if (s === NEWLINE) {
            line++;
            if (this.recording && recordDepth === 0) {
              // JSON strings hold no raw newline: a top-level record's line was cut inside a string.
              this.cutRecord('its line ends inside it');
              inString = false;
              depth = 0;
              recordStart = -1;
              this.keyStart = -1;
              this.keyCarry = '';
              continue scan;
            }
          }
        }
        if (i >= n) {
          // i === n + 1: the chunk ended on a backslash, so the next chunk's first byte is escaped.
          this.escapeNext = i > n;
          break;
        }
        inString = false;
        if (this.keyStart >= 0) this.topString(buf, i, line);
        continue;
      }
      const c = buf[i]!;
      if (c === QUOTE) {
        if (depth <= recordDepth) {
          // Outside any record: a string at the top is a stray line, one between elements a stray element.
          if (depth === 0) {
            strayStart = this.stray(i, line, strayStart);
            i = this.skipLine(buf, i);
            continue;
          }
          if (depth === recordDepth) strayStart = this.stray(i, line, strayStart);
        }
        inString = true;
        if (depth === 1 && this.topIsObject) this.keyStart = i + 1;
      } else if (c === 0x7b || c === 0x5b) {
        // { or [
        if (depth <= recordDepth) {
          if (depth === 0) {
            if (c === 0x5b && this.lineMode !== 'unknown') {
              // JSON lines hold objects: a line opening with [ is a log line like "[INFO] …", not an array.
              strayStart = this.stray(i, line, strayStart);
              i = this.skipLine(buf, i);
              continue;
            }
            this.topIsObject = c === 0x7b;
            if (c === 0x5b) {
              this.recordDepth = recordDepth = 1;
              this.sink.container('array');
            } else {
              this.recordDepth = recordDepth = 0;
              this.lastKey = '';
              recordStart = this.startRecord(i, line);
            }
          } else if (depth === recordDepth) {
            if (c === 0x7b) {
              if (strayStart >= 0) strayStart = this.endStray(buf, strayStart, i);
              recordStart = this.startRecord(i, line);
            } else strayStart = this.stray(i, line, strayStart);
          }
        } else if (depth === 1 && recordDepth === 0 && c === 0x5b && this.topIsObject && CONTAINER_KEYS.has(this.lastKey)) {
          // The top object is a page: its records are the elements of this array.
          this.recordDepth = recordDepth = 2;
          this.recording = false;
          this.dropPieces();
          recordStart = -1;
          this.sink.container(this.lastKey as Container);
        } else if (recordDepth === 0 && c === 0x7b && this.recording && this.lineMode !== 'many' && (i > 0 ? buf[i - 1] : this.lastByte) === NEWLINE) {
          // A line opening with { inside an unfinished top-level record: the record's line was cut short.
          this.cutRecord(`line ${line} starts a new record inside it`);
          depth = 0;
          this.topIsObject = true;
          this.lastKey = '';
          recordStart = this.startRecord(i, line);
        }
        depth++;
      } else if (c === 0x7d || c === 0x5d) {
        // } or ]
        if (depth === 0) {
          strayStart = this.stray(i, line, strayStart);
          i = this.skipLine(buf, i);
          continue;
        }
        depth--;
        if (depth === recordDepth && this.recording) {
          this.finishRecord(buf, recordStart, i + 1, line);
          recordStart = -1;
        }
        if (depth === 0) this.recordDepth = recordDepth = 0;
      } else if (depth === recordDepth || depth === 0) {
        // Outside any record (a record's own bytes are deeper than recordDepth).
        if (c === NEWLINE) {
          line++;
          if (strayStart >= 0) strayStart = this.endStray(buf, strayStart, i);
        } else if (c !== 0x2c && c !== 0x20 && c !== 0x0d && c !== 0x09) {
          strayStart = this.stray(i, line, strayStart);
          if (depth === 0) i = this.skipLine(buf, i);
        }
      } else if (c === NEWLINE) {
        line++;
        if (recordDepth === 0 && this.lineMode === 'one' && this.recording) {
          // Records so far kept to one line each: this one's line ended inside it.
          this.cutRecord('its line ends inside it');
          depth = 0;
          recordStart = -1;
        }
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.line = line;
    if (n > 0) this.lastByte = buf[n - 1]!;
    // Copied: the caller may reuse its read buffer for the next chunk.
    if (this.recording && recordStart >= 0) this.keep(buf.subarray(recordStart));
    if (strayStart >= 0) this.strays.keep(buf, strayStart, n);
    if (inString && this.keyStart >= 0) {
      // A key running on into the next chunk (e.g. "value" across a read boundary): carry its start over.
      this.keyCarry = (this.keyCarry + buf.toString('latin1', this.keyStart, Math.min(n, this.keyStart + KEY_MAX))).slice(0, KEY_MAX);
      this.keyStart = 0;
    }
  }

  end(): void {
    this.strays.finish();
    if (this.recording || this.depth > 0) {
      const where = this.recording ? `record ${this.index + 1}` : 'the file';
      this.sink.problem(`${where} is cut off: the file ends inside it`, this.recording ? this.recordLine : this.line, this.recording ? this.index + 1 : undefined);
    }
    this.dropPieces();
    this.recording = false;
  }

  private startRecord(at: number, line: number): number {
    this.recording = true;
    this.recordLine = line;
    this.dropPieces();
    return at;
  }

  /** Holds the part of the record under way that this chunk has, up to RECORD_LIMIT. */
  private keep(part: Buffer): void {
    if (this.oversized) return;
    this.recordBytes += part.length;
    if (this.recordBytes > RECORD_LIMIT) {
      this.oversized = true;
      this.pieces = [];
    } else this.pieces.push(Buffer.from(part));
  }

  private dropPieces(): void {
    this.pieces = [];
    this.recordBytes = 0;
    this.oversized = false;
  }

  private finishRecord(buf: Buffer, start: number, end: number, line: number): void {
    if (this.oversized || this.recordBytes + (end - start) > RECORD_LIMIT) {
      this.dropPieces();
      this.recording = false;
      this.index++;
      this.sink.problem(`record ${this.index} is larger than ${RECORD_LIMIT >> 20} MB: skipped`, this.recordLine, this.index);
      return;
    }
    let text: string;
    if (this.pieces.length === 0) {
      text = buf.toString('utf8', start, end);
    } else {
      this.pieces.push(buf.subarray(0, end));
      text = Buffer.concat(this.pieces).toString('utf8');
      this.dropPieces();
    }
    this.recording = false;
    this.index++;
    if (this.recordDepth === 0) {
      // When the top object was a record and it turned out to be one, it counts as a line of JSON lines.
      if (!this.linesAnnounced) this.sink.container('lines');
      this.linesAnnounced = true;
      if (this.lineMode === 'unknown') this.lineMode = line === this.recordLine ? 'one' : 'many';
    }
    this.sink.record(text, this.index, this.recordLine);
  }

  /** A string of the top object closed at `end`: remember it as the last key, and notice a next page's link. */
  private topString(buf: Buffer, end: number, line: number): void {
    const length = this.keyCarry.length + end - this.keyStart;
    const text = this.keyCarry + buf.toString('latin1', this.keyStart, Math.min(end, this.keyStart + KEY_MAX));
    // The string after the key "@odata.nextLink" is its value (a null link is no string, so the next key is not mistaken for it).
    if (this.lastKey === NEXT_LINK && /^https?:/i.test(text)) this.sink.nextLink(line);
    this.lastKey = length < KEY_MAX ? text.toLowerCase() : '';
    this.keyStart = -1;
    this.keyCarry = '';
  }

  /** Gives up the top-level record being read; the caller goes on at depth 0. */
  private cutRecord(why: string): void {
    this.index++;
    this.sink.problem(`record ${this.index} is cut off: ${why} (skipped)`, this.recordLine, this.index);
    this.recording = false;
    this.dropPieces();
    this.recordDepth = 0;
  }

  /** Index of the newline ending the stray text at `at` (the loop then ends the stray there), or the chunk's end. */
  private skipLine(buf: Buffer, at: number): number {
    const newline = buf.indexOf(NEWLINE, at);
    return newline < 0 ? buf.length : newline - 1;
  }

  /** Starts a run of stray text at `at` unless one is under way; returns where it started in this chunk. */
  private stray(at: number, line: number, start: number): number {
    if (start >= 0) return start;
    this.strays.begin(line);
    return at;
  }

  private endStray(buf: Buffer, start: number, end: number): number {
    this.strays.keep(buf, start, end);
    this.strays.end();
    return -1;
  }
}
