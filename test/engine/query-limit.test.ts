import { describe, expect, it } from 'vitest';
import { limitQuery, MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS } from '../../src/engine/query-limit.js';

describe('limitQuery (L8)', () => {
  it('gives a query within the limits back exactly, spaces included', () => {
    expect(limitQuery('entry conflict ')).toEqual({ query: 'entry conflict ', cut: false });
    const twenty = Array.from({ length: MAX_QUERY_WORDS }, (_, i) => `w${i}`).join(' ');
    expect(limitQuery(twenty)).toEqual({ query: twenty, cut: false });
  });

  it(`cuts after ${MAX_QUERY_WORDS} words and after ${MAX_QUERY_CHARACTERS} characters`, () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    expect(limitQuery(words.join(' '))).toEqual({ query: words.slice(0, MAX_QUERY_WORDS).join(' '), cut: true });
    const long = limitQuery('EntryConflict'.repeat(9000));
    expect(long.cut).toBe(true);
    expect(long.query).toHaveLength(MAX_QUERY_CHARACTERS);
  });

  it('leaves out a word the character limit would cut in half, unless it is the only word', () => {
    const words = 'quarantine '.repeat(19).trim();
    expect(limitQuery(words)).toEqual({ query: 'quarantine '.repeat(18).trim(), cut: true });
  });

  it('never ends on half a character', () => {
    const { query } = limitQuery(`${'a'.repeat(MAX_QUERY_CHARACTERS - 1)}\u{1F600}b`);
    expect(query).toBe('a'.repeat(MAX_QUERY_CHARACTERS - 1));
  });
});
