import { stemmer as porterEnglish } from 'stemmer';

/**
 * One stemmer per content language, so a translated catalogue can be searched in its own
 * language: Danish and Dutch come from @orama/stemmers when those overlays arrive
 * (`import { stemmer } from '@orama/stemmers/danish'`), registered here by locale.
 */
export type Stemmer = (word: string) => string;

const STEMMERS: Record<string, Stemmer> = {
  en: porterEnglish,
};

export function stemmerFor(locale = 'en'): Stemmer {
  return STEMMERS[locale.slice(0, 2)] ?? STEMMERS.en!;
}
