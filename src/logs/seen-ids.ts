// Overlapping exports (two downloads of the same days, the JSON and CSV copies of one log)
// hold the same events twice. An event's change ID names it whatever the format, so an ID
// seen before means the event is already counted. The IDs are held as 64-bit hashes in an
// open-addressing table of typed arrays (8 bytes a slot): a Set of strings would cost ten
// times that. Among a million IDs, the odds that any two share a hash are about 1 in 30 million.

/** Distinct change IDs remembered; past this, events are no longer checked (and the report says so). */
export const IDS_HELD = 1_000_000;
const FIRST_SLOTS = 1 << 16;

export class SeenIds {
  private high = new Uint32Array(FIRST_SLOTS);
  private low = new Uint32Array(FIRST_SLOTS);
  private size = 0;
  /** Set when the table is full: later events are counted without the check. */
  full = false;

  /** Whether `id` was seen before; remembers it otherwise. */
  seenBefore(id: string): boolean {
    if (this.full) return false;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    // 0 marks an empty slot: a hash of 0 is moved.
    h1 = (h1 >>> 0) || 1;
    h2 >>>= 0;
    const mask = this.high.length - 1;
    for (let slot = (h2 ^ h1) & mask; ; slot = (slot + 1) & mask) {
      const high = this.high[slot]!;
      if (high === 0) break;
      if (high === h1 && this.low[slot] === h2) return true;
    }
    if (this.size >= IDS_HELD) {
      this.full = true;
      return false;
    }
    if ((this.size + 1) * 2 > this.high.length) this.grow();
    this.put(h1, h2);
    this.size++;
    return false;
  }

  private put(h1: number, h2: number): void {
    const mask = this.high.length - 1;
    let slot = (h2 ^ h1) & mask;
    while (this.high[slot] !== 0) slot = (slot + 1) & mask;
    this.high[slot] = h1;
    this.low[slot] = h2;
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    for (let i = 0; i < high.length; i++) if (high[i] !== 0) this.put(high[i]!, low[i]!);
  }
}
