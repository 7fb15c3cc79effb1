import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyse, fixture } from './helpers.js';

// Files that hold no text at all get one plain line each, not a complaint about a
// CSV header made of unreadable characters.

/** The start of a PNG: signature, IHDR, and a compressed IDAT as an image editor writes it. */
function png(): Buffer {
  const pixels = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 32, 0, 0, 0, 32, 8, 6, 0, 0, 0, 0x73, 0x7a, 0x7a, 0xf4]),
    Buffer.from([0, 0, 0x10, 0, 0x49, 0x44, 0x41, 0x54]),
    deflateSync(pixels),
  ]);
}

describe('files that are not text', () => {
  it.each([
    ['a 0-byte file', Buffer.alloc(0), 'empty file (0 bytes)'],
    ['a whitespace-only file', Buffer.from('  \n\r\n\t\n'), 'blank file (only whitespace)'],
    ['a file holding only a BOM', Buffer.from([0xef, 0xbb, 0xbf]), 'blank file (only whitespace)'],
    ['a PNG image', png(), 'not a text file (binary data, such as an image or an archive)'],
    ['a gzip archive', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), deflateSync(fixture('portal-download.json'))]), 'a compressed archive (gzip): unpack it first'],
  ])('%s: one plain problem line', (_label, bytes, message) => {
    for (const chunkSize of [65_536, 1]) {
      const report = analyse({ 'f.json': bytes }, { chunkSize });
      expect(report.problems).toEqual([{ file: 'f.json', message }]);
      expect(report.summary.records).toBe(0);
    }
  });

  it('still reads a log with a stray NUL byte in it: only that record is lost', () => {
    const text = fixture('portal-download.json').toString().replace('Contoso HR', 'Contoso\u0000HR');
    const report = analyse({ 'nul.json': text });
    expect(report.summary.records).toBe(6);
    expect(report.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^record 1 is not valid JSON/)]);
  });
});

describe('archives and UTF-32 are named from their first bytes (L4)', () => {
  const text = fixture('portal-download.json');
  const utf32 = (bom: number[], le: boolean) =>
    Buffer.concat([Buffer.from(bom), ...[...text.toString('utf8').slice(0, 400)].map((c) => { const b = Buffer.alloc(4); if (le) b.writeUInt32LE(c.codePointAt(0)!); else b.writeUInt32BE(c.codePointAt(0)!); return b; })]);
  it.each([
    ['log.json.gz', gzipSync(text), 'a compressed archive (gzip): unpack it first'],
    ['log.zip', Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000', 'latin1'), text]), 'a compressed archive (zip): unpack it first'],
    ['utf32le.json', utf32([0xff, 0xfe, 0, 0], true), 'UTF-32 text is not supported: save it as UTF-8 or UTF-16'],
    ['utf32be.json', utf32([0, 0, 0xfe, 0xff], false), 'UTF-32 text is not supported: save it as UTF-8 or UTF-16'],
  ])('%s', (name, data, message) => {
    for (const chunkSize of [1, 65_536]) {
      const report = analyse({ [name]: data }, { chunkSize });
      expect(report.problems).toEqual([{ file: name, message }]);
      expect(report.summary.recordsRead).toBe(0);
    }
  });
});
