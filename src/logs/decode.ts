import { TextDecoder } from 'node:util';

// Brings any input encoding to UTF-8 bytes without a BOM: UTF-8 (with or without
// BOM) passes through untouched, UTF-16 LE/BE (what Windows PowerShell's `>` writes)
// is decoded and re-encoded. The encoding is decided from the first bytes.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export class Utf8Normaliser {
  encoding: Encoding | undefined;
  private decoder: TextDecoder | undefined;
  private head: Buffer | undefined;

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
      return this.decide(data);
    }
    if (this.decoder) return Buffer.from(this.decoder.decode(), 'utf8');
    return Buffer.alloc(0);
  }

  private decide(data: Buffer): Buffer {
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
    return data;
  }

  private startUtf16(encoding: 'utf-16le' | 'utf-16be', data: Buffer): Buffer {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding);
    return this.convert(data);
  }

  private convert(chunk: Buffer): Buffer {
    if (!this.decoder) return chunk;
    let text = this.decoder.decode(chunk, { stream: true });
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return Buffer.from(text, 'utf8');
  }
}
