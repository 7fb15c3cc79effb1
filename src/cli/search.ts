import type { Content } from '../content/model.js';
import { limitQuery, MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS } from '../engine/query-limit.js';
import { searchOnce, whyText } from '../engine/search.js';
import { columns } from './columns.js';
import { messages } from '../i18n/messages.js';
import { ExitCode } from './exit-codes.js';
import { jsonLanguage } from './json-language.js';
import { writeError } from './output.js';
import { contentToSearch } from './read-search-index.js';

export interface SearchOptions {
  json?: boolean;
  limit?: number;
}

/**
 * `provision-doctor search <sentence>`: ranked like the wizard's search, each hit with why it
 * matched; when nothing is relevant, "no good match" and the topics, exit 1. `catalogue` may be
 * the error-code catalogue: `whole` loads the whole content if there is no index to go with it.
 */
export async function runSearch(
  catalogue: Content,
  words: string[],
  options: SearchOptions,
  out: (text: string) => void,
  whole: () => Promise<Content> = async () => catalogue,
): Promise<number> {
  const m = messages(catalogue.language);
  const { query, cut } = limitQuery(words.join(' '));
  // On stderr, so the text and the JSON on stdout keep their shape.
  if (cut) writeError(`provision-doctor search: ${m.plain.queryCut(MAX_QUERY_WORDS, MAX_QUERY_CHARACTERS)}`);
  const { content, prebuilt } = await contentToSearch(catalogue, whole);
  // One query per process: only the index terms it can reach are loaded.
  const hits = searchOnce(content, query, options.limit ?? 10, prebuilt, m.walk.lookup);
  if (options.json) {
    out(
      JSON.stringify(
        {
          language: jsonLanguage(content),
          query,
          hits: hits.map(({ id, kind, title, code, why }) => ({ id, kind, title, ...(code ? { code } : {}), why })),
          ...(hits.length === 0 ? { topics: topicsOf(content) } : {}),
        },
        null,
        2,
      ),
    );
  } else if (hits.length === 0) {
    const lines = [m.noGoodMatch(query)];
    topicsOf(content).forEach((t, i) => lines.push(`  ${i + 1}. ${t.label} (provision-doctor show ${t.next})`));
    out(lines.join('\n'));
  } else {
    out(columns(hits.map((h, i) => [`${i + 1}.`, h.id, m.plain.kind[h.kind] ?? h.kind, `${h.code ? `${h.code}: ${h.title}` : h.title}  (${whyText(h, m.plain)})`])).join('\n'));
  }
  return hits.length > 0 ? ExitCode.ok : ExitCode.notFound;
}


function topicsOf(content: Content): Array<{ label: string; next: string }> {
  const start = content.nodes[content.start];
  return start?.kind === 'question' ? start.options.map(({ label, next }) => ({ label, next })) : [];
}

// `explain` loads retrieval through this module (its own chunk) only when a code is not found.
export { findByMeaning } from '../engine/search.js';
export { contentToSearch, readSearchIndex } from './read-search-index.js';
