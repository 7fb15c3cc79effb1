import { distance } from 'fastest-levenshtein';
import type MiniSearch from 'minisearch';
import type { Content, ContentNode } from '../content/model.js';
import { stripControl } from '../text/strip-control.js';
import { normalizeCode } from './code-key.js';
import { CodeIndex, type LookupWords } from './lookup.js';
import {
  buildSearchIndex,
  ENGLISH_FIELDS,
  keywordPhrases,
  loadPrebuilt,
  LOCAL_FIELDS,
  otherTopicTerms,
  readingAgainst,
  readingOf,
  type Doc,
  type NodeHead,
  type OtherTopicTerms,
  type Phrase,
  type PrebuiltIndex,
  type Reading,
} from './search-index.js';
import { formsOf, isKnownWord, wordsOf, type Word } from './terms.js';
import type { SearchHit, Why } from './why.js';

export type { SearchHit, Why } from './why.js';
export { whyText } from './why.js';
export { buildSearchIndex, indexBelongsTo, prebuildSearchIndex, type PrebuiltIndex } from './search-index.js';

/** Prefix and fuzzy matches only for longer terms: short ones ("hr", "urn") match whole words only. */
const MIN_LOOSE_TERM = 5;
/** A typo is within a fifth of the term's length in edits (MiniSearch's `fuzzy`, capped at its `maxFuzzy`). */
const FUZZY = 0.2;
const MAX_FUZZY = 6;

/**
 * The share of the query's weight a hit must cover. Each word weighs by how rare it is in
 * the content, and a word the content never uses weighs most: "printer not working" shares
 * "working" with the tree, but "printer" is what the query is about. Calibrated on the
 * evaluation's off-topic queries (npm run eval).
 */
export const MIN_COVERAGE = 0.5;
/** How much more a hit weighs when the query says one of its keyword phrases whole. */
const PHRASE_BONUS = 1;
const UNKNOWN_WEIGHT = 1.5;
const BODY_COVER = 0.8;
const ENOUGH_WEIGHT = 16;
/** How much a word matched only loosely (prefix or typo) counts towards the coverage. */
const LOOSE_COVER = 0.6;
/**
 * A word that at most this many nodes hold names what they are about ("quota" is the directory
 * quota of one cross-tenant code). Whether anything answers a query is decided as if a hit that
 * lacks such a word lacked a word the content never uses: "Exchange mailbox quota is full" is
 * not answered by the node about Exchange mailboxes in a target tenant.
 */
const NAMES_ITS_NODES = 2;

/**
 * Ranked retrieval over questions, remedies, info pages and error codes, shared by the
 * wizard's search and code lookup, `search` and `explain`. A code in the query (exact, an
 * alias, prefixed or suffixed, inside a pasted reason line) comes first, said as such;
 * then BM25 over titles, keywords, text and codes. Build once per content, query often.
 */
export class ContentSearch {
  private reading: Reading;
  private readonly index: MiniSearch<Doc>;
  private readonly docFreq: Map<string, number>;
  private codes: CodeIndex | null = null;
  /** Each node's keyword phrases as terms: from the prebuilt index, else read when the node is first a hit. */
  private readonly phrases: Map<string, Phrase[]>;
  private codeTermSet: Set<string> | null = null;
  /** For the error-code catalogue: the other nodes as the prebuilt index names them. */
  private readonly heads?: Map<string, NodeHead>;
  private otherTerms: OtherTopicTerms | undefined;
  /** The last query planned, and its plan. */
  private planned?: { text: string; plan: QueryPlan | null };

  /**
   * With a prebuilt index of this content, nothing is indexed at start; any other is ignored.
   * `words` say how a code in the query was read, in the reader's language (English without).
   * `onlyFor` narrows the prebuilt index to the terms that one query can reach (see searchOnce).
   */
  constructor(
    private readonly content: Content,
    prebuilt?: PrebuiltIndex,
    private readonly words?: LookupWords,
    onlyFor?: string,
  ) {
    const reading = readingOf(content);
    this.reading = reading;
    const narrow =
      onlyFor === undefined
        ? undefined
        : (docFreq: Map<string, number>, terms: readonly string[], compounds: string) => {
            this.reading = readingAgainst(reading, docFreq, compounds);
            const plan = this.plan(onlyFor);
            return plan ? termsReachedBy(plan, docFreq, terms) : [];
          };
    const loaded = loadPrebuilt(content, prebuilt, narrow);
    // Indexing the catalogue alone would find only codes, and say nothing of the rest.
    if (!loaded && content.part === 'codes') throw new Error('the error-code catalogue is searched only with the index of its whole content');
    const index = loaded ?? buildSearchIndex(content);
    ({ index: this.index, docFreq: this.docFreq, phrases: this.phrases, heads: this.heads, otherTopics: this.otherTerms } = index);
    // A query's compounds are read as the index reads them (compounds.ts).
    this.reading = readingAgainst(reading, this.docFreq, index.compounds);
  }

