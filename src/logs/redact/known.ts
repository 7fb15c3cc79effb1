import { cleanText } from '../sanitize.js';
import { mixA, mixB, normaliseText, SEED_A, SEED_B, sequenceKey, tokenize, type Tokens } from './text.js';

// The people a report may name: every identity of every failed, skipped or warned event.
// Kept as hashes of word sequences in one flat table, so a large log costs a few bytes a
// name, and matched by looking up the words that follow each word of a text: a few
// table lookups per word, however many names are known (no pattern of all the names).

/** Longest word sequence looked up; a longer name is kept as overlapping pieces of this length. */
const MAX_WORDS = 16;
/** Names up to this many words are also known in every rotated order ("Surname, Given"). */
const MAX_ROTATED = 6;

const APOSTROPHE_IN_WORD = /(?<=\p{L})['\u2019\u02bc`\u00b4](?=\p{L})/gu;

export type KnownKind = 'person' | 'id';

/** What a match found: an entry (one per remembered value, shared by its other orders) and its kind. */
export interface KnownMatch {
  entry: number;
  kind: KnownKind;
  /** Tokens covered. */
  length: number;
}

export class KnownIdentities {
  private readonly table = new HashTable();
  private entries = 0;
  /** The most words of any remembered sequence: how far a match is looked for. */
  private longest = 0;
  /**
   * Which words start a remembered sequence, by a few bits of their hash: most words of a
   * text start none, and this tells so without hashing any longer sequence.
   */
  private readonly firstWords = new Uint32Array(FIRST_WORD_BITS / 32);
  /** The last value remembered: neighbouring events mostly name the same people. */
  private last = '';

  /** Remembers a name, sign-in name or id, so that every spelling of it in the report is replaced. */
  remember(value: string, kind: KnownKind): void {
    if (value === this.last) return;
    this.last = value;
    const text = normaliseText(cleanText(value));
    const tokens = tokenize(text);
    const n = tokens.count;
    if (n === 0) return;
    const words = Array.from({ length: n }, (_, i) => i);
    if (this.table.get(keyOf(tokens, words.slice(0, MAX_WORDS))) >= 0) return;
    // Short values ("Li" as a name is fine; "7" or "2024" as an id is not) are replaced
    // only where a field says who it was, never inside free text.
    const distinctive = text.length >= 2 && !/^\d{1,5}$/.test(text);
    const value32 = this.entries++ * 4 + (distinctive ? 2 : 0) + (kind === 'id' ? 1 : 0);
    const name = kind === 'person' && !text.includes('@');
    this.putForms(tokens, name, value32);
    // O'Brien is often written OBrien where punctuation is not allowed (sign-in names, other systems).
    const joined = name ? text.replace(APOSTROPHE_IN_WORD, '') : text;
    if (joined !== text) this.putForms(tokenize(joined), name, value32);
  }

  /** The words in their order, and for a name also in every rotated order; a very long value as overlapping pieces. */
  private putForms(tokens: Tokens, name: boolean, value: number): void {
    const n = tokens.count;
    const words = Array.from({ length: n }, (_, i) => i);
    if (n > MAX_WORDS) {
      for (let i = 0; i < n; i++) this.put(tokens, words.slice(i, i + MAX_WORDS), value);
      return;
    }
    this.put(tokens, words, value);
    if (name && n <= MAX_ROTATED) for (let k = 1; k < n; k++) this.put(tokens, [...words.slice(k), ...words.slice(0, k)], value);
  }

  /** The longest remembered sequence starting at tokens[i] (only distinctive ones when `distinctiveOnly`). */
  matchAt(tokens: Tokens, i: number, distinctiveOnly: boolean): KnownMatch | null {
    const bit = firstWordBit(tokens.a[i]!, tokens.b[i]!);
    if ((this.firstWords[bit >>> 5]! & (1 << (bit & 31))) === 0) return null;
    let a = SEED_A;
    let b = SEED_B;
    let found: KnownMatch | null = null;
    const last = Math.min(tokens.count, i + this.longest);
    for (let j = i; j < last; j++) {
      a = mixA(a, tokens.a[j]!);
      b = mixB(b, tokens.b[j]!);
      const value = this.table.get(sequenceKey(a, b));
      if (value < 0 || (distinctiveOnly && (value & 2) === 0)) continue;
      found = { entry: value >> 2, kind: value & 1 ? 'id' : 'person', length: j - i + 1 };
    }
    return found;
  }

  /** Remembers the words of `tokens` taken in the order `words`. */
  private put(tokens: Tokens, words: number[], value: number): void {
    this.table.setIfAbsent(keyOf(tokens, words), value);
    const bit = firstWordBit(tokens.a[words[0]!]!, tokens.b[words[0]!]!);
    this.firstWords[bit >>> 5]! |= 1 << (bit & 31);
    this.longest = Math.max(this.longest, words.length);
  }
}

const FIRST_WORD_BITS = 1 << 22;

function firstWordBit(a: number, b: number): number {
  return (a ^ Math.imul(b, 0x9e3779b1)) >>> 10;
}

function keyOf(tokens: Tokens, words: number[]): number {
  let a = SEED_A;
  let b = SEED_B;
  for (const w of words) {
    a = mixA(a, tokens.a[w]!);
    b = mixB(b, tokens.b[w]!);
  }
  return sequenceKey(a, b);
}

/** Open addressing over typed arrays: 12 bytes a slot, no object per entry. */
class HashTable {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  private size = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = (key >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === 0) return -1;
    }
  }

  setIfAbsent(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = (key >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return;
      if (k === 0) {
        this.keys[slot] = key;
        this.values[slot] = value;
        this.size++;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.setIfAbsent(keys[i]!, values[i]!);
  }
}
