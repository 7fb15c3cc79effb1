import type { Language } from './language.js';

/**
 * The interface's own words, per language. Content text comes from the translation
 * overlays; these are the labels around it. Danish and Dutch use Microsoft's terms from
 * content/locales/glossary.yaml (klargøring, inrichting).
 */
const en = {
  remedy: 'Remedy',
  cause: 'Cause',
  steps: 'Steps',
  read: 'Read',
  next: 'Next',
  whatItMeans: 'What it means',
  retry: 'Retry',
  caution: 'Caution',
  ifNotHelped: 'If this did not help',
  howYouGotHere: 'How you got here:',
  atTheStart: '(at the start)',
  alias: 'alias',
  retriesBy: (after?: string) => `The provisioning service retries by itself${after ? ` after ${after}` : ''}.`,
  noRetry: 'The provisioning service does not fix this by retrying.',
  youMustAct: 'You need to act.',
  nothingToDo: 'Usually nothing for you to do.',
  notInCatalogue: (input: string, family?: string) => `"${input}" is not in the error-code catalogue${family ? `; by its shape it is ${family}` : ''}.`,
  closeNotSame: 'Close to it, not the same code',
  mayAnswer: 'These may answer what the line describes:',
  noGoodMatch: (query: string) => `No good match for "${query}". Start from one of the topics instead:`,
};

export type Messages = typeof en;

const da: Messages = {
  remedy: 'Løsning',
  cause: 'Årsag',
  steps: 'Trin',
  read: 'Læs',
  next: 'Næste',
  whatItMeans: 'Hvad det betyder',
  retry: 'Nyt forsøg',
  caution: 'Forsigtig',
  ifNotHelped: 'Hvis det ikke hjalp',
  howYouGotHere: 'Sådan kom du hertil:',
  atTheStart: '(ved starten)',
  alias: 'alias',
  retriesBy: (after?: string) => `Klargøringstjenesten prøver selv igen${after ? ` efter ${after}` : ''}.`,
  noRetry: 'Klargøringstjenesten løser ikke dette ved at prøve igen.',
  youMustAct: 'Du skal selv gøre noget.',
  nothingToDo: 'Normalt skal du ikke gøre noget.',
  notInCatalogue: (input: string, family?: string) => `"${input}" findes ikke i kataloget over fejlkoder${family ? `; af formen at dømme er det ${family}` : ''}.`,
  closeNotSame: 'Ligner, men er ikke den samme kode',
  mayAnswer: 'Disse kan besvare det, linjen beskriver:',
  noGoodMatch: (query: string) => `Intet godt match for "${query}". Begynd i stedet fra et af emnerne:`,
};

const nl: Messages = {
  remedy: 'Oplossing',
  cause: 'Oorzaak',
  steps: 'Stappen',
  read: 'Lees',
  next: 'Volgende',
  whatItMeans: 'Wat het betekent',
  retry: 'Opnieuw proberen',
  caution: 'Let op',
  ifNotHelped: 'Als dit niet hielp',
  howYouGotHere: 'Zo bent u hier gekomen:',
  atTheStart: '(bij het begin)',
  alias: 'alias',
  retriesBy: (after?: string) => `De inrichtingsservice probeert het zelf opnieuw${after ? ` na ${after}` : ''}.`,
  noRetry: 'De inrichtingsservice lost dit niet op door het opnieuw te proberen.',
  youMustAct: 'U moet zelf iets doen.',
  nothingToDo: 'Meestal hoeft u niets te doen.',
  notInCatalogue: (input: string, family?: string) => `"${input}" staat niet in de catalogus van foutcodes${family ? `; naar de vorm is het ${family}` : ''}.`,
  closeNotSame: 'Lijkt erop, maar is niet dezelfde code',
  mayAnswer: 'Deze kunnen beantwoorden wat de regel beschrijft:',
  noGoodMatch: (query: string) => `Geen goede overeenkomst voor "${query}". Begin in plaats daarvan bij een van de onderwerpen:`,
};

const CATALOGUE: Record<Language, Messages> = { en, da, nl };

/** The interface words for the language the content was loaded in (English when none). */
export function messages(language: string | undefined): Messages {
  return CATALOGUE[(language?.slice(0, 2) ?? 'en') as Language] ?? en;
}
