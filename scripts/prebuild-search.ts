import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../src/content/model.js';
import type { LocaleOverlay } from '../src/content/schema.js';
import { applyCompiledOverlay } from '../src/content/translate.js';
import { prebuildSearchIndex } from '../src/engine/search-index.js';

/**
 * The search indexes the build writes beside the compiled content, so `search` starts without
 * indexing: dist/search-index.json for English and search-index.<lang>.json for each compiled
 * translation (dist/locales/<lang>.json), whose text is stemmed in its own language.
 */
export function writeSearchIndexes(dist: string): void {
  const content = JSON.parse(readFileSync(join(dist, 'content.json'), 'utf8')) as Content;
  writeFileSync(join(dist, 'search-index.json'), JSON.stringify(prebuildSearchIndex(content)));
  for (const file of readdirSync(join(dist, 'locales')).filter((name) => name.endsWith('.json'))) {
    const overlay = JSON.parse(readFileSync(join(dist, 'locales', file), 'utf8')) as LocaleOverlay;
    const translated = applyCompiledOverlay(content, overlay);
    writeFileSync(join(dist, `search-index.${overlay.locale}.json`), JSON.stringify(prebuildSearchIndex(translated)));
  }
}
