import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as porterEnglish } from 'stemmer';

/**
 * One stemmer per content language, so a translated catalogue is searched in its own
 * language: "klargøringen" finds "klargøring", "inrichtingslogboeken" finds "logboek"'s
 * kin. English text keeps the English stemmer (see search.ts: a translated content is
 * indexed both ways).
 */
export type Stemmer = (word: string) => string;

const STEMMERS: Record<string, Stemmer> = {
  en: porterEnglish,
  da: danish,
  nl: dutch,
};

/** The two-letter language of a locale ("da-DK" is "da"), English for one without a stemmer. */
export function languageOf(locale = 'en'): string {
  const language = locale.slice(0, 2).toLowerCase();
  return STEMMERS[language] ? language : 'en';
}

export function stemmerFor(locale = 'en'): Stemmer {
  return STEMMERS[languageOf(locale)]!;
}
