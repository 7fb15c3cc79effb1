import { distance } from 'fastest-levenshtein';
import { codeNodes, type CodeNode, type Content } from '../content/model.js';
import { stripControl } from '../text/strip-control.js';
import {
  atWordEdge,
  codeKey,
  normalizeCode,
  ENTRA_LITERAL,
  SCIM_LONG,
  SCIM_PREFIXES,
  typedSlice,
  usesPrintedEntraForm,
  type CodeKey,
} from './code-key.js';

export { normalizeCode } from './code-key.js';

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
  /** What was set aside or read differently, said to the admin, e.g. `ignored the prefix "Salesforce"`. */
  note?: string;
}

export interface LookupResult {
  /** The input as it may be shown again: trimmed, terminal control sequences removed. */
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

interface Candidate {
  key: Key;
  /** How much of the longer string the shorter one covers (0..1]. */
  score: number;
  /** 0: an app prefix was set aside, 1: a suffix, 2: the input is part of a longer code. */
  kind: 0 | 1 | 2;
  /** Key characters of the input that were set aside: [start, end). */
  cut: [number, number];
}

/** Keys shorter than this never match as part of something longer ("Timeout" is 7). */
const MIN_VARIANT_KEY = 5;
/** An input this long may be the start or middle of a longer code. */
const MIN_PARTIAL_INPUT = 8;
const SUGGESTIONS = 3;

/**
 * How the lookup says what it set aside or read differently; the shells pass the reader's
 * language (the interface catalogue's walk.lookup). Codes and what was typed stay as they are.
 */
export interface LookupWords {
  readAs: (input: string, code: string, why: string) => string;
  entraPrinted: (code: string) => string;
  scimPrefixIgnored: (typed: string) => string;
  scimShortFor: (typed: string, long: string) => string;
  startsWithScim: (long: string) => string;
  prefixIgnored: (typed: string) => string;
  suffixIgnored: (typed: string) => string;
  containsTyped: string;
  foundCode: (code: string) => string;
  foundPhrase: (phrase: string) => string;
  foundReadAs: (word: string, code: string, why: string) => string;
  foundStatus: (status: number, typed: string, besides?: string) => string;
}
const ENGLISH: LookupWords = {
  readAs: (input, code, why) => `read "${input}" as "${code}" (${why})`,
  entraPrinted: (code) => `the docs print the prefix "AzureActiveDirectory" as "Microsoft Entra ID"; logs carry "${code}"`,
  scimPrefixIgnored: (typed) => `ignored the SCIM prefix "${typed}"`,
  scimShortFor: (typed, long) => `"${typed}" stands for the SCIM prefix "${long}"`,
  startsWithScim: (long) => `the code starts with the SCIM prefix "${long}"`,
  prefixIgnored: (typed) => `ignored the prefix "${typed}"`,
  suffixIgnored: (typed) => `ignored the suffix "${typed}"`,
  containsTyped: 'the closest code that contains what you typed',
  foundCode: (code) => `found the code "${code}" in the text`,
  foundPhrase: (phrase) => `found "${phrase}" in the text`,
  foundReadAs: (word, code, why) => `found "${word}" in the text and read it as "${code}": ${why}`,
  foundStatus: (status, typed, besides) => `found the HTTP status ${status} ("${typed}") in the text${besides ? `; it says more than "${besides}"` : ''}`,
};

export class CodeIndex {
  private readonly keys: Key[];
  private readonly byKey = new Map<string, Key[]>();
  /** Codes that start with the SCIM prefix, by the rest of the key: "multipleentriesinresponse". */
  private readonly byScimCore = new Map<string, Key>();
  /** Multi-word codes and aliases ("Existing Admin Role Conflict"), found in free text as phrases; listed when first needed. */
  private phraseList?: Array<{ key: Key; firstWord: string; pattern?: RegExp }>;
  readonly fallback: Code | null;

