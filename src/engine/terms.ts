import { PRODUCT_NAMES } from './other-topics.js';
import { stemmerFor, type Stemmer } from './stemmers.js';
import { REPORTING_FRAME_PHRASES, stopWordsFor } from './stop-words.js';

/**
 * How text becomes search terms, the same for the content and the query: words split at
 * separators and inside CamelCase codes ("SalesforceDuplicateTargetEntries" gives
 * salesforce, duplicate, target, entries), numbers kept ("401"), British spellings read as
 * American ones, common words dropped, then stemmed.
 */

export interface Word {
  /** As typed, for saying why something matched: the whole run ("employeeId"), not its part. */
  text: string;
  /** The stemmed term it searches for. */
  term: string;
  /** The term in the content's language, when the content is translated. */
  local?: string;
  /** The whole of a CamelCase run ("entryconflict"), besides its parts. */
  joined?: boolean;
}

/** Runs of letters or digits; CamelCase and letter-digit edges split them further. */
const RUN = /[\p{L}\p{N}]+/gu;
const CAMEL = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/** The raw words of a text, CamelCase split, in order. A split code also yields its whole form. */
export function rawWords(text: string): string[] {
  return runsOf(text).map((w) => w.part);
}

type Run = { part: string; run: string; joined?: boolean };

/** Text in ASCII alone: the common case (English, codes, log lines). */
const ASCII_ONLY = /^[\x00-\x7F]*$/;

/**
 * ASCII text is split by hand: the first use of RUN and CAMEL compiles their Unicode tables, a
 * millisecond of a one-off `search`. Both ways give the same runs (test/engine/terms.test.ts).
 */
function runsOf(text: string): Run[] {
  const said = text.replace(REPORTING_FRAME_PHRASES, ' ');
  return ASCII_ONLY.test(said) ? asciiRunsOf(said) : unicodeRunsOf(said);
}

export function unicodeRunsOf(text: string): Run[] {
  const out: Run[] = [];
  for (const [run] of text.matchAll(RUN)) pushRun(out, run, (whole) => whole.split(CAMEL), /\p{L}/u.test(run));
  return out;
}

function pushRun(out: Run[], run: string, split: (run: string) => string[], hasLetter: boolean): void {
  // A product name is one word: "SharePoint" is not "share" and "point".
  const parts = PRODUCT_NAMES.has(run.toLowerCase()) ? [run] : split(run);
  for (const part of parts) out.push({ part, run });
  // The joined form lets "EntryConflict" match the code key "entryconflict" too.
  if (parts.length > 1 && hasLetter && run.length >= 6) out.push({ part: run, run, joined: true });
}

const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;

function classOf(code: number): number {
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 48 && code <= 57) return DIGIT;
  return 0;
}

/** The runs of letters and digits of ASCII text, cut where CAMEL cuts them. */
export function asciiRunsOf(text: string): Run[] {
  const out: Run[] = [];
  let end = 0;
  while (end < text.length) {
    let start = end;
    while (start < text.length && classOf(text.charCodeAt(start)) === 0) start++;
    if (start === text.length) break;
    end = start;
    while (end < text.length && classOf(text.charCodeAt(end)) !== 0) end++;
    const run = text.slice(start, end);
    pushRun(out, run, asciiParts, /[A-Za-z]/.test(run));
  }
  return out;
}

/** A run of ASCII letters and digits cut at CamelCase and letter-digit edges. */
function asciiParts(run: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 1; i < run.length; i++) {
    const before = classOf(run.charCodeAt(i - 1));
    const here = classOf(run.charCodeAt(i));
    const next = classOf(run.charCodeAt(i + 1));
    const cut =
      (before !== UPPER && here === UPPER) ||
      (before === UPPER && here === UPPER && next === LOWER) ||
      ((before === DIGIT) !== (here === DIGIT));
    if (cut) {
      parts.push(run.slice(from, i));
      from = i;
    }
  }
  parts.push(run.slice(from));
  return parts;
}


