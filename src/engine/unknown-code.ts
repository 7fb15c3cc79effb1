import type { CodeNode, Content } from '../content/model.js';
import { familyOf, type FamilyNames } from './code-family.js';
import type { LookupResult } from './lookup.js';
import { limitQuery } from './query-limit.js';
import type { SearchHit } from './why.js';

type Code = CodeNode & { id: string };

/** What can be said about input the code lookup did not find. */
export interface UnknownCode {
  /** The family read from the code's shape, e.g. "a Microsoft Graph error". */
  family: string | null;
  /** Catalogue codes of that family close in meaning, then codes close in spelling: never the same code. */
  suggestions: Code[];
  /** For a pasted line without a known code: the nodes that answer its words. */
  related: SearchHit[];
}

/**
 * Shared by `explain`, the wizard's error-code entry and the dialogue, so each says the same.
 * `search` is retrieval over the content (findByMeaning); a sentence is answered by meaning
 * alone, since spelling says nothing about it.
 */
export function explainUnknown(content: Content, result: LookupResult, search: (query: string) => SearchHit[], names?: FamilyNames): UnknownCode {
  // Searched within the query limits, as search and the wizard's fields are: a pasted 100 KB
  // line made the fuzzy matcher ask for a 10 GB table and crash.
  const hits = result.input ? search(limitQuery(result.input).query) : [];
  if (/\s/.test(result.input)) return { family: null, suggestions: [], related: hits.slice(0, 3) };
  const family = familyOf(result.input, names);
  const codes = hits.map((h) => content.nodes[h.id]).filter((n): n is Code => n?.kind === 'code' && n.category !== 'general');
  const byMeaning = family ? codes.filter((c) => family.categories.includes(c.category)) : codes;
  const suggestions = [...new Set([...byMeaning.slice(0, 3), ...result.suggestions])].slice(0, 3);
  return { family: family?.name ?? null, suggestions, related: [] };
}
