import { describe, expect, it } from 'vitest';
import { inkKnowsSequence, splitKeys } from '../../src/tui/key-stream.js';

const ESC = '\u001B';

describe('splitKeys: one read cut into keys', () => {
  it('cuts a burst of printable keys into single keys, escape sequences whole', () => {
    expect(splitKeys('jjj').keys).toEqual(['j', 'j', 'j']);
    expect(splitKeys(`2${ESC}[Bk\r`).keys).toEqual(['2', `${ESC}[B`, 'k', '\r']);
    expect(splitKeys('é😀').keys).toEqual(['é', '😀']);
  });

  it('keeps a bracketed paste as one chunk of plain text, line breaks as spaces', () => {
    expect(splitKeys(`${ESC}[200~Error code: X.\r\nReason: y${ESC}[201~\r`).keys).toEqual(['Error code: X. Reason: y', '\r']);
  });

  it('joins a paste or a sequence cut off by the end of a read to the next read', () => {
    const first = splitKeys(`a${ESC}[200~half`);
    expect(first).toEqual({ keys: ['a'], rest: `${ESC}[200~half` });
    expect(splitKeys(`${first.rest} two${ESC}[201~`).keys).toEqual(['half two']);
    expect(splitKeys(`${ESC}[1;`)).toEqual({ keys: [], rest: `${ESC}[1;` });
  });

  it('reads a lone Esc, and two Esc presses, as Esc keys', () => {
    expect(splitKeys(ESC).keys).toEqual([ESC]);
    expect(splitKeys(`${ESC}${ESC}`).keys).toEqual([ESC, ESC]);
  });

  it('drops the sequences Ink 6.8 cannot name (Ctrl+F1..F4, colour codes), which crash its useInput', () => {
    for (const sequence of [`${ESC}[1;5P`, `${ESC}[1;5Q`, `${ESC}[1;5R`, `${ESC}[1;5S`, `${ESC}[31m`]) {
      expect(inkKnowsSequence(sequence)).toBe(false);
      expect(splitKeys(`j${sequence}k`).keys).toEqual(['j', 'k']);
    }
    for (const sequence of [`${ESC}[A`, `${ESC}OP`, `${ESC}[5~`, `${ESC}[Z`, `${ESC}[1;5A`]) expect(inkKnowsSequence(sequence)).toBe(true);
  });
});

describe('splitKeys: Esc and the next key in one read (slow SSH)', () => {
  it('cuts Esc from a printable key that the wizard does not bind with Alt', () => {
    expect(splitKeys(`${ESC}q`).keys).toEqual([ESC, 'q']);
    expect(splitKeys(`sync${ESC}/`).keys).toEqual(['s', 'y', 'n', 'c', ESC, '/']);
    expect(splitKeys(`${ESC}${ESC}é`).keys).toEqual([ESC, ESC, 'é']);
    expect(splitKeys(`${ESC} `).keys).toEqual([ESC, ' ']);
  });

  it('keeps Alt with a key the wizard binds, and every escape sequence whole', () => {
    expect(splitKeys(`${ESC}q`, new Set(['q'])).keys).toEqual([`${ESC}q`]);
    expect(splitKeys(`${ESC}[A${ESC}OP${ESC}${ESC}[B`).keys).toEqual([`${ESC}[A`, `${ESC}OP`, `${ESC}${ESC}[B`]);
  });
});
