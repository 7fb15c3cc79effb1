import type { Content } from '../content/model.js';
import type { SearchHit } from '../engine/search.js';

/** A search hit as the wizard shows it; `why` says what matched, when the engine tells. */
export type FoundHit = SearchHit & { why?: string };
export type Finder = (query: string, limit: number) => FoundHit[];

/** The wizard's one way into the search engine, loaded on first use so the first frame does not wait for it. */
export async function loadFinder(content: Content): Promise<Finder> {
  const { ContentSearch } = await import('../engine/search.js');
  const index = new ContentSearch(content);
  return (query, limit) => index.search(query, limit);
}