/** British spellings that differ from the content's American ones, by the start of the word. */
const BRITISH_STEMS: Array<[string, string]> = [
  ['licenc', 'licens'],
  ['normalis', 'normaliz'],
  ['organis', 'organiz'],
  ['synchronis', 'synchroniz'],
  ['authoris', 'authoriz'],
  ['unauthoris', 'unauthoriz'],
  ['customis', 'customiz'],
  ['recognis', 'recogniz'],
  ['prioritis', 'prioritiz'],
  ['initialis', 'initializ'],
  ['analys', 'analyz'],
  ['serialis', 'serializ'],
  ['deserialis', 'deserializ'],
  ['utilis', 'utiliz'],
  ['standardis', 'standardiz'],
  ['categoris', 'categoriz'],
  ['optimis', 'optimiz'],
  ['minimis', 'minimiz'],
  ['centralis', 'centraliz'],
  ['behaviour', 'behavior'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['cancelled', 'canceled'],
  ['cancelling', 'canceling'],
  ['labelled', 'labeled'],
  ['enrolment', 'enrollment'],
  ['judgement', 'judgment'],
];

// Both tables are looked up by any word typed: without a prototype, "constructor" is no entry
// (an object literal's would give Object's constructor function as the word's term).

/**
 * Words admins use for the same thing the content says shorter: "application" is an "app", and
 * the "people" missing from an app are its users.
 */
const SAME_AS: Record<string, string> = Object.assign(Object.create(null), { application: 'app', applications: 'apps', people: 'users' });

/**
 * Words the stemmer folds into another word the content uses: "customers" would find the
 * custom attributes. Each keeps a term of its own.
 */
const NOT_STEMMED_AS: Record<string, string> = Object.assign(Object.create(null), { customer: 'customer', customers: 'customer' });

/**
 * Words admins use that the content never does, each within a typo of one it does: customers
 * are not "custom" (nor, in Danish and Dutch, "kun" and "kant").
 */
const NOT_TYPOS: ReadonlySet<string> = new Set(['customer', 'customers', 'kunde', 'kunden', 'kunder', 'kunderne', 'klant', 'klanten']);

/** A word known as itself (a product name, a word listed as no typo): never taken as a typo of another. */
export function isKnownWord(word: Word): boolean {
  return PRODUCT_NAMES.has(word.term) || NOT_TYPOS.has(word.text.toLowerCase());
}

export function americanSpelling(word: string): string {
  const same = SAME_AS[word];
  if (same) return same;
  for (const [british, american] of BRITISH_STEMS) if (word.startsWith(british)) return american + word.slice(british.length);
  return word;
}

export interface TermOptions {
  stem?: Stemmer;
}

const ENGLISH_STOP_WORDS = stopWordsFor('en');

/** One lower-case word to its search term, or null for a common word that narrows nothing. */
export function termOf(raw: string, stem: Stemmer = stemmerFor(), stop: ReadonlySet<string> = ENGLISH_STOP_WORDS): string | null {
  const lower = raw.toLowerCase();
  if (stop.has(lower)) return null;
  if (/^\p{N}+$/u.test(lower)) return lower;
  if (lower.length === 1) return null;
  if (PRODUCT_NAMES.has(lower)) return lower;
  return NOT_STEMMED_AS[lower] ?? stem(americanSpelling(lower));
}

/** How a translated content's text is read besides English: its stemmer and common words. */
export interface LocalTerms {
  stem: Stemmer;
  stop: ReadonlySet<string>;
  /**
   * The parts a compound is searched for as, each as its English and local term ("inrichtingstaak":
   * inricht and tak), given the word in lower case and its local term; null for a word that is no
   * compound (compounds.ts).
   */
  partsOf?: (word: string, localTerm: string) => Array<[english: string, local: string]> | null;
}

/**
 * The words of a text with their terms, common words dropped, duplicates kept once. With
 * `local`, each word also gets its term in the content's language (`local`), and the
 * common words of both languages are dropped.
 */
export function wordsOf(text: string, stem: Stemmer = stemmerFor(), local?: LocalTerms): Word[] {
  const seen = new Set<string>();
  const out: Word[] = [];
  const stop = local?.stop ?? ENGLISH_STOP_WORDS;
  for (const { part, run, joined } of runsOf(text.replace(/[’']/g, ''))) {
    const term = termOf(part, stem, stop);
    if (!term) continue;
    // "inrichtingstaak" is searched for as "inrichting" and "taak": the content splits it too.
    const localTerm = local && !joined ? (termOf(part, local.stem, stop) ?? undefined) : undefined;
    // "inrichtingstaak" is searched for as "inrichting" and "taak", as the content's compounds are indexed.
    const parts = localTerm && local!.partsOf ? local!.partsOf(part.toLowerCase(), localTerm) : null;
    const found = parts ? parts.map(([english, inLocal]) => ({ term: english, local: inLocal })) : [{ term, local: localTerm }];
    for (const w of found) {
      const key = `${w.term} ${w.local ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ text: run, term: w.term, ...(w.local ? { local: w.local } : {}), ...(joined ? { joined } : {}) });
      }
    }
  }
  return out;
}

/** The terms a word is searched by: its English term, and its local one in a translated content. */
export function formsOf(word: Word): string[] {
  return word.local && word.local !== word.term ? [word.term, word.local] : [word.term];
}