  constructor(
    content: Content,
    private readonly say: LookupWords = ENGLISH,
  ) {
    const codes = codeNodes(content);
    const make = (entry: Code, text: string, as: Key['as']): Key => ({ key: normalizeCode(text), text, entry, as });
    // Codes before aliases: when a code and another entry's alias share a key, the code wins.
    this.keys = [
      ...codes.map((entry) => make(entry, entry.code, 'code')),
      ...codes.flatMap((entry) => entry.aliases.map((alias) => make(entry, alias, 'alias'))),
    ].filter((k) => k.key.length > 0);
    for (const k of this.keys) {
      const list = this.byKey.get(k.key) ?? [];
      list.push(k);
      this.byKey.set(k.key, list);
      const core = stripScim(k.key);
      if (core && !this.byScimCore.has(core)) this.byScimCore.set(core, k);
    }
    this.fallback = codes.find((c) => c.category === 'general') ?? null;
  }

  private get phrases(): Array<{ key: Key; firstWord: string; pattern?: RegExp }> {
    this.phraseList ??= this.keys
      .filter((k) => /\s/.test(k.text.trim()) && !usesPrintedEntraForm(k.text))
      .map((key) => ({ key, firstWord: key.text.trim().split(/\s+/)[0]!.toLowerCase() }));
    return this.phraseList;
  }

  lookup(raw: string): LookupResult {
    const input = stripControl(raw).trim();
    const ambiguous: Code[] = [];
    const match = this.match(input, ambiguous);
    return { input, match, suggestions: match ? [] : this.suggest(input, ambiguous), fallback: this.fallback };
  }

  /** The code in the input, without the suggestions a miss would get (retrieval asks this for every query). */
  find(raw: string): CodeMatch | null {
    return this.match(stripControl(raw).trim(), []);
  }

  private match(input: string, ambiguous: Code[]): CodeMatch | null {
    let match = this.exact(input);
    if (!match && !isSentence(input)) match = this.variant(input, ambiguous);
    if (!match && /\s/.test(input)) match = this.inText(input);
    if (/\s/.test(input) && (!match || match.matchedAs === 'in-text')) match = this.statusInText(input, match) ?? match;
    return match;
  }

  private exact(input: string): CodeMatch | null {
    const keys = this.byKey.get(codeKey(input).key);
    if (!keys) return null;
    const lower = input.toLowerCase();
    const hit = keys.find((k) => k.text.toLowerCase() === lower) ?? keys[0]!;
    const entraNote =
      usesPrintedEntraForm(input) && hit.entry.code.toLowerCase().startsWith(ENTRA_LITERAL)
        ? this.say.entraPrinted(hit.entry.code)
        : undefined;
    return { entry: hit.entry, matchedAs: hit.as, matched: hit.text, ...(entraNote ? { note: entraNote } : {}) };
  }

  /** App-prefixed, SCIM-prefixed, suffixed or shortened forms of a known code. */
  private variant(input: string, ambiguous: Code[]): CodeMatch | null {
    const found = this.readAs(input, ambiguous);
    if (!found) return null;
    const { key, why } = found;
    return { entry: key.entry, matchedAs: 'variant', matched: key.text, note: this.say.readAs(input, key.text, why) };
  }

  private readAs(input: string, ambiguous: Code[]): { key: Key; why: string } | null {
    const k = codeKey(input);
    if (k.key.length < MIN_VARIANT_KEY) return null;
    for (const prefix of SCIM_PREFIXES) {
      if (!k.key.startsWith(prefix) || k.key.length === prefix.length) continue;
      const rest = k.key.slice(prefix.length);
      const typed = typedSlice(input, k, 0, prefix.length);
      const plain = this.usable(this.byKey.get(rest)?.[0]);
      if (plain) return { key: plain, why: this.say.scimPrefixIgnored(typed) };
      const long = this.byScimCore.get(rest);
      if (long) return { key: long, why: this.say.scimShortFor(typed, SCIM_LONG) };
    }
    const withPrefix = this.byScimCore.get(k.key);
    if (withPrefix) return { key: withPrefix, why: this.say.startsWithScim(SCIM_LONG) };

    const best = this.bestCandidates(input, k);
    if (best.length === 0) return null;
    if (best.length > 1) {
      ambiguous.push(...best.map((c) => c.key.entry));
      return null;
    }
    const { key, kind, cut } = best[0]!;
    const extra = typedSlice(input, k, cut[0], cut[1]);
    const why =
      kind === 0
        ? this.say.prefixIgnored(extra)
        : kind === 1
          ? this.say.suffixIgnored(extra)
          : this.say.containsTyped;
    return { key, why };
  }

