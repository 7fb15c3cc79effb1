import { describe, expect, it } from 'vitest';
import { IDS_HELD, SeenIds } from '../../src/logs/seen-ids.js';

describe('change IDs seen before (M8), in bounded memory', () => {
  it('tells repeats from new IDs, and stops checking (and says so) past its cap', () => {
    const seen = new SeenIds();
    let repeats = 0;
    for (let i = 0; i < IDS_HELD; i++) if (seen.seenBefore(`dddddddd-0000-0000-0000-${String(i).padStart(12, '0')}`)) repeats++;
    expect(repeats).toBe(0);
    expect(seen.seenBefore('dddddddd-0000-0000-0000-000000000007')).toBe(true);
    expect(seen.full).toBe(false);
    expect(seen.seenBefore('one more')).toBe(false);
    expect(seen.full).toBe(true);
    expect(seen.seenBefore('dddddddd-0000-0000-0000-000000000007')).toBe(false);
  });
});
