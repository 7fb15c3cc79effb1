import type { z } from 'zod';
import type { EncodingSchema } from './report-schema.js';
import { isAscii, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

// Brings any input encoding to UTF-8 bytes without a BOM: UTF-8 (with or without
// BOM) passes through untouched, UTF-16 LE/BE (what Windows PowerShell's `>` writes)
// is decoded and re-encoded. A BOM or the zero bytes of UTF-16 are read from the first
// bytes. Without them the text is taken as UTF-8 until its first non-ASCII bytes: when
// those are not UTF-8, the file is Windows-1252, what Danish/Dutch Excel writes for
// "CSV (semicolon separated)". ASCII reads the same in both, so the choice can wait
// for the first non-ASCII byte however far into the file it comes.

export type Encoding = z.infer<typeof EncodingSchema>;

export class Utf8Normaliser {
  encoding: Encoding | undefined;
  private decoder: TextDecoder | undefined;
  private head: Buffer | undefined;
  /** UTF-8 without a BOM: `open` until non-ASCII bytes are seen, then `valid` or `reported` once a later byte was not UTF-8. */
  private utf8State: 'open' | 'valid' | 'reported' = 'open';
  /** The start of a character cut at the end of the last chunk, kept to check it whole. */
  private carry: Buffer | undefined;
  /** Bytes passed on so far, to say where a byte that is not UTF-8 was. */
  private offset = 0;
  /** Why the file is not read at all, from its first bytes: an archive, or UTF-32. */
  refused: string | undefined;

  /** `problem` hears of bytes that are not UTF-8 in a file whose earlier text was. */
  constructor(private readonly problem: (message: string) => void = () => {}) {}

  /** Returns UTF-8 bytes ready for the readers (possibly empty while sniffing the first bytes). */
  write(chunk: Buffer): Buffer {
    if (!this.encoding) {
      const data = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (data.length < 4) {
        this.head = Buffer.from(data);
        return Buffer.alloc(0);
      }
      this.head = undefined;
      return this.decide(data);
    }
    return this.convert(chunk);
  }

  end(): Buffer {
    if (!this.encoding) {
      const data = this.head ?? Buffer.alloc(0);
      this.head = undefined;
      return Buffer.concat([this.decide(data), this.end()]);
    }
    const carry = this.carry;
    this.carry = undefined;
    if (carry && this.encoding === 'utf-8') {
      // A character cut short by the end of the file.
      if (this.utf8State === 'open') return this.startWindows1252(carry);
      this.reportInvalid(0);
      return carry;
    }
    if (this.decoder) return Buffer.from(this.decoder.decode(), 'utf8');
    return Buffer.alloc(0);
  }

  private decide(data: Buffer): Buffer {
    this.refused = refusal(data);
    if (this.refused) {
      this.encoding = 'utf-8';
      return Buffer.alloc(0);
    }
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
      this.encoding = 'utf-8-bom';
      return data.subarray(3);
    }
    if (data[0] === 0xff && data[1] === 0xfe) return this.startUtf16('utf-16le', data.subarray(2));
    if (data[0] === 0xfe && data[1] === 0xff) return this.startUtf16('utf-16be', data.subarray(2));
    // Without a BOM, ASCII text in UTF-16 shows as every other byte being zero.
    if (data.length >= 4 && data[0] !== 0 && data[1] === 0 && data[3] === 0) return this.startUtf16('utf-16le', data);
    if (data.length >= 4 && data[0] === 0 && data[1] !== 0 && data[2] === 0) return this.startUtf16('utf-16be', data);
    this.encoding = 'utf-8';
    return this.utf8(data);
  }

  private startUtf16(encoding: 'utf-16le' | 'utf-16be', data: Buffer): Buffer {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding);
    return this.convert(data);
  }

  private startWindows1252(data: Buffer): Buffer {
    this.encoding = 'windows-1252';
    this.decoder = new TextDecoder('windows-1252');
    return this.convert(data);
  }

  private convert(chunk: Buffer): Buffer {
    if (this.encoding === 'utf-8') return this.utf8(chunk);
    if (!this.decoder) return chunk;
    // A BOM is taken off before the decoder starts: a U+FEFF later on is text.
    return Buffer.from(this.decoder.decode(chunk, { stream: true }), 'utf8');
  }

  /** UTF-8 passes through as it is; the first non-ASCII bytes decide whether it is UTF-8 at all. */
  private utf8(chunk: Buffer): Buffer {
    if (this.utf8State === 'reported') return chunk;
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = undefined;
    if (isAscii(data)) {
      this.offset += data.length;
      return data;
    }
    const whole = data.length - cutCharacter(data);
    const body = data.subarray(0, whole);
    if (isUtf8(body)) {
      // All of the non-ASCII may be the cut character, still to be checked.
      if (this.utf8State === 'open' && !isAscii(body)) this.utf8State = 'valid';
      if (whole < data.length) this.carry = Buffer.from(data.subarray(whole));
      this.offset += whole;
      return body;
    }
    if (this.utf8State === 'open') return this.startWindows1252(data);
    // Too late to read the file another way: the bytes go on, shown as U+FFFD by the reader.
    this.reportInvalid(firstInvalid(data));
    return data;
  }

  private reportInvalid(at: number): void {
    this.utf8State = 'reported';
    this.problem(`byte ${this.offset + at + 1} is not UTF-8, though the text before it was: characters there show as "\uFFFD"`);
  }
}

/** How many bytes at the end begin a UTF-8 character that the next chunk completes. */
function cutCharacter(data: Buffer): number {
  for (let back = 1; back <= 3 && back <= data.length; back++) {
    const b = data[data.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0 || b >= 0xf8) return 0;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return length > back ? back : 0;
  }
  return 0;
}

/** The offset of the first byte that breaks UTF-8 (only looked for once per file). */
function firstInvalid(data: Buffer): number {
  let good = 0;
  for (let end = 1; end <= data.length; end++) {
    if (isUtf8(data.subarray(good, end))) good = end;
    else if (end - good >= 4) return good;
  }
  return good;
}

/** Files whose first bytes say they are no text we read: said plainly, not read as mojibake CSV. */
function refusal(head: Buffer): string | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'a compressed archive (gzip): unpack it first';
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && head[3] === head[2] + 1) return 'a compressed archive (zip): unpack it first';
  if ((head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)) {
    return 'UTF-32 text is not supported: save it as UTF-8 or UTF-16';
  }
  return undefined;
}
