import type { CodeNode, Content } from '../content/model.js';
import { familyOf } from '../engine/code-family.js';
import { CodeIndex, type LookupResult } from '../engine/lookup.js';
import type { SearchHit } from '../engine/search.js';
import { ExitCode } from './exit-codes.js';
import { loadSearch } from './load-search.js';
import { codeEntryJson, renderCodeEntry } from './render-code.js';

export interface ExplainOptions {
  json?: boolean;
}

type Code = CodeNode & { id: string };

/** What `explain` found for a code the catalogue does not know. */
interface Unknown {
  /** The family read from the code's shape, e.g. "a Microsoft Graph error". */
  family: string | null;
  /** Catalogue codes of that family close in meaning, then codes close in spelling. */
  suggestions: Code[];
  /** For a pasted sentence with no code in it: the nodes that answer it. */
  related: SearchHit[];
}

/**
 * `provision-doctor explain <code...>`: exit 0 when every code was found, 1 otherwise. The
 * search index loads only when a code is not found: its family's entries are suggested by
 * meaning, and a pasted line without a code is answered by retrieval.
 */
export async function runExplain(content: Content, codes: string[], options: ExplainOptions, out: (text: string) => void): Promise<number> {
  const index = new CodeIndex(content);
  const results = codes.map((code) => index.lookup(code));
  const unknowns = new Map<LookupResult, Unknown>();
  for (const result of results.filter((r) => !r.match)) unknowns.set(result, await unknownOf(content, result));
  if (options.json) {
    const json = results.map((r) => explainJson(content, r, unknowns.get(r)));
    out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  } else {
    out(results.map((r) => explainText(content, r, unknowns.get(r))).join('\n\n'));
  }
  return results.every((r) => r.match) ? ExitCode.ok : ExitCode.notFound;
}

async function unknownOf(content: Content, result: LookupResult): Promise<Unknown> {
  const { findByMeaning } = await loadSearch();
  const family = familyOf(result.input);
  const hits = result.input ? findByMeaning(content, result.input, 10) : [];
  const codes = hits.map((h) => content.nodes[h.id]).filter((n): n is Code => n?.kind === 'code' && n.category !== 'general');
  // A pasted line is answered by meaning alone: spelling says nothing about a sentence.
  if (/\s/.test(result.input)) return { family: null, suggestions: [], related: hits.slice(0, 3) };
  const byMeaning = family ? codes.filter((c) => family.categories.includes(c.category)) : codes;
  const suggestions = [...new Set([...byMeaning.slice(0, 3), ...result.suggestions])].slice(0, 3);
  return { family: family?.name ?? null, suggestions, related: [] };
}

function explainText(content: Content, result: LookupResult, unknown?: Unknown): string {
  if (result.match) {
    const { entry, matchedAs, matched, note } = result.match;
    const how = matchedAs === 'code' ? '' : matchedAs === 'alias' ? ` (alias "${matched}")` : ` (${note})`;
    return `${entry.code}${how}\n${renderCodeEntry(content, entry)}`;
  }
  const lines = [`"${result.input}" is not in the error-code catalogue${unknown?.family ? `; by its shape it is ${unknown.family}` : ''}.`];
  if (unknown?.suggestions.length) lines.push(`Close to it, not the same code: ${unknown.suggestions.map((s) => s.code).join(', ')}`);
  if (unknown?.related.length) {
    lines.push('', 'These may answer what the line describes:');
    unknown.related.forEach((h, i) => lines.push(`  ${i + 1}. ${h.title} (provision-doctor show ${h.id})`));
  }
  if (result.fallback) lines.push('', renderCodeEntry(content, result.fallback));
  return lines.join('\n');
}

function explainJson(content: Content, result: LookupResult, unknown?: Unknown) {
  if (result.match) {
    const { entry, matchedAs, matched, note } = result.match;
    return { input: result.input, ...codeEntryJson(content, entry), matchedAs, matched, ...(note ? { note } : {}) };
  }
  return {
    input: result.input,
    code: null,
    matchedAs: null,
    family: unknown?.family ?? null,
    suggestions: (unknown?.suggestions ?? result.suggestions).map((s) => s.code),
    related: (unknown?.related ?? []).map(({ id, kind, title }) => ({ id, kind, title })),
    fallback: result.fallback ? codeEntryJson(content, result.fallback) : null,
  };
}
