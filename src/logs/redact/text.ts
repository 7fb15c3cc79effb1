// The text --redact works on, and the words it matches names by. A name must be found
// however the log spelled it: composed or decomposed accents (NFC/NFD), compatibility
// forms (full-width letters, ligatures), no-break or other Unicode spaces, invisible
// characters inside a word, another case. So every text is normalised once (NFKC,
// invisible characters dropped, whitespace folded), and words are compared by a key
// without case or accents. Every step is one pass over the text.

/** Invisible code points (zero-width space and joiners, soft hyphen, variation selectors...): they can split a name without showing. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const SPACES = /\s+/g;
/** Text that NFKC and the invisible-character rule leave as it is. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** NFKC, no invisible characters, every run of whitespace (no-break and ideographic spaces too) one space, trimmed. */
export function normaliseText(text: string): string {
  const s = PLAIN_ASCII.test(text) ? text : text.replace(INVISIBLE, '').normalize('NFKC');
  return s.replace(SPACES, ' ').trim();
}

/** A word of a normalised text, with the hash of its key (case and accents left out). */
export interface Token {
  start: number;
  end: number;
  a: number;
  b: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
// Scripts written without spaces between words, and symbols such as emoji: each character
// is a word of its own, so a name is found inside a run of such characters.
const OWN_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{So}]/u;

const enum Kind {
  Separator,
  Word,
  OwnWord,
  Mark,
}

function kindAt(code: number, char: string): Kind {
  if (code < 0x80) {
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return Kind.Word;
    return Kind.Separator;
  }
  if (OWN_WORD.test(char)) return Kind.OwnWord;
  if (LETTER_OR_DIGIT.test(char)) return Kind.Word;
  if (MARK.test(char)) return Kind.Mark;
  return Kind.Separator;
}

/** The words of `text` from `from` to `to`: runs of letters and digits (marks stay with their letter), punctuation and spaces between them ignored. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let ascii = true;
  const close = (end: number) => {
    if (start < 0) return;
    const [a, b] = ascii ? hashAscii(text, start, end) : hashKey(wordKey(text.slice(start, end)));
    tokens.push({ start, end, a, b });
    start = -1;
  };
  for (let i = from; i < to; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindAt(code, code < 0x80 ? '' : text.slice(i, i + width));
    if (kind === Kind.Separator) close(i);
    else if (kind === Kind.OwnWord) {
      close(i);
      start = i;
      ascii = false;
      // Marks after it stay with it.
      let end = i + width;
      while (end < to && MARK.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
      close(end);
      i = end;
      continue;
    } else if (start < 0) {
      // A mark with no letter before it starts nothing.
      if (kind === Kind.Word) {
        start = i;
        ascii = code < 0x80;
      }
    } else if (code >= 0x80) ascii = false;
    i += width;
  }
  close(to);
  return tokens;
}

/** A word compared without case or accents: "José", "JOSE" and "jose" are one key. */
export function wordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

// Two independent 32-bit FNV-1a hashes of the key: together 53 bits, so that two
// different names share a hash only by a chance too small to matter (and then a
// word is hidden that need not be, never the other way round).
function hashKey(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a, b];
}

/** hashKey of the lower-cased ASCII word, without making the string. */
function hashAscii(text: string, start: number, end: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a, b];
}

/** The hash of a sequence of words, one word at a time: start from SEED, add each word with `extend`, read it with `sequenceKey`. */
export const SEED: readonly [number, number] = [0x2545f491, 0x9e3779b9 | 0];

export function extend(state: readonly [number, number], token: { a: number; b: number }): [number, number] {
  let a = Math.imul(state[0] ^ token.a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  let b = Math.imul(state[1] ^ token.b, 0x27d4eb2f);
  b ^= b >>> 15;
  b = Math.imul(b, 0x165667b1);
  b ^= b >>> 13;
  return [a, b];
}

/** A sequence's hash as one number (53 bits, never 0, which marks an empty slot). */
export function sequenceKey(state: readonly [number, number]): number {
  return (state[0] >>> 0) * 2097152 + (state[1] >>> 11) || 1;
}
