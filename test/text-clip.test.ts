import { describe, expect, it } from 'vitest';
import { clip } from '../src/text/clip.js';
import { messages } from '../src/i18n/messages.js';

describe('clip: a text echoed back, cut short', () => {
  it('keeps a short text whole and cuts a long one with an ellipsis', () => {
    expect(clip('EntryConflict')).toBe('EntryConflict');
    expect(clip('x'.repeat(100_000))).toBe(`${'x'.repeat(59)}…`);
  });

  it('never leaves half of a character outside the Basic Multilingual Plane', () => {
    const cut = clip(`${'a'.repeat(58)}😀😀`);
    expect(cut).toBe(`${'a'.repeat(58)}…`);
  });

  it('keeps the "not in the catalogue" sentence short in every language when a whole log line was pasted', () => {
    for (const language of ['en', 'da', 'nl']) expect(messages(language).notInCatalogue('y'.repeat(100_000)).length).toBeLessThan(200);
  });
});