  private node(id: string): NodeHead | undefined {
    const node = this.content.nodes[id];
    if (!node) return this.heads?.get(id);
    return { id: node.id, kind: node.kind, title: node.title, ...(node.kind === 'code' ? { code: node.code } : {}) };
  }

  search(query: string, limit = 10): SearchHit[] {
    const text = stripControl(query).trim();
    if (!text) return [];
    const hits = new Map<string, SearchHit>();
    const add = (hit: SearchHit) => {
      if (!hits.has(hit.id)) hits.set(hit.id, hit);
    };

    const byId = this.node(text.toLowerCase());
    if (byId) add(this.hit(byId, Infinity, { words: [text] }));
    const found = (this.codes ??= new CodeIndex(this.content, this.words)).find(text);
    if (found) add(this.hit(found.entry, Infinity, { code: found.matched, ...(found.note ? { note: found.note } : {}) }));

    for (const r of this.relevant(text, limit)) add(this.hit(this.node(r.id)!, r.score, { words: r.words }));
    return [...hits.values()].slice(0, limit);
  }

  /** The query's words and the terms it searches for, each with whether it may match loosely. */
  private plan(text: string): QueryPlan | null {
    // A one-off search plans its query twice: to narrow the index, then to rank.
    if (this.planned?.text === text) return this.planned.plan;
    const { stem, local } = this.reading;
    const words = wordsOf(text, stem, local);
    // Loose matching is decided on the word as typed: "grups" may be a typo, "hr" may not, and
    // neither may a known word ("customers" is not a typo of "custom", nor "Teams" of "team").
    const loose = new Set(words.filter((w) => w.text.length >= MIN_LOOSE_TERM && !isKnownWord(w)).flatMap(formsOf));
    const plan = words.length === 0 ? null : { words, loose, english: words.map((w) => w.term), local: words.flatMap((w) => (w.local ? [w.local] : [])) };
    this.planned = { text, plan };
    return plan;
  }

