import { cleanText } from '../sanitize.js';
import { extend, normaliseText, SEED, sequenceKey, tokenize, type Token } from './text.js';

// The people a report may name: every identity of every failed, skipped or warned event.
// Kept as hashes of word sequences in one flat table, so a large log costs a few bytes a
// name, and matched by looking up the words that follow each word of a text: a few
// table lookups per word, however many names are known (no pattern of all the names).

/** Longest word sequence looked up; a longer name is kept as overlapping pieces of this length. */
const MAX_WORDS = 16;
/** Names up to this many words are also known in every rotated order ("Surname, Given"). */
const MAX_ROTATED = 6;

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
  /** The last value remembered: neighbouring events mostly name the same people. */
  private last = '';

  /** Remembers a name, sign-in name or id, so that every spelling of it in the report is replaced. */
  remember(value: string, kind: KnownKind): void {
    if (value === this.last) return;
    this.last = value;
    const text = normaliseText(cleanText(value));
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    if (this.table.get(sequenceKey(hashOf(tokens, 0, Math.min(tokens.length, MAX_WORDS)))) >= 0) return;
    // Short values ("Li" as a name is fine; "7" or "2024" as an id is not) are replaced
    // only where a field says who it was, never inside free text.
    const distinctive = text.length >= 2 && !/^\d{1,5}$/.test(text);
    const value32 = this.entries++ * 4 + (distinctive ? 2 : 0) + (kind === 'id' ? 1 : 0);
    const n = tokens.length;
    if (n <= MAX_WORDS) {
      this.put(tokens, value32);
      if (kind === 'person' && n <= MAX_ROTATED && !text.includes('@')) {
        for (let k = 1; k < n; k++) this.put([...tokens.slice(k), ...tokens.slice(0, k)], value32);
      }
    } else {
      for (let i = 0; i < n; i++) this.put(tokens.slice(i, i + MAX_WORDS), value32);
    }
  }

  /** The longest remembered sequence starting at tokens[i] (only distinctive ones when `distinctiveOnly`). */
  matchAt(tokens: Token[], i: number, distinctiveOnly: boolean): KnownMatch | null {
    let state = SEED;
    let found: KnownMatch | null = null;
    const last = Math.min(tokens.length, i + this.longest);
    for (let j = i; j < last; j++) {
      state = extend(state, tokens[j]!);
      const value = this.table.get(sequenceKey(state));
      if (value < 0 || (distinctiveOnly && (value & 2) === 0)) continue;
      found = { entry: value >> 2, kind: value & 1 ? 'id' : 'person', length: j - i + 1 };
    }
    return found;
  }

  private put(tokens: Token[], value: number): void {
    this.table.setIfAbsent(sequenceKey(hashOf(tokens, 0, tokens.length)), value);
    this.longest = Math.max(this.longest, tokens.length);
  }
}

function hashOf(tokens: Token[], from: number, to: number): [number, number] {
  let state: [number, number] = [SEED[0], SEED[1]];
  for (let i = from; i < to; i++) state = extend(state, tokens[i]!);
  return state;
}

/** Open addressing over typed arrays: 12 bytes a slot, no object per entry. */
class HashTable {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  private size = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = key % this.keys.length; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === 0) return -1;
    }
  }

  setIfAbsent(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = key % this.keys.length; ; slot = (slot + 1) & mask) {
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
