import { quoteRaw } from './raw-text.js';

// Text outside any record of a JSON file: a warning printed into an export, a stray
// element between records. Its bytes may come in several chunks; a few are kept for
// the message, read as UTF-8. Each piece is reported with its line, up to a few per
// file, and the rest are counted with the lines they span.

/** Bytes kept for a message, and the characters shown. */
const KEPT_BYTES = 160;
const SHOWN_CHARS = 60;
/** Pieces reported one by one per file; the rest are counted. */
const SHOWN = 5;

export class StrayText {
  /** Whether a piece is under way (it ends at a newline, at a record or at the end of the file). */
  active = false;
  private line = 0;
  private pieces: Buffer[] = [];
  private kept = 0;
  private count = 0;
  private moreFrom = 0;
  private moreTo = 0;

  constructor(private readonly report: (message: string, line: number) => void) {}

  begin(line: number): void {
    this.active = true;
    this.line = line;
    this.pieces = [];
    this.kept = 0;
  }

  /** Keeps the piece's bytes from start to end of this chunk (copied: the caller may reuse its buffer). */
  keep(buf: Buffer, start: number, end: number): void {
    if (this.kept >= KEPT_BYTES) return;
    const piece = Buffer.from(buf.subarray(start, Math.min(end, start + KEPT_BYTES - this.kept)));
    this.pieces.push(piece);
    this.kept += piece.length;
  }

  end(): void {
    this.active = false;
    this.count++;
    if (this.count <= SHOWN) this.report(`unexpected text ${quoteRaw(`"${snippet(Buffer.concat(this.pieces))}"`)} outside any record (skipped)`, this.line);
    else {
      this.moreFrom ||= this.line;
      this.moreTo = this.line;
    }
    this.pieces = [];
  }

  /** At the end of the file: ends a piece under way and counts those not shown. */
  finish(): void {
    if (this.active) this.end();
    if (this.count <= SHOWN) return;
    const more = this.count - SHOWN;
    const lines = this.moreFrom === this.moreTo ? `line ${this.moreFrom}` : `lines ${this.moreFrom} to ${this.moreTo}`;
    this.report(`and ${more} more ${more === 1 ? 'place' : 'places'} with unexpected text outside any record, on ${lines} (skipped)`, this.moreFrom);
  }
}

/** Stray text as the user would read it: UTF-8, one line, short. */
function snippet(bytes: Buffer): string {
  let text = bytes.toString('utf8');
  // The byte limit may cut a character in two.
  if (bytes.length >= KEPT_BYTES) text = text.replace(/\uFFFD+$/, '') + '…';
  text = text.replace(/\s+/g, ' ').replace(/[\s,]+$/, '').trim();
  const chars = [...text];
  return chars.length > SHOWN_CHARS ? chars.slice(0, SHOWN_CHARS).join('') + '…' : text;
}
