import type { Content } from '../content/model.js';
import { CodeIndex, type LookupResult } from '../engine/lookup.js';
import type { SearchHit } from '../engine/why.js';
import { explainUnknown, type UnknownCode } from '../engine/unknown-code.js';
import { messages } from '../i18n/messages.js';
import { ExitCode } from './exit-codes.js';
import { jsonLanguage } from './json-language.js';
import { loadSearch } from './load-search.js';
import { codeEntryJson, renderCodeEntry } from './render-code.js';

export interface ExplainOptions {
  json?: boolean;
}

/**
 * `provision-doctor explain <code...>`: exit 0 when every code was found, 1 otherwise. The
 * search index loads only when a code is not found: its family's entries are suggested by
 * meaning, and a pasted line without a code is answered by retrieval.
 */
export async function runExplain(
  catalogue: Content,
  codes: string[],
  options: ExplainOptions,
  out: (text: string) => void,
  whole: () => Promise<Content> = async () => catalogue,
): Promise<number> {
  let content = catalogue;
  const { walk } = messages(content.language);
  const first = new CodeIndex(content, walk.lookup);
  let results = codes.map((code) => first.lookup(code));
  const unknowns = new Map<LookupResult, UnknownCode>();
  // An unknown code is answered from the whole knowledge (search), loaded only then: the
  // catalogue with the search index, or the whole content where there is no index.
  if (results.some((r) => !r.match)) {
    const search = await loadSearch();
    const searchable = await search.contentToSearch(catalogue, whole);
    if (searchable.content !== content) {
      content = searchable.content;
      const index = new CodeIndex(content, walk.lookup);
      results = codes.map((code) => index.lookup(code));
    }
    const find = (query: string): SearchHit[] => search.findByMeaning(content, query, 10, searchable.prebuilt, walk.lookup);
    for (const result of results.filter((r) => !r.match)) unknowns.set(result, explainUnknown(content, result, find, walk.family));
  }
  if (options.json) {
    const json = results.map((r) => explainJson(content, r, unknowns.get(r)));
    out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  } else {
    out(results.map((r) => explainText(content, r, unknowns.get(r))).join('\n\n'));
  }
  return results.every((r) => r.match) ? ExitCode.ok : ExitCode.notFound;
}

function explainText(content: Content, result: LookupResult, unknown?: UnknownCode): string {
  const m = messages(content.language);
  if (result.match) {
    const { entry, matchedAs, matched, note } = result.match;
    const how = matchedAs === 'code' ? '' : matchedAs === 'alias' ? ` (${m.alias} "${matched}")` : ` (${note})`;
    return `${entry.code}${how}\n${renderCodeEntry(content, entry)}`;
  }
  const lines = [m.notInCatalogue(result.input, unknown?.family ?? undefined)];
  if (unknown?.suggestions.length) lines.push(`${m.closeNotSame}: ${unknown.suggestions.map((s) => s.code).join(', ')}`);
  if (unknown?.related.length) {
    lines.push('', m.mayAnswer);
    unknown.related.forEach((h, i) => lines.push(`  ${i + 1}. ${h.title} (provision-doctor show ${h.id})`));
  }
  if (result.fallback) lines.push('', renderCodeEntry(content, result.fallback));
  return lines.join('\n');
}

function explainJson(content: Content, result: LookupResult, unknown?: UnknownCode) {
  if (result.match) {
    const { entry, matchedAs, matched, note } = result.match;
    return { language: jsonLanguage(content), input: result.input, ...codeEntryJson(content, entry), matchedAs, matched, ...(note ? { note } : {}) };
  }
  return {
    language: jsonLanguage(content),
    input: result.input,
    code: null,
    matchedAs: null,
    family: unknown?.family ?? null,
    suggestions: (unknown?.suggestions ?? result.suggestions).map((s) => s.code),
    related: (unknown?.related ?? []).map(({ id, kind, title }) => ({ id, kind, title })),
    fallback: result.fallback ? codeEntryJson(content, result.fallback) : null,
  };
}
