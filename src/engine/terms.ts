import { stemmerFor, type Stemmer } from './stemmers.js';

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

function runsOf(text: string): Array<{ part: string; run: string; joined?: boolean }> {
  const out: Array<{ part: string; run: string; joined?: boolean }> = [];
  for (const [run] of text.matchAll(RUN)) {
    const parts = run.split(CAMEL);
    for (const part of parts) out.push({ part, run });
    // The joined form lets "EntryConflict" match the code key "entryconflict" too.
    if (parts.length > 1 && /\p{L}/u.test(run) && run.length >= 6) out.push({ part: run, run, joined: true });
  }
  return out;
}

const STOP_WORDS = new Set(
  (
    'a about after again all also am an and any are as at be been before being both but by can cannot could did do does ' +
    'doing dont done down during each else even ever every few for from get gets got had has have having he her here ' +
    'hers him his how i if in into is isnt it its itself just me more most my no nor not now of off on once only or ' +
    'other our out over own same she should so some still such than that the their them then there these they this ' +
    'those through to too under until up us very was wasnt we were what when where which while who whom why will with ' +
    'wont would you your yours im ive weve youre please help issue problem thing things anyone someone something ' +
    'getting keep keeps seem seems way want need trying tried able anyway actually really basically somehow maybe ' +
    'probably hi hello thanks thank guys kind sort like lot lots bit today yesterday though although however via per ' +
    'explain tell cant didnt doesnt arent couldnt wouldnt shouldnt hasnt havent etc needs needed wants wanted ' +
    'because rather goes going went'
  ).split(' '),
);

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

/** Words admins use for the same thing the content says shorter: "application" is an "app". */
const SAME_AS: Record<string, string> = { application: 'app', applications: 'apps' };

export function americanSpelling(word: string): string {
  const same = SAME_AS[word];
  if (same) return same;
  for (const [british, american] of BRITISH_STEMS) if (word.startsWith(british)) return american + word.slice(british.length);
  return word;
}

export interface TermOptions {
  stem?: Stemmer;
}

/** One lower-case word to its search term, or null for a common word that narrows nothing. */
export function termOf(raw: string, stem: Stemmer = stemmerFor()): string | null {
  const lower = raw.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  if (/^\p{N}+$/u.test(lower)) return lower;
  if (lower.length === 1) return null;
  return stem(americanSpelling(lower));
}

/** The words of a text with their terms, common words dropped, duplicates kept once. */
export function wordsOf(text: string, stem: Stemmer = stemmerFor()): Word[] {
  const seen = new Set<string>();
  const out: Word[] = [];
  for (const { part, run, joined } of runsOf(text.replace(/[’']/g, ''))) {
    const term = termOf(part, stem);
    if (term && !seen.has(term)) {
      seen.add(term);
      out.push({ text: run, term, ...(joined ? { joined } : {}) });
    }
  }
  return out;
}