  /** Hits that cover enough of the query's weight, best first. */
  relevant(text: string, limit = 10): Array<{ id: string; score: number; words: string[]; coverage: number }> {
    const plan = this.plan(text);
    if (!plan) return [];
    const { words, loose } = plan;
    // The whole of a CamelCase run weighs only where the content holds it as a code: the parts
    // of another run ("employeeNumber") already say what it is about.
    const weights = words.map((w) => (w.joined && !this.codeTerms().has(w.term) ? 0 : this.rarity(w)));
    // Each form of a word (English and local term) carries the word's weight.
    const weight = new Map(words.flatMap((w, i) => formsOf(w).map((f) => [f, weights[i]!] as const)));
    const total = weights.reduce((a, b) => a + b, 0);
    // Words of another admin topic (other-topics.ts) say where the problem is, not what it is.
    const other = words.map((w) => this.isOtherTopic(w));
    // What each word weighs against a hit that lacks it, when deciding whether anything answers:
    // a word that names its few nodes, or another topic, as much as a word the content never uses.
    const against = words.map((w, i) =>
      weights[i]! > 0 && (this.heldBy(w) <= NAMES_ITS_NODES || other[i]) ? Math.max(weights[i]!, this.unknownWeight()) : weights[i]!,
    );
    // The weight of what a query that names another topic says besides (none if it says nothing else).
    const besides = other.some((o, i) => o && weights[i]! > 0) ? words.reduce((sum, w, i) => (other[i] ? sum : sum + weights[i]!), 0) : 0;
    const options = {
      prefix: (term: string) => loose.has(term),
      fuzzy: (term: string) => (isTypoCandidate(plan, term, this.docFreq) ? FUZZY : false),
      maxFuzzy: MAX_FUZZY,
    };
    const english = plan.english.join(' ');
    const localTerms = plan.local.join(' ');
    // A translated content: English terms against the English fields, local ones against the local fields.
    const query = this.reading.local
      ? { combineWith: 'OR', queries: [{ queries: [english], fields: [...ENGLISH_FIELDS] }, ...(localTerms ? [{ queries: [localTerms], fields: [...LOCAL_FIELDS] }] : [])] }
      : english;
    const forms = words.map(formsOf);
    const candidates = this.index
      .search(query as never, options)
      .map((r) => {
        // Plain loops over the few words of the query: a common word makes hundreds of hits,
        // and sets and closures for each cost a cold one-off search milliseconds.
        const covered: Word[] = [];
        let held = 0;
        let heldBesides = 0;
        let lacked = 0;
        words.forEach((w, i) => {
          if (!forms[i]!.some((f) => r.queryTerms.includes(f))) {
            lacked += against[i]! - weights[i]!;
            return;
          }
          covered.push(w);
          const holds = weight.get(w.term)! * coverOf(forms[i]!, r.match);
          held += holds;
          // A hit that shares only the other topic's word ("mailbox is full" and the node about
          // mailboxes in a target tenant) answers nothing: it must hold enough of the rest too.
          if (!other[i]) heldBesides += holds;
        });
        const coverage = held / total;
        // A long description holds more than any one answer does: enough of it is the weight
        // of a few telling words, not half of everything said.
        const enough = held / Math.min(total, ENOUGH_WEIGHT);
        const answers =
          held / Math.min(total + lacked, ENOUGH_WEIGHT) >= MIN_COVERAGE && (besides === 0 || heldBesides / Math.min(besides, ENOUGH_WEIGHT) >= MIN_COVERAGE);
        return { r, covered, coverage, enough, answers };
      })
      .filter((h) => h.enough >= MIN_COVERAGE);
    // The hits are ranked as they are, but only when one of them holds the query's rare words too.
    if (!candidates.some((h) => h.answers)) return [];
    const hits = candidates
      // A hit that holds more of what the query is about outranks one that repeats a common word.
      .map(({ r, covered, coverage }) => ({ id: String(r.id), score: r.score * coverage * coverage, queryTerms: r.queryTerms, words: [...new Set(covered.map((w) => w.text))], coverage }))
      .sort((a, b) => b.score - a.score);
    // One whose keyword phrase the query says whole ("users not provisioned") is about it. The
    // bonus at most doubles a score, so only hits within half of the `limit`-th can reach the
    // first `limit`: the others are not read (reading every hit's keywords is what costs).
    const reach = (hits[limit - 1]?.score ?? 0) / (1 + PHRASE_BONUS);
    return hits
      .map(({ queryTerms, ...h }) => (h.score < reach ? h : { ...h, score: h.score * (1 + (PHRASE_BONUS * this.phraseCover(h.id, new Set(queryTerms), weight)) / total) }))
      .sort((a, b) => b.score - a.score);
  }

  /** Whether a word is one of another admin topic's (see other-topics.ts): by its English term, or its local one in the content's language. */
  private isOtherTopic(word: Word): boolean {
    this.otherTerms ??= otherTopicTerms(this.reading);
    return this.otherTerms.english.has(word.term) || (word.local !== undefined && this.otherTerms.local.has(word.local));
  }

  /** The terms of the codes and aliases, as the codes field holds them. */
  private codeTerms(): Set<string> {
    if (!this.codeTermSet) {
      this.codeTermSet = new Set();
      for (const node of Object.values(this.content.nodes)) {
        if (node.kind === 'code') for (const code of [node.code, ...node.aliases]) this.codeTermSet.add(this.reading.stem(normalizeCode(code)));
      }
    }
    return this.codeTermSet;
  }

  /** The weight of the node's largest keyword phrase whose every term the query holds. */
  private phraseCover(id: string, queryTerms: Set<string>, weight: Map<string, number>): number {
    let phrases = this.phrases.get(id);
    if (!phrases) this.phrases.set(id, (phrases = keywordPhrases(this.content.nodes[id]!, this.reading)));
    let best = 0;
    for (const words of phrases) {
      const said = words.map((forms) => forms.find((f) => queryTerms.has(f)));
      if (words.length === 0 || said.some((f) => f === undefined)) continue;
      best = Math.max(best, said.reduce((sum, f) => sum + (weight.get(f!) ?? 0), 0));
    }
    return best;
  }

