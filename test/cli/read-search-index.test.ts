import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchIndex } from '../../src/cli/read-search-index.js';
import { loadContentDir } from '../../src/content/load.js';
import { ContentSearch, prebuildSearchIndex } from '../../src/engine/search.js';

const content = loadContentDir('content').content!;
const folder = mkdtempSync(join(tmpdir(), 'pd-index-'));

describe('the search index the build wrote, as every mode reads it', () => {
  it('is read for the shipped content and answers as indexing on the spot does', () => {
    const file = join(folder, 'search-index.json');
    writeFileSync(file, JSON.stringify(prebuildSearchIndex(content)));
    const prebuilt = readSearchIndex({ ...content, searchIndexFile: file });
    expect(prebuilt).toBeDefined();
    const query = 'users are not created in the app';
    expect(new ContentSearch(content, prebuilt).search(query)).toEqual(new ContentSearch(content).search(query));
  });

  it('is not looked for when the content came from --content, and a missing or damaged file means indexing', () => {
    expect(readSearchIndex(content)).toBeUndefined();
    expect(readSearchIndex({ ...content, searchIndexFile: join(folder, 'nowhere.json') })).toBeUndefined();
    const damaged = join(folder, 'damaged.json');
    writeFileSync(damaged, '{"ids": "en: ');
    expect(readSearchIndex({ ...content, searchIndexFile: damaged })).toBeUndefined();
  });
});
