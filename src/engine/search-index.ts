import MiniSearch from 'minisearch';
import type { Content, ContentNode, NodeHead } from '../content/model.js';
import { normalizeCode } from './code-key.js';
import { compoundParts, compoundsText, splitsCompounds, storedParts } from './compounds.js';
import { otherTopicWords } from './other-topics.js';
import { languageOf, stemmerFor, type Stemmer } from './stemmers.js';
import { stopWordsFor } from './stop-words.js';
import { formsOf, rawWords, termOf, wordsOf, type LocalTerms } from './terms.js';

/**
 * How the content is indexed. Each node is a document of four fields; a translated content
 * (content.language 'da' or 'nl') holds the text of its translated nodes again in local
 * fields, stemmed in its own language, while the English fields keep the English stemmer:
 * untranslated text, product words and codes are found as before, and "klargøringen" finds
 * "klargøring".
 */
export interface Doc {
  id: string;
  title: string;
  keywords: string;
  body: string;
  codes: string;
  localTitle?: string;
  localKeywords?: string;
  localBody?: string;
}

export const ENGLISH_FIELDS = ['title', 'keywords', 'body', 'codes'] as const;
export const LOCAL_FIELDS = ['localTitle', 'localKeywords', 'localBody'] as const;
type Field = (typeof ENGLISH_FIELDS)[number] | (typeof LOCAL_FIELDS)[number];

/**
 * Field weights: a code or alias, the title and the words admins use (keywords) say what a
 * node is about; prompts, causes, steps and meanings say it at length and mention much else.
 */
const BOOST = { codes: 4, title: 3, keywords: 3, body: 1, localTitle: 3, localKeywords: 3, localBody: 1 };

/** The language a content is read in: the English stemmer always, the local one when translated. */
export interface Reading {
  language: string;
  stem: Stemmer;
  stop: ReadonlySet<string>;
  local?: LocalTerms;
}

export function readingOf(content: Content): Reading {
  const language = languageOf(content.language);
  const stop = stopWordsFor(language);
  return { language, stem: stemmerFor('en'), stop, ...(language === 'en' ? {} : { local: { stem: stemmerFor(language), stop } }) };
}

/**
 * The reading of a query (and of keyword phrases) against an index: a compound is searched for
 * as its parts. A word the index holds is split as the index split it (`compounds`, see
 * compoundsText), a word it does not where both parts are terms of the index; a prebuilt and a
 * fresh index hold the same, so both read a query alike.
 */
export function readingAgainst(reading: Reading, docFreq: ReadonlyMap<string, number>, compounds: string): Reading {
  const { local, language, stop } = reading;
  if (!local || !splitsCompounds(language)) return reading;
  const term = (raw: string) => termOf(raw, local.stem, stop);
  const known = (t: string) => docFreq.has(t);
  const partsOf = (word: string, whole: string) => {
    if (docFreq.has(whole)) return storedParts(compounds, whole);
    const parts = compoundParts(word, language, term, known);
    return parts && partTerms(parts, reading);
  };
  return { ...reading, local: { ...local, partsOf } };
}

function toDoc(node: ContentNode, translated: boolean): Doc {
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
  const doc: Doc = { id: node.id, title: node.title, keywords: (node.keywords ?? []).join(' \n '), body: body.join(' \n '), codes: codes.join(' \n ') };
  return translated ? { ...doc, localTitle: doc.title, localKeywords: doc.keywords, localBody: doc.body } : doc;
}

/**
 * With `compounds` (the lower-case words of the translated text that are compounds, with their
 * parts; see buildSearchIndex), a word of the local fields is indexed with its parts beside
 * itself: "inrichtingstaak" also gives "inrichtings" and "taak", so "de taak" finds it.
 */
