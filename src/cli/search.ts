import type { Content } from '../content/model.js';
import { limitQuery, QUERY_CUT_NOTE } from '../engine/query-limit.js';
import { ContentSearch } from '../engine/search.js';
import { columns } from './columns.js';
import { ExitCode } from './exit-codes.js';
import { writeError } from './output.js';

export interface SearchOptions {
  json?: boolean;
  limit?: number;
}

/** `provision-doctor search <words...>`: ranked like the wizard's search; exit 1 when nothing matches. */
export function runSearch(content: Content, words: string[], options: SearchOptions, out: (text: string) => void): number {
  const { query, cut } = limitQuery(words.join(' '));
  // On stderr, so the text and the JSON on stdout keep their shape.
  if (cut) writeError(`provision-doctor search: ${QUERY_CUT_NOTE}`);
  const hits = new ContentSearch(content).search(query, options.limit ?? 10);
  if (options.json) {
    out(JSON.stringify({ query, hits: hits.map(({ id, kind, title, code }) => ({ id, kind, title, ...(code ? { code } : {}) })) }, null, 2));
  } else if (hits.length === 0) {
    out(`No matches for "${query}".`);
  } else {
    out(columns(hits.map((h, i) => [`${i + 1}.`, h.id, h.kind, h.code ? `${h.code}: ${h.title}` : h.title])).join('\n'));
  }
  return hits.length > 0 ? ExitCode.ok : ExitCode.notFound;
}
