import { readFileSync } from 'node:fs';
import type { Content } from '../content/model.js';
import { indexBelongsTo, type PrebuiltIndex } from '../engine/search-index.js';

/**
 * The index the build wrote for this content, or undefined (content from --content, or a
 * damaged install): search then indexes the content itself, which costs a fifth of a second.
 */
export function readSearchIndex(content: Content): PrebuiltIndex | undefined {
  if (!content.searchIndexFile) return undefined;
  try {
    return JSON.parse(readFileSync(content.searchIndexFile, 'utf8')) as PrebuiltIndex;
  } catch {
    return undefined;
  }
}

/**
 * What a search reads: the error-code catalogue with the prebuilt index, which names every other
 * node a hit can show (a third of the whole content to parse); else, when there is no index
 * for it, the whole content.
 */
export async function contentToSearch(catalogue: Content, whole: () => Promise<Content>): Promise<{ content: Content; prebuilt?: PrebuiltIndex }> {
  const prebuilt = readSearchIndex(catalogue);
  if (catalogue.part !== 'codes') return { content: catalogue, prebuilt };
  if (prebuilt && indexBelongsTo(prebuilt, catalogue)) return { content: catalogue, prebuilt };
  const content = await whole();
  return { content, prebuilt: readSearchIndex(content) };
}