export function searchOptions(reading: Reading, compounds?: ReadonlyMap<string, readonly string[]>) {
  const { stem, stop, local } = reading;
  const isLocal = (field?: string) => field?.startsWith('local') ?? false;
  const withParts = (words: string[]) => (compounds ? words.flatMap((w) => [w, ...(compounds.get(w.toLowerCase()) ?? [])]) : words);
  return {
    fields: local ? [...ENGLISH_FIELDS, ...LOCAL_FIELDS] : [...ENGLISH_FIELDS],
    storeFields: [],
    // A code field holds whole codes, one a line, each read as one term ("entryconflict", "401").
    tokenize: (text: string, field?: string) =>
      field === 'codes' ? text.split(' \n ').map(normalizeCode) : isLocal(field) ? withParts(rawWords(text)) : rawWords(text),
    processTerm: (raw: string, field?: string) =>
      (field === 'codes' ? stem(raw) : local && isLocal(field) ? termOf(raw, local.stem, stop) : termOf(raw, stem, stop)) ?? null,
    searchOptions: {
      // The query arrives as terms already (wordsOf): split on spaces, taken as they are.
      tokenize: (text: string) => text.split(' '),
      processTerm: (term: string) => term,
      boost: BOOST,
      weights: { fuzzy: 0.3, prefix: 0.5 },
    },
  };
}

/**
 * The index as the build writes it (dist/search-index.json, and search-index.da.json for a
 * translation), so `search` starts without indexing; `ids` tells whether it belongs to the
 * content at hand, language included. MiniSearch's serialised index is kept without its terms:
 * those are listed apart, each with its postings as text (see postingsText), so that one query reads and
 * loads only the terms it can reach.
 */
export interface PrebuiltIndex {
  ids: string;
  index: Record<string, unknown>;
  terms: string[];
  postings: string[];
  /** How many nodes hold each term, in the order of `terms`. */
  docFreq: number[];
  /**
   * Each node's keyword phrases as terms, as text (see phrasesText), in the order of `ids`;
   * without them a search reads the keywords it needs.
   */
  phrases?: string[];
  /** Each node's kind and title (and code), in the order of `ids`: what a hit shows of a node the catalogue lacks. */
  heads?: Array<[string, string] | [string, string, string]>;
  /** The terms of other admin topics' words (other-topics.ts) as this content is read: stemmed once, by the build. */
  otherTopics?: OtherTopicTerms<string[]>;
  /** The compounds of a Danish or Dutch text with their parts (compoundsText). */
  compounds?: string;
}

/** The terms of other admin topics' words: English, and in the content's language. */
export interface OtherTopicTerms<T = ReadonlySet<string>> {
  english: T;
  local: T;
}

export function otherTopicTerms(reading: Reading): OtherTopicTerms {
  const { stem, stop, local, language } = reading;
  return {
    english: new Set(otherTopicWords().flatMap((raw) => termOf(raw, stem, stop) ?? [])),
    local: new Set(local ? otherTopicWords(language).flatMap((raw) => termOf(raw, local.stem, stop) ?? []) : []),
  };
}

export type { NodeHead } from '../content/model.js';

/** A keyword phrase as terms: for each word, the terms it is found by (English, local). */
export type Phrase = string[][];

export interface SearchIndex {
  index: MiniSearch<Doc>;
  /** How many nodes hold each term, English and local alike (to weigh a query's words). */
  docFreq: Map<string, number>;
  /** Keyword phrases as terms, by node id; filled as nodes are hit when not prebuilt. */
  phrases: Map<string, Phrase[]>;
  /** The heads of the nodes the content at hand lacks (it is the error-code catalogue). */
  heads?: Map<string, NodeHead>;
  /** As the prebuilt index holds them; worked out when first needed otherwise. */
  otherTopics?: OtherTopicTerms;
  /** The compounds of the translated text with their parts, by term (compoundsText); empty in English. */
  compounds: string;
}

export function keywordPhrases(node: ContentNode, reading: Reading): Phrase[] {
  return (node.keywords ?? []).map((k) => wordsOf(k, reading.stem, reading.local).map(formsOf));
}

function idsOf(content: Content): string {
  return `${languageOf(content.language)}: ${Object.keys(content.nodes).join(' ')}`;
}

/**
 * Whether a prebuilt index was built from this content, in its language: the same nodes, or,
 * for the error-code catalogue, a part of them (the index's heads stand for the others).
 */
export function indexBelongsTo(prebuilt: PrebuiltIndex, content: Content): boolean {
  if (prebuilt.ids === idsOf(content)) return true;
  if (content.part !== 'codes' || !Array.isArray(prebuilt.heads)) return false;
  const indexed = new Set(indexedIds(prebuilt));
  return prebuilt.ids.startsWith(`${languageOf(content.language)}: `) && Object.keys(content.nodes).every((id) => indexed.has(id));
}

const idLists = new WeakMap<PrebuiltIndex, string[]>();

