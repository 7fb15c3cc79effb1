import { cleanText } from '../sanitize.js';
import { findEmails, GUID_ALONE } from './identifiers.js';
import { groupKey, isAlreadyNormal, normaliseText, tokenize, Tokens } from './text.js';

// The people a report may name: every identity of every failed, skipped or warned event.
// Kept as hashes of groups of words (in any order) in one flat table, so a large log costs
// a few bytes a name, and matched by looking up the words that follow each word of a text:
// a few table lookups per word, however many names are known (no pattern of all the names).

/** Longest word sequence looked up; a longer name is kept as overlapping pieces of this length. */
const MAX_WORDS = 16;
/** Characters of a value remembered: no name is longer, and a hostile megabyte "name" costs no more. */
const MAX_VALUE_CHARS = 1_000;

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
  /** Words of the value being remembered, and of its form without apostrophes: reused, as this runs for every event. */
  private readonly words = new Tokens();
  private readonly joinedWords = new Tokens();

  /** Remembers a name, sign-in name or id, so that every spelling of it in the report is replaced. */
  remember(value: string, kind: KnownKind): void {
    const short = value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
    const text = isAlreadyNormal(short) ? short : normaliseText(cleanText(short));
    // Addresses and GUIDs are found by their form wherever they are written.
    if (GUID_ALONE.test(text) || (text.includes('@') && isOneAddress(text))) return;
    const tokens = tokenize(text, 0, text.length, this.words);
    const n = tokens.count;
    if (n === 0) return;
    if (this.table.get(keyOf(tokens, 0, Math.min(n, MAX_WORDS))) >= 0) return;
    // Short values ("Li" as a name is fine; "7" or "2024" as an id is not) are replaced
    // only where a field says who it was, never inside free text.
    const distinctive = text.length >= 2 && !/^\d{1,5}$/.test(text);
    const entry = this.entries++ * 4 + (distinctive ? 2 : 0) + (kind === 'id' ? 1 : 0);
    this.putForms(tokens, entry);
    // O'Brien is often written OBrien where punctuation is not allowed (sign-in names, other systems).
    const joined = kind === 'person' ? text.replace(APOSTROPHE_IN_WORD, '') : text;
    if (joined !== text) this.putForms(tokenize(joined, 0, joined.length, this.joinedWords), entry);
  }

  /**
   * The words (known in any order, so also as "Surname, Given"); a very long value as
   * overlapping pieces. `entry` holds the entry number, whether the value is distinctive
   * (bit 1) and whether it is an id (bit 0).
   */
  private putForms(tokens: Tokens, entry: number): void {
    const n = tokens.count;
    if (n <= MAX_WORDS) this.put(tokens, 0, n, entry);
    else for (let i = 0; i < n; i++) this.put(tokens, i, Math.min(MAX_WORDS, n - i), entry);
  }

  /** The longest remembered sequence starting at tokens[i] (only distinctive ones when `distinctiveOnly`). */
  matchAt(tokens: Tokens, i: number, distinctiveOnly: boolean): KnownMatch | null {
    const bit = firstWordBit(tokens.a[i]!, tokens.b[i]!);
    if ((this.firstWords[bit >>> 5]! & (1 << (bit & 31))) === 0) return null;
    let a = 0;
    let b = 0;
    let found: KnownMatch | null = null;
    const last = Math.min(tokens.count, i + this.longest);
    for (let j = i; j < last; j++) {
      a = (a + tokens.a[j]!) | 0;
      b = (b + tokens.b[j]!) | 0;
      const value = this.table.get(groupKey(a, b, j - i + 1));
      if (value < 0 || (distinctiveOnly && (value & 2) === 0)) continue;
      found = { entry: value >> 2, kind: value & 1 ? 'id' : 'person', length: j - i + 1 };
    }
    return found;
  }

  /** Remembers `length` words of `tokens` from `from`; any of them may come first in a text. */
  private put(tokens: Tokens, from: number, length: number, value: number): void {
    this.table.setIfAbsent(keyOf(tokens, from, length), value);
    for (let w = from; w < from + length; w++) {
      const bit = firstWordBit(tokens.a[w]!, tokens.b[w]!);
      this.firstWords[bit >>> 5]! |= 1 << (bit & 31);
    }
    this.longest = Math.max(this.longest, length);
  }
}

/** Whether the whole text is one email address, as the address finder sees it. */
function isOneAddress(text: string): boolean {
  const found = findEmails(text);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length;
}

const FIRST_WORD_BITS = 1 << 22;

function firstWordBit(a: number, b: number): number {
  return (a ^ Math.imul(b, 0x9e3779b1)) >>> 10;
}

function keyOf(tokens: Tokens, from: number, length: number): number {
  let a = 0;
  let b = 0;
  for (let w = from; w < from + length; w++) {
    a = (a + tokens.a[w]!) | 0;
    b = (b + tokens.b[w]!) | 0;
  }
  return groupKey(a, b, length);
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
