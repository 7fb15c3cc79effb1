import type { Content } from '../content/model.js';
import type { SearchHit } from '../engine/search.js';
import { readSearchIndex } from '../cli/read-search-index.js';
import { messages } from '../i18n/messages.js';

/** A search hit as the wizard shows it, with why it matched. */
export type FoundHit = SearchHit;
export type Finder = (query: string, limit: number) => FoundHit[];

/** The wizard's one way into the search engine, loaded on first use so the first frame does not wait for it. */
export async function loadFinder(content: Content): Promise<Finder> {
  const { ContentSearch } = await import('../engine/search.js');
  // The index the build wrote for the shipped content loads in a tenth of the time indexing takes.
  const index = new ContentSearch(content, readSearchIndex(content), messages(content.language).walk.lookup);
  // A screen asks for the same query several times a key (its list, its length, the choice):
  // the last answer is kept, so each query is searched once.
  let last: { key: string; hits: FoundHit[] } | undefined;
  return (query, limit) => {
    const key = `${limit}\u0000${query}`;
    if (last?.key !== key) last = { key, hits: index.search(query, limit) };
    return last.hits;
  };
}
