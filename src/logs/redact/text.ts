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
/** Printable ASCII with single spaces inside: clean and normal already. */
const ALREADY_NORMAL = /^(?! )(?!.*  )(?!.* $)[\x20-\x7e]*$/;

/** Whether `text` is its own clean, normalised form: most names and ids are, and need no work. */
export function isAlreadyNormal(text: string): boolean {
  return ALREADY_NORMAL.test(text);
}

/** NFKC, no invisible characters, every run of whitespace (no-break and ideographic spaces too) one space, trimmed. */
export function normaliseText(text: string): string {
  const s = PLAIN_ASCII.test(text) ? text : text.replace(INVISIBLE, '').normalize('NFKC');
  return s.replace(SPACES, ' ').trim();
}

/** The words of a normalised text: where each starts and ends, and the hash of its key (case and accents left out). Typed arrays: a long text makes no object per word. */
export class Tokens {
  count = 0;
  start = new Int32Array(16);
  end = new Int32Array(16);
  a = new Int32Array(16);
  b = new Int32Array(16);

  /** Adds the word text[start, end); `ascii`: it has no other characters, so its key is hashed without making a string. */
  push(start: number, end: number, text: string, ascii: boolean): void {
    if (this.count === this.start.length) {
      for (const name of ['start', 'end', 'a', 'b'] as const) {
        const grown = new Int32Array(this.count * 2);
        grown.set(this[name]);
        this[name] = grown;
      }
    }
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    if (ascii) hashAscii(text, start, end);
    else hashKey(wordKey(text.slice(start, end)));
    // Spread, so that sums of word hashes stay well mixed.
    this.a[i] = fmix(hashA);
    this.b[i] = fmix(hashB ^ 0x5bd1e995);
  }
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

/** The kind of a non-ASCII character. */
function kindOf(char: string): Kind {
  if (OWN_WORD.test(char)) return Kind.OwnWord;
  if (LETTER_OR_DIGIT.test(char)) return Kind.Word;
  if (MARK.test(char)) return Kind.Mark;
  return Kind.Separator;
}

const isAsciiWord = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The words of `text` from `from` to `to`: runs of letters and digits (marks stay with their letter), punctuation and spaces between them ignored. */
export function tokenize(text: string, from = 0, to = text.length, tokens = new Tokens()): Tokens {
  tokens.count = 0;
  let start = -1;
  let ascii = true;
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    // Most text is ASCII: decided without a pattern.
    if (code < 0x80) {
      if (isAsciiWord(code)) {
        if (start < 0) {
          start = i;
          ascii = true;
        }
      } else if (start >= 0) {
        tokens.push(start, i, text, ascii);
        start = -1;
      }
      i++;
      continue;
    }
    const point = text.codePointAt(i)!;
    const width = point > 0xffff ? 2 : 1;
    const kind = kindOf(text.slice(i, i + width));
    if (kind === Kind.Separator || kind === Kind.OwnWord) {
      if (start >= 0) tokens.push(start, i, text, ascii);
      start = -1;
    }
    if (kind === Kind.OwnWord) {
      // A word of its own, with the marks after it.
      let end = i + width;
      while (end < to && MARK.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
      tokens.push(i, end, text, false);
      i = end;
      continue;
    }
    if (kind === Kind.Word && start < 0) start = i;
    // A mark with no letter before it starts nothing.
    ascii = false;
    i += width;
  }
  if (start >= 0) tokens.push(start, to, text, ascii);
  return tokens;
}

/** A word compared without case or accents: "José", "JOSE" and "jose" are one key. */
export function wordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

// Two independent 32-bit FNV-1a hashes of the key: together 53 bits, so that two
// different names share a hash only by a chance too small to matter (and then a
// word is hidden that need not be, never the other way round).
// Set by the two functions below (no pair allocated per word).
let hashA = 0;
let hashB = 0;

function hashKey(key: string): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  hashA = a;
  hashB = b;
}

/** hashKey of the lower-cased ASCII word, without making the string. */
function hashAscii(text: string, start: number, end: number): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  hashA = a;
  hashB = b;
}

// The hash of a group of words, in any order: the sum of the words' (spread) hashes, then
// the sums and the number of words mixed. Order-free on purpose: "Doe, Jane", "Jane Doe" and
// "DOE Jane" are one person, with one entry in the table of known names.

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A group's hash as one number (53 bits, never 0, which marks an empty slot), from the sums of its words' hashes. */
export function groupKey(sumA: number, sumB: number, count: number): number {
  const a = fmix(sumA ^ Math.imul(count, 0x9e3779b1));
  const b = fmix((sumB + Math.imul(count, 0x7feb352d)) | 0);
  return (a >>> 0) * 2097152 + (b >>> 11) || 1;
}