  /**
   * Inverse document frequency of a word, by the commoner of its forms the content holds; a
   * word the content never uses weighs more than any it does.
   */
  private rarity(word: Word): number {
    const n = this.index.documentCount;
    const df = this.heldBy(word);
    if (df === 0) return this.unknownWeight();
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** How many nodes hold the word, by the commoner of its forms. */
  private heldBy(word: Word): number {
    return Math.max(...formsOf(word).map((f) => this.docFreq.get(f) ?? 0));
  }

  /** The weight of a word the content never uses: more than any word it does. */
  private unknownWeight(): number {
    return UNKNOWN_WEIGHT * Math.log(1 + this.index.documentCount);
  }

  private hit(node: NodeHead | ContentNode, score: number, why: Why): SearchHit {
    return { id: node.id, kind: node.kind, title: node.title, ...(node.kind === 'code' ? { code: node.code } : {}), score, why };
  }
}

/**
 * How much a word the hit holds covers. A word found only as a prefix or with a typo covers
 * less: "deprovision" is not "provision". A word only the long text holds ("recovers" in a
 * step) says less of what a hit is about.
 */
function coverOf(forms: readonly string[], match: Record<string, string[]>): number {
  let exact = false;
  let bodyOnly = true;
  for (const f of forms) {
    const fields = Object.prototype.hasOwnProperty.call(match, f) ? match[f]! : undefined;
    if (!fields) continue;
    exact = true;
    if (!fields.every((field) => field === 'body' || field === 'localBody')) bodyOnly = false;
  }
  if (!exact) return LOOSE_COVER;
  return bodyOnly ? BODY_COVER : 1;
}

interface QueryPlan {
  words: Word[];
  /** The terms that may match as a prefix or with a typo. */
  loose: Set<string>;
  english: string[];
  local: string[];
}

/** A word the content holds as it is is no typo: it gets no fuzzy matches (the costly kind). */
function isTypoCandidate(plan: QueryPlan, term: string, docFreq: Map<string, number>): boolean {
  return plan.loose.has(term) && !docFreq.has(term);
}

/**
 * Where every term a query can match stands among the index's sorted terms: its own terms and the
 * longer ones they begin, found by bisection, and those within a typo of one, the only kind for
 * which every term is read.
 */
function termsReachedBy(plan: QueryPlan, docFreq: Map<string, number>, terms: readonly string[]): number[] {
  const exact = new Set([...plan.english, ...plan.local]);
  const reached = new Set<number>();
  for (const t of exact) {
    const at = firstAtOrAfter(terms, t);
    if (terms[at] === t) reached.add(at);
  }
  for (const t of plan.loose) for (let at = firstAtOrAfter(terms, t); at < terms.length && terms[at]!.startsWith(t); at++) reached.add(at);
  const typos = [...exact].filter((t) => isTypoCandidate(plan, t, docFreq)).map((t) => {
    const max = Math.min(MAX_FUZZY, Math.round(t.length * FUZZY));
    return { t, max, pieces: piecesOf(t, max + 1) };
  });
  if (typos.length > 0) {
    terms.forEach((term, at) => {
      if (typos.some(({ t, max, pieces }) => Math.abs(term.length - t.length) <= max && pieces.some((p) => term.includes(p)) && distance(term, t) <= max)) reached.add(at);
    });
  }
  return [...reached].sort((a, b) => a - b);
}

/** The first place in sorted `terms` whose term is not before `term`. */
function firstAtOrAfter(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle]! < term) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A term cut into `count` pieces of near-equal length (fewer when it is shorter than that). Within
 * `count - 1` edits of the term, a string still holds one of them whole (each edit breaks at most
 * one): a cheap test that rules out most of the index before the edit distance is counted.
 */
export function piecesOf(term: string, count: number): string[] {
  const cuts = Math.min(count, term.length);
  return Array.from({ length: cuts }, (_, i) => term.slice(Math.floor((i * term.length) / cuts), Math.floor(((i + 1) * term.length) / cuts)));
}

const cache = new WeakMap<Content, ContentSearch>();

/** The shared entry point: hits best first, each with why it matched; empty means no good match. */
export function findByMeaning(content: Content, query: string, limit = 10, prebuilt?: PrebuiltIndex, words?: LookupWords): SearchHit[] {
  let search = cache.get(content);
  if (!search) cache.set(content, (search = new ContentSearch(content, prebuilt, words)));
  return search.search(query, limit);
}

/**
 * One query against a prebuilt index, parsing only the postings of the terms the query can
 * reach: what `search` does once per process. The hits are those of the whole index.
 */
export function searchOnce(content: Content, query: string, limit = 10, prebuilt?: PrebuiltIndex, words?: LookupWords): SearchHit[] {
  return new ContentSearch(content, prebuilt, words, stripControl(query).trim()).search(query, limit);
}