  /** The strongest candidates; more than one (from different entries) means a tie. */
  private bestCandidates(input: string, k: CodeKey): Candidate[] {
    const candidates: Candidate[] = [];
    const partial: Candidate[] = [];
    const n = k.key.length;
    for (const key of this.keys) {
      if (!this.usable(key) || key.key.length < MIN_VARIANT_KEY || key.key === k.key) continue;
      const m = key.key.length;
      if (m < n && k.key.endsWith(key.key)) {
        // An app name in front ends on a word edge ("SalesforceEntryConflict", not "Reconflict").
        if (atWordEdge(input, k, n - m)) candidates.push({ key, score: m / n, kind: 0, cut: [0, n - m] });
      } else if (m < n && k.key.startsWith(key.key)) {
        // After the code: a word ("...GuestLimit") or a slip of one or two letters ("InternalErrors").
        if (atWordEdge(input, k, m) || n - m <= 2) candidates.push({ key, score: m / n, kind: 1, cut: [m, n] });
      } else if (m > n && n >= MIN_PARTIAL_INPUT && key.key.includes(k.key)) {
        partial.push({ key, score: n / m, kind: 2, cut: [0, 0] });
      }
    }
    // Part of a code counts only when it points at one entry: "Quarantine" is in several.
    const partialEntries = uniqueEntries(partial);
    if (partialEntries.length === 1 && partial[0]!.score >= 0.5) candidates.push(partial[0]!);
    if (candidates.length === 0) return partialEntries.length > 1 ? partialEntries : [];
    candidates.sort((a, b) => b.score - a.score || a.kind - b.kind || order(a.key) - order(b.key));
    const top = candidates[0]!;
    const tied = candidates.filter((c) => c.score === top.score && c.kind === top.kind && c.key.entry.id !== top.key.entry.id);
    return [top, ...uniqueEntries(tied)];
  }

  /** Codes inside a pasted line: exact words first, CamelCase before plain words, then phrases and variants. */
  private inText(text: string): CodeMatch | null {
    const joined = text.replace(/(?<![A-Za-z])(?:Microsoft\s+)?Entra\s+ID\s+(?=[A-Z])/g, 'AzureActiveDirectory');
    const words = joined.split(/[^A-Za-z0-9]+/).filter((w) => w.length >= MIN_VARIANT_KEY);
    const found = (key: Key, note: string): CodeMatch => ({ entry: key.entry, matchedAs: 'in-text', matched: key.text, note });
    const exactWords = words
      .map((word) => ({ word, key: this.usable(this.byKey.get(codeKey(word).key)?.[0]) }))
      .filter((w): w is { word: string; key: Key } => Boolean(w.key));
    const exactHit = exactWords.find((w) => isCamel(w.word)) ?? exactWords[0];
    if (exactHit) return found(exactHit.key, this.say.foundCode(exactHit.key.text));

    // A phrase's pattern is made and run only where its first word is in the text: making and
    // compiling a pattern costs more than the test, and a sentence is checked against every phrase.
    const lower = text.toLowerCase();
    const phrase = this.phrases.find((p) => this.usable(p.key) && lower.includes(p.firstWord) && (p.pattern ??= phrasePattern(p.key.text)).test(text));
    if (phrase) return found(phrase.key, this.say.foundPhrase(phrase.key.text));

    for (const word of words.filter(isCamel)) {
      const variant = this.readAs(word, []);
      if (variant) return found(variant.key, this.say.foundReadAs(word, variant.key.text, variant.why));
    }
    return null;
  }

