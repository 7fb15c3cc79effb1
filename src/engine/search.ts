import MiniSearch from 'minisearch';
import type { Content, ContentNode } from '../content/model.js';
import { stripControl } from '../text/strip-control.js';
import { CodeIndex } from './lookup.js';
import { stemmerFor } from './stemmers.js';
import { normalizeCode } from './code-key.js';
import { rawWords, termOf, wordsOf } from './terms.js';
import type { SearchHit, Why } from './why.js';

export type { SearchHit, Why } from './why.js';
export { whyText } from './why.js';

interface Doc {
  id: string;
  title: string;
  keywords: string;
  body: string;
  codes: string;
}

/**
 * Field weights: a code or alias, the title and the words admins use (keywords) say what a
 * node is about; prompts, causes, steps and meanings say it at length and mention much else.
 */
const BOOST = { codes: 4, title: 3, keywords: 3, body: 1 };
/** Prefix and fuzzy matches only for longer terms: short ones ("hr", "urn") match whole words only. */
const MIN_LOOSE_TERM = 5;

function toDoc(node: ContentNode): Doc {
  const body: string[] = [];
  const codes: string[] = [];
  if (node.kind === 'question') body.push(node.prompt, node.explain ?? '', ...node.options.map((o) => o.label));
  if (node.kind === 'remedy') body.push(node.cause, node.caution ?? '', ...node.steps);
  if (node.kind === 'info') body.push(...node.facts.map((f) => f.text));
  if (node.kind === 'code-lookup') body.push(node.prompt, node.explain ?? '');
  if (node.kind === 'code') {
    codes.push(node.code, ...node.aliases);
    // The words of a code ("Invitation Creation Failure Ambiguous User") count as text:
    // only the whole code, or a status such as 401, is as telling as a code.
    body.push(...codes, node.meaning, ...node.steps);
  }
  return { id: node.id, title: node.title, keywords: (node.keywords ?? []).join(' \n '), body: body.join(' \n '), codes: codes.join(' \n ') };
}

const stem = stemmerFor('en');

function searchOptions() {
  return {
    fields: ['title', 'keywords', 'body', 'codes'],
    storeFields: [],
    // A code field holds whole codes, one a line, each read as one term ("entryconflict", "401").
    tokenize: (text: string, field?: string) => (field === 'codes' ? text.split(' \n ').map(normalizeCode) : rawWords(text)),
    processTerm: (raw: string, field?: string) => (field === 'codes' ? stem(raw) : termOf(raw, stem)) ?? null,
    searchOptions: {
      // The query arrives as terms already (wordsOf): split on spaces, taken as they are.
      tokenize: (text: string) => text.split(' '),
      processTerm: (term: string) => term,
      boost: BOOST,
      weights: { fuzzy: 0.3, prefix: 0.5 },
    },
  } as const;
}

/**
 * The index as the build writes it (dist/search-index.json), so `search` starts without
 * indexing; `ids` tells whether it belongs to the content at hand.
 */
export interface PrebuiltIndex {
  ids: string;
  index: unknown;
  docFreq: Array<[string, number]>;
}

/** The language is part of it: a translation has the same ids but other words to find. */
function idsOf(content: Content): string {
  return `${content.language ?? 'en'}: ${Object.keys(content.nodes).join(' ')}`;
}

export function prebuildSearchIndex(content: Content): PrebuiltIndex {
  const { index, docFreq } = buildSearchIndex(content);
  return { ids: idsOf(content), index: index.toJSON(), docFreq: [...docFreq] };
}

function loadPrebuilt(content: Content, prebuilt: PrebuiltIndex | undefined): { index: MiniSearch<Doc>; docFreq: Map<string, number> } | null {
  if (!prebuilt || prebuilt.ids !== idsOf(content)) return null;
  return { index: MiniSearch.loadJS<Doc>(prebuilt.index as never, searchOptions() as never), docFreq: new Map(prebuilt.docFreq) };
}

/** The index of a content, and how many nodes hold each term (to weigh a query's words). */
export function buildSearchIndex(content: Content): { index: MiniSearch<Doc>; docFreq: Map<string, number> } {
  const options = searchOptions();
  const index = new MiniSearch<Doc>(options as never);
  const docs = Object.values(content.nodes).map(toDoc);
  index.addAll(docs);
  const docFreq = new Map<string, number>();
  for (const doc of docs) {
    const terms = new Set<string>();
    for (const field of options.fields) {
      for (const raw of options.tokenize(doc[field], field)) {
        const term = options.processTerm(raw, field);
        if (term) terms.add(term);
      }
    }
    for (const term of terms) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
  }
  return { index, docFreq };
}

