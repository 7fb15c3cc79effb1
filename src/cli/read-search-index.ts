import { readFileSync } from 'node:fs';
import type { Content } from '../content/model.js';
import type { PrebuiltIndex } from '../engine/search-index.js';

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