  /**
   * An HTTP status named in a reason line ("StatusCode: Conflict", "(409)"): it says more than
   * the generic WebExceptionProtocolError that often comes with it. A clash read as a broken
   * connection would send the admin to wait, or to the vendor, for something they can fix.
   */
  private statusInText(text: string, generic: CodeMatch | null): CodeMatch | null {
    const found = httpStatusIn(text);
    if (!found) return null;
    // A specific code found in the line wins, unless it is the generic one or the status's own name.
    if (generic && generic.entry.code !== GENERIC_HTTP_CODE && STATUS_NAMES[normalizeCode(generic.matched)] !== found.status) return null;
    const key = this.usable(this.byKey.get(`http${found.status}`)?.[0]);
    if (!key) return null;
    return { entry: key.entry, matchedAs: 'in-text', matched: key.text, note: this.say.foundStatus(found.status, found.typed, generic?.matched) };
  }

  private suggest(input: string, ambiguous: Code[]): Code[] {
    const k = codeKey(input).key;
    if (!k) return [...new Set(ambiguous)];
    const core = stripScim(k) ?? k;
    const scored = this.keys
      .filter((key) => this.usable(key))
      .map((key) => ({ entry: key.entry, score: closeness(core, k, key.key) }))
      .filter((s) => s.score <= 0.7)
      .sort((a, b) => a.score - b.score);
    const result = new Set<Code>(ambiguous);
    for (const { entry } of scored) result.add(entry);
    return [...result].slice(0, SUGGESTIONS);
  }

  /** The general entry answers only to its own code: it is the fallback, not a guess. */
  private usable(key: Key | undefined): Key | undefined {
    return key && key.entry.category !== 'general' ? key : undefined;
  }
}

/** The code the service logs for any HTTP error from the app, whatever the status. */
const GENERIC_HTTP_CODE = 'WebExceptionProtocolError';

/** Status names as .NET prints them in reason lines ("StatusCode: Conflict"), by status. */
const STATUS_NAMES: Record<string, number> = {
  badrequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  conflict: 409,
  preconditionfailed: 412,
  toomanyrequests: 429,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
};

/** A status after "status code" or "HTTP" (as a number or a name), or a three-digit status in brackets. */
export function httpStatusIn(text: string): { status: number; typed: string } | null {
  const named = /(?:status\s*code|statuscode|http(?:\s*status)?)\s*[:=]?\s*(\d{3}\b|[A-Za-z]+(?:\s[A-Z][a-z]+)*)/i.exec(text);
  if (named) {
    const value = named[1]!;
    const status = /^\d{3}$/.test(value) ? Number(value) : STATUS_NAMES[value.replace(/\s+/g, '').toLowerCase()];
    if (status) return { status, typed: named[0] };
  }
  const bracketed = /\((\d{3})\)/.exec(text);
  return bracketed ? { status: Number(bracketed[1]), typed: bracketed[0] } : null;
}

function stripScim(key: string): string | undefined {
  const prefix = SCIM_PREFIXES.find((p) => key.startsWith(p) && key.length > p.length);
  return prefix ? key.slice(prefix.length) : undefined;
}

function order(key: Key): number {
  return key.as === 'code' ? 0 : 1;
}

/** 0 for a code that starts with the input, 0.1 for one that contains it, else 0.2 + relative edit distance. */
function closeness(core: string, whole: string, key: string): number {
  if (core.length >= 3 && key.startsWith(core)) return 0;
  if (core.length >= 4 && key.includes(core)) return 0.1;
  const relative = (a: string, b: string) => distance(a, b) / Math.max(a.length, b.length);
  return 0.2 + Math.min(relative(whole, key), relative(core, stripScim(key) ?? key));
}

function uniqueEntries<T extends { key: { entry: Code } }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((c) => !seen.has(c.key.entry.id) && seen.add(c.key.entry.id));
}

/** Five or more words, or punctuation between words: a reason line, not a code typed with spaces. */
function isSentence(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length >= 5 || /[:;,.!?]\s/.test(text);
}

function isCamel(word: string): boolean {
  return /[a-z][A-Z]/.test(word) || /[A-Z]{2,}[a-z]/.test(word);
}

function phrasePattern(text: string): RegExp {
  const words = text.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![A-Za-z0-9])${words.join('\\s+')}(?![A-Za-z0-9])`, 'i');
}