/**
 * The share of the query's weight a hit must cover. Each word weighs by how rare it is in
 * the content, and a word the content never uses weighs most: "printer not working" shares
 * "working" with the tree, but "printer" is what the query is about. Calibrated on the
 * evaluation's off-topic queries (npm run eval).
 */
export const MIN_COVERAGE = 0.5;
/** How much a word matched only loosely (prefix or typo) counts towards the coverage. */
const LOOSE_COVER = 0.6;

/**
 * Ranked retrieval over questions, remedies, info pages and error codes, shared by the
 * wizard's search and code lookup, `search` and `explain`. A code in the query (exact, an
 * alias, prefixed or suffixed, inside a pasted reason line) comes first, said as such;
 * then BM25 over titles, keywords, text and codes. Build once per content, query often.
 */
export class ContentSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly docFreq: Map<string, number>;
  private codes: CodeIndex | null = null;

  /** With a prebuilt index of this content, nothing is indexed at start; any other is ignored. */
  constructor(
    private readonly content: Content,
    prebuilt?: PrebuiltIndex,
  ) {
    ({ index: this.index, docFreq: this.docFreq } = loadPrebuilt(content, prebuilt) ?? buildSearchIndex(content));
  }

  search(query: string, limit = 10): SearchHit[] {
    const text = stripControl(query).trim();
    if (!text) return [];
    const hits = new Map<string, SearchHit>();
    const add = (hit: SearchHit) => {
      if (!hits.has(hit.id)) hits.set(hit.id, hit);
    };

    const byId = this.content.nodes[text.toLowerCase()];
    if (byId) add(this.hit(byId, Infinity, { words: [text] }));
    const found = (this.codes ??= new CodeIndex(this.content)).find(text);
    if (found) add(this.hit(found.entry, Infinity, { code: found.matched, ...(found.note ? { note: found.note } : {}) }));

    for (const r of this.relevant(text)) add(this.hit(this.content.nodes[r.id]!, r.score, { words: r.words }));
    return [...hits.values()].slice(0, limit);
  }

  /** Hits that cover enough of the query's weight, best first. */
  relevant(text: string): Array<{ id: string; score: number; words: string[]; coverage: number }> {
    const words = wordsOf(text, stem);
    if (words.length === 0) return [];
    // The whole of a CamelCase run weighs only where the content holds it (as a code): an
    // unknown code's parts already say what it is about.
    const weight = new Map(words.map((w) => [w.term, w.joined && !this.docFreq.has(w.term) ? 0 : this.rarity(w.term)]));
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    // Loose matching is decided on the word as typed: "grups" may be a typo, "hr" may not.
    // A word the content holds as it is is no typo: it gets no fuzzy matches (the costly kind).
    const loose = new Set(words.filter((w) => w.text.length >= MIN_LOOSE_TERM).map((w) => w.term));
    return this.index
      .search(words.map((w) => w.term).join(' '), {
        prefix: (term: string) => loose.has(term),
        fuzzy: (term: string) => (loose.has(term) && !this.docFreq.has(term) ? 0.2 : false),
      })
      .map((r) => {
        const matched = new Set(r.queryTerms);
        const exact = new Set(Object.keys(r.match));
        const covered = words.filter((w) => matched.has(w.term));
        // A word found only as a prefix or with a typo covers less: "deprovision" is not "provision".
        const coverage = covered.reduce((sum, w) => sum + weight.get(w.term)! * (exact.has(w.term) ? 1 : LOOSE_COVER), 0) / total;
        // A hit that holds more of what the query is about outranks one that repeats a common word.
        return { id: String(r.id), score: r.score * coverage * coverage, words: [...new Set(covered.map((w) => w.text))], coverage };
      })
      .filter((r) => r.coverage >= MIN_COVERAGE)
      .sort((a, b) => b.score - a.score);
  }

  /** Inverse document frequency; a term no node holds weighs as much as one held by half a node. */
  private rarity(term: string): number {
    const n = this.index.documentCount;
    const df = this.docFreq.get(term) ?? 0.5;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private hit(node: ContentNode, score: number, why: Why): SearchHit {
    return { id: node.id, kind: node.kind, title: node.title, ...(node.kind === 'code' ? { code: node.code } : {}), score, why };
  }
}

const cache = new WeakMap<Content, ContentSearch>();

/** The shared entry point: hits best first, each with why it matched; empty means no good match. */
export function findByMeaning(content: Content, query: string, limit = 10, prebuilt?: PrebuiltIndex): SearchHit[] {
  let search = cache.get(content);
  if (!search) cache.set(content, (search = new ContentSearch(content, prebuilt)));
  return search.search(query, limit);
}
