import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { ContentSearch } from '../../src/engine/search.js';

const content = loadContentDir('test/fixtures/content-cli').content!;
const search = new ContentSearch(content);
const ids = (query: string, limit?: number) => search.search(query, limit).map((h) => h.id);

describe('ContentSearch ranking', () => {
  it.each([
    ['EntryConflict', 'entry-conflict'],
    ['entry conflict', 'entry-conflict'],
    ['ENTRY-CONFLICT', 'entry-conflict'],
    ['EntryConflictMatchingObject', 'entry-conflict'],
    ['check-scope', 'check-scope'],
    ['Insuf', 'insufficient-rights'],
    ['EntryN', 'entry-not-found'],
  ])('%s ranks %s first', (query, first) => {
    expect(ids(query)[0]).toBe(first);
  });

  it('puts the codes that hold the word first', () => {
    expect(ids('Entry').slice(0, 2)).toEqual(['entry-conflict', 'entry-not-found']);
  });

  it('matches a query of several words spread over a node', () => {
    expect(ids('restart job')[0]).toBe('fix-quarantine');
    expect(ids('users are not assigned to the app').slice(0, 2).sort()).toEqual(['assign-users', 'users-missing']);
  });

  it('tolerates a typo in a word', () => {
    expect(ids('qurantine')[0]).toBe('quarantine-facts');
  });

  it('returns nothing for noise, an empty query, and honours the limit', () => {
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('entry', 1)).toHaveLength(1);
  });

  it('scores better matches higher, a code read in the query highest', () => {
    const hits = search.search('quarantine');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(search.search('EntryConflict')[0]!.score).toBe(Infinity);
  });
});