/** The node ids of a prebuilt index, in its order (the order of its heads and phrases), read once. */
function indexedIds(prebuilt: PrebuiltIndex): string[] {
  let ids = idLists.get(prebuilt);
  if (!ids) idLists.set(prebuilt, (ids = prebuilt.ids.split(' ').slice(1)));
  return ids;
}

function headsOf(prebuilt: PrebuiltIndex): Map<string, NodeHead> {
  const ids = indexedIds(prebuilt);
  return new Map(
    (prebuilt.heads ?? []).map(([kind, title, code], i) => [ids[i]!, { id: ids[i]!, kind: kind as NodeHead['kind'], title, ...(code === undefined ? {} : { code }) }]),
  );
}

export function prebuildSearchIndex(content: Content): PrebuiltIndex {
  const { index, docFreq, compounds } = buildSearchIndex(content);
  // Reading every hit's keywords costs a cold `search` more than the rest of the query: the build reads them once.
  const reading = readingAgainst(readingOf(content), docFreq, compounds);
  const phrases = Object.values(content.nodes).map((node) => phrasesText(keywordPhrases(node, reading)));
  const heads = Object.values(content.nodes).map((node): [string, string] | [string, string, string] =>
    node.kind === 'code' ? [node.kind, node.title, node.code] : [node.kind, node.title],
  );
  const { english, local } = otherTopicTerms(reading);
  const { index: unsorted, ...rest } = index.toJSON();
  // In order, so that a query finds its terms and the longer ones they begin by bisection.
  const entries = unsorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length !== docFreq.size || entries.some(([term]) => !docFreq.has(term))) throw new Error('the index and its document frequencies hold different terms');
  return {
    ids: idsOf(content),
    index: rest,
    terms: entries.map(([term]) => term),
    postings: entries.map(([, data]) => postingsText(data as Postings)),
    docFreq: entries.map(([term]) => docFreq.get(term)!),
    phrases,
    heads,
    otherTopics: { english: [...english], local: [...local] },
    ...(compounds ? { compounds } : {}),
  };
}

/**
 * The prebuilt index, whole or with only the terms `narrow` keeps (given how many nodes hold each
 * term, it names their places among the index's sorted terms): a term's score depends on its own
 * postings and the index's document statistics alone, so a query finds the same hits in an index
 * narrowed to the terms it can match.
 */
export function loadPrebuilt(
  content: Content,
  prebuilt: PrebuiltIndex | undefined,
  narrow?: (docFreq: Map<string, number>, terms: readonly string[], compounds: string) => number[],
): SearchIndex | null {
  if (!prebuilt || !indexBelongsTo(prebuilt, content) || !Array.isArray(prebuilt.terms)) return null;
  const docFreq = new Map(prebuilt.terms.map((term, i) => [term, prebuilt.docFreq[i] ?? 0]));
  const compounds = typeof prebuilt.compounds === 'string' ? prebuilt.compounds : '';
  const kept = narrow ? narrow(docFreq, prebuilt.terms, compounds) : prebuilt.terms.map((_, i) => i);
  const entries = kept.map((i): [string, unknown] => [prebuilt.terms[i]!, postingsOf(prebuilt.postings[i]!)]);
  return {
    index: MiniSearch.loadJS<Doc>({ ...prebuilt.index, index: entries } as never, searchOptions(readingOf(content)) as never),
    docFreq,
    phrases: new PhraseBook(prebuilt),
    compounds,
    ...(prebuilt.otherTopics ? { otherTopics: { english: new Set(prebuilt.otherTopics.english), local: new Set(prebuilt.otherTopics.local) } } : {}),
    ...(content.part === 'codes' ? { heads: headsOf(prebuilt) } : {}),
  };
}

export function buildSearchIndex(content: Content): SearchIndex {
  const reading = readingOf(content);
  // Only translated text goes in the local fields: English stemmed as Danish or Dutch would
  // meet the query's local terms by accident ("takes" and "taak" both become "tak").
  const translated = new Set(reading.local ? content.translated : []);
  const docs = Object.values(content.nodes).map((node) => toDoc(node, translated.has(node.id)));
  const compounds = compoundsOf(docs, reading);
  const options = searchOptions(reading, compounds?.byWord);
  const index = new MiniSearch<Doc>(options as never);
  index.addAll(docs);
  const docFreq = new Map<string, number>();
  for (const doc of docs) {
    const terms = new Set<string>();
    for (const field of options.fields as Field[]) {
      for (const raw of options.tokenize(doc[field] ?? '', field)) {
        const term = options.processTerm(raw, field);
        if (term) terms.add(term);
      }
    }
    for (const term of terms) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
  }
  return { index, docFreq, phrases: new Map(), compounds: compounds ? compoundsText(compounds.byTerm) : '' };
}

