import { distance } from 'fastest-levenshtein';
import { codeNodes, type CodeNode, type Content } from '../content/model.js';

type Code = CodeNode & { id: string };

/**
 * How an input matched: the code itself, one of its aliases, a variant with an
 * app or SCIM prefix (or suffix) around a known code, or a known code found
 * inside a longer line such as a log's reason text.
 */
export type MatchedAs = 'code' | 'alias' | 'variant' | 'in-text';

export interface CodeMatch {
  entry: Code;
  matchedAs: MatchedAs;
  /** The catalogue string that matched (the code or the alias). */
  matched: string;
  /** What was set aside to make the match, said to the admin, e.g. `ignored the prefix "Salesforce"`. */
  note?: string;
}

export interface LookupResult {
  input: string;
  match: CodeMatch | null;
  /** Nearest catalogue codes when nothing matched (for "did you mean"). */
  suggestions: Code[];
  /** The general advice for a code the catalogue does not know. */
  fallback: Code | null;
}

interface Key {
  key: string;
  text: string;
  entry: Code;
  as: 'code' | 'alias';
}

const MIN_VARIANT_KEY = 5;

/** Lower-case, letters and digits only; the renamed "Microsoft Entra ID" prefix reads as the literal code prefix. */
export function normalizeCode(text: string): string {
  return text
    .toLowerCase()
    .replace(/microsoft\s*entra\s*id/g, 'azureactivedirectory')
    .replace(/[^a-z0-9]/g, '');
}

export class CodeIndex {
  private readonly keys: Key[];
  private readonly byKey = new Map<string, Key>();
  readonly fallback: Code | null;

  constructor(content: Content) {
    const codes = codeNodes(content);
    this.keys = codes.flatMap((entry) => [
      { key: normalizeCode(entry.code), text: entry.code, entry, as: 'code' as const },
      ...entry.aliases.map((alias) => ({ key: normalizeCode(alias), text: alias, entry, as: 'alias' as const })),
    ]);
    for (const key of this.keys) if (!this.byKey.has(key.key)) this.byKey.set(key.key, key);
    this.fallback = codes.find((c) => c.category === 'general') ?? null;
  }

  lookup(input: string): LookupResult {
    const match = this.matchWhole(input) ?? this.matchInText(input);
    return { input, match, suggestions: match ? [] : this.suggest(input), fallback: this.fallback };
  }

  private matchWhole(input: string): CodeMatch | null {
    const key = normalizeCode(input);
    if (!key) return null;
    const exact = this.byKey.get(key);
    if (exact) return { entry: exact.entry, matchedAs: exact.as, matched: exact.text };

    let best: Key | undefined;
    for (const candidate of this.keys) {
      if (candidate.key.length < MIN_VARIANT_KEY) continue;
      if ((key.endsWith(candidate.key) || key.startsWith(candidate.key)) && candidate.key.length > (best?.key.length ?? 0)) {
        best = candidate;
      }
    }
    if (!best) return null;
    const at = key.endsWith(best.key) ? 'prefix' : 'suffix';
    // Show the set-aside part as the admin typed it when the input maps 1:1 onto the key.
    const typed = input.replace(/[^A-Za-z0-9]/g, '');
    const shown = typed.length === key.length ? typed : key;
    const extra = at === 'prefix' ? shown.slice(0, key.length - best.key.length) : shown.slice(best.key.length);
    return {
      entry: best.entry,
      matchedAs: 'variant',
      matched: best.text,
      note: `read "${input.trim()}" as "${best.text}" (ignored the ${at} "${extra}")`,
    };
  }

  private matchInText(input: string): CodeMatch | null {
    const words = input.split(/[^A-Za-z0-9_]+/).filter((w) => w.length >= MIN_VARIANT_KEY);
    if (words.length < 2) return null;
    for (const word of words) {
      const exact = this.byKey.get(normalizeCode(word));
      if (exact) {
        return { entry: exact.entry, matchedAs: 'in-text', matched: exact.text, note: `found the code "${exact.text}" in the text` };
      }
    }
    return null;
  }

  private suggest(input: string, limit = 3): Code[] {
    const key = normalizeCode(input);
    if (!key) return [];
    const scored = this.keys
      .map((k) => ({ entry: k.entry, score: distance(key, k.key) / Math.max(key.length, k.key.length) }))
      .filter((s) => s.score <= 0.5)
      .sort((a, b) => a.score - b.score);
    const seen = new Set<string>();
    const result: Code[] = [];
    for (const { entry } of scored) {
      if (seen.has(entry.id)) continue;
      seen.add(entry.id);
      result.push(entry);
      if (result.length === limit) break;
    }
    return result;
  }
}
