import { otherTopicWords } from './other-topics.js';

/**
 * Danish and Dutch write a compound as one word: "inrichtingstaak" is inrichting + taak,
 * "klargøringsjob" klargøring + job, "gruppemedlemmer" gruppe + medlemmer. The translated
 * content says "de taak" in one place and "de inrichtingstaak" in another, and an admin types
 * either, so a word is also read as its parts: in the content (beside the whole word, see
 * search-index.ts) and in a query (instead of it, see terms.ts). A split is only made where both
 * parts are words the content uses, which no dictionary is needed for and which keeps an
 * off-topic compound ("vergaderruimte") as unknown as it was.
 */

/** The letters that may join the parts of a compound: inrichting-s-taak, gruppe-medlemmer. */
const JOINS: Record<string, readonly string[]> = {
  da: ['', 's', 'e'],
  nl: ['', 's', 'en', 'e'],
};

/** The first part is at least a short word ("fejl", "taak"); so is the last, or "job" after a joining s. */
const MIN_HEAD = 4;
const MIN_TAIL = 4;
const MIN_TAIL_AFTER_S = 3;

/**
 * The parts of a compound, as the text has them (the joining letter dropped), longest first
 * part first; null when the word is not two words the content knows. `term` reads a part as a
 * search term (null for a common word), `known` says whether the content uses that term. The
 * last part may be a compound itself ("kenmerk" + "toewijzingen", "logboek").
 */
export function compoundParts(
  word: string,
  language: string,
  term: (raw: string) => string | null,
  known: (term: string) => boolean,
): string[] | null {
  const joins = JOINS[language];
  if (!joins || word.length < MIN_HEAD + MIN_TAIL_AFTER_S || readWhole(language).has(word)) return null;
  // An ending is no part: the stem of "brugerne" is "brug", of "aktiveret" "aktiv", so neither is
  // cut where its stem ends ("brug" + "erne"); a compound's stem runs on into its last part.
  const stemmed = term(word)?.length ?? 0;
  for (let cut = Math.min(word.length - MIN_TAIL_AFTER_S, stemmed - 1); cut >= MIN_HEAD; cut--) {
    const tail = word.slice(cut);
    const tailTerm = term(tail);
    if (!tailTerm || !known(tailTerm)) continue;
    for (const join of joins) {
      if (!word.slice(0, cut).endsWith(join) || tail.length < (join === 's' ? MIN_TAIL_AFTER_S : MIN_TAIL)) continue;
      const head = word.slice(0, cut - join.length);
      if (head.length < MIN_HEAD) continue;
      const headTerm = term(head);
      if (headTerm && known(headTerm)) return [head, ...(compoundParts(tail, language, term, known) ?? [tail])];
    }
  }
  return null;
}

const whole = new Map<string, ReadonlySet<string>>();

/**
 * The words of other admin topics (other-topics.ts) are read whole: they say where a problem is,
 * and "wachtwoord" is no "wacht" + "woord" that the content's own words could answer.
 */
function readWhole(language: string): ReadonlySet<string> {
  let words = whole.get(language);
  if (!words) whole.set(language, (words = new Set(otherTopicWords(language))));
  return words;
}

/**
 * The compounds of an index's text with the terms of their parts, as text: a line each, the
 * word's term and each part's English and local term ("\ninrichtingstak inrichting|inricht
 * taak|tak"). A query looks up the words the index knows here rather than splitting them again:
 * a cold stemmer costs tens of microseconds a call, and a split tries every cut of a word.
 */
export function compoundsText(compounds: ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>): string {
  let text = '';
  for (const [term, parts] of compounds) text += `\n${term} ${parts.map((forms) => forms.join('|')).join(' ')}`;
  return text;
}

/** The parts of a compound the index's text holds, English and local term each, by the whole word's term; null for another word. */
export function storedParts(text: string, term: string): Array<[string, string]> | null {
  const at = text.indexOf(`\n${term} `);
  if (at < 0) return null;
  const end = text.indexOf('\n', at + 1);
  return text
    .slice(at + term.length + 2, end < 0 ? undefined : end)
    .split(' ')
    .map((forms) => forms.split('|') as [string, string]);
}

/** Whether a language writes compounds as one word and is split here. */
export function splitsCompounds(language: string): boolean {
  return JOINS[language] !== undefined;
}