/**
 * The compounds of the translated text: its words that are two of its own words (by their
 * terms), with their parts, by the word in lower case and by the word's term.
 */
function compoundsOf(docs: Doc[], reading: Reading): { byWord: Map<string, string[]>; byTerm: Map<string, Array<[string, string]>> } | undefined {
  const { local, stop, language } = reading;
  if (!local || !splitsCompounds(language)) return undefined;
  const term = (raw: string) => termOf(raw, local.stem, stop);
  const words = new Set<string>();
  const vocabulary = new Set<string>();
  for (const doc of docs) {
    for (const field of LOCAL_FIELDS) {
      for (const raw of rawWords(doc[field] ?? '')) {
        const word = raw.toLowerCase();
        if (words.has(word)) continue;
        words.add(word);
        const t = term(word);
        if (t) vocabulary.add(t);
      }
    }
  }
  const byWord = new Map<string, string[]>();
  const byTerm = new Map<string, Array<[string, string]>>();
  for (const word of words) {
    const parts = compoundParts(word, language, term, (t) => vocabulary.has(t));
    if (!parts) continue;
    byWord.set(word, parts);
    const whole = term(word)!;
    if (!byTerm.has(whole)) byTerm.set(whole, partTerms(parts, reading));
  }
  return { byWord, byTerm };
}

/** The parts of a compound as terms, English and local: a part is searched for as any word is. */
function partTerms(parts: string[], reading: Reading): Array<[string, string]> {
  return parts.map((part) => [termOf(part, reading.stem, reading.stop)!, termOf(part, reading.local!.stem, reading.stop)!]);
}

/** A term's postings as MiniSearch serialises them: by field id, the documents holding it and how often. */
type Postings = Record<string, Record<string, number>>;

/**
 * Postings as short text, "1:204;2:188,204=2" (field 1 in document 204 once; field 2 in 188
 * once and in 204 twice): JSON inside the index's JSON would escape every quote, and the
 * indexes of the translations are half a megabyte each.
 */
export function postingsText(postings: Postings): string {
  return Object.entries(postings)
    .map(([field, documents]) => `${field}:${Object.entries(documents).map(([document, count]) => (count === 1 ? document : `${document}=${count}`)).join(',')}`)
    .join(';');
}

export function postingsOf(text: string): Postings {
  const postings: Postings = {};
  for (const part of text.split(';')) {
    const [field, list = ''] = part.split(':');
    const documents: Record<string, number> = {};
    for (const item of list.split(',')) {
      const [document, count = '1'] = item.split('=');
      documents[document!] = Number(count);
    }
    postings[field!] = documents;
  }
  return postings;
}

/**
 * Keyword phrases as text, "user|bruger provis\nsync": a phrase a line, its words by spaces,
 * each word's forms (English, local) by bars. A hit reads only its own: as nested arrays, the
 * phrases of every node cost a one-off search more to parse than the rest of its index.
 */
export function phrasesText(phrases: Phrase[]): string {
  return phrases.map((words) => words.map((forms) => forms.join('|')).join(' ')).join('\n');
}

export function phrasesOf(text: string): Phrase[] {
  return text === '' ? [] : text.split('\n').map((line) => (line === '' ? [] : line.split(' ').map((word) => word.split('|'))));
}

/** The prebuilt phrases by node id, each node's read from its text when first asked for. */
class PhraseBook extends Map<string, Phrase[]> {
  private readonly texts = new Map<string, string>();

  constructor(prebuilt: PrebuiltIndex) {
    super();
    const ids = indexedIds(prebuilt);
    (prebuilt.phrases ?? []).forEach((text, i) => this.texts.set(ids[i]!, text));
  }

  override get(id: string): Phrase[] | undefined {
    const text = this.texts.get(id);
    if (!super.has(id) && text !== undefined) super.set(id, phrasesOf(text));
    return super.get(id);
  }
}
