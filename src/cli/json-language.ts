import type { Content } from '../content/model.js';
import { isLanguage, type Language } from '../i18n/language.js';

/**
 * The language a --json document's text values are in, named at its top so a script knows
 * what it reads: the reader's choice (--lang or the locale). Keys, ids and codes never change
 * with it; a text not yet translated stays English, as it does on screen.
 */
export function jsonLanguage(content: Content): Language {
  const code = content.language?.slice(0, 2) ?? 'en';
  return isLanguage(code) ? code : 'en';
}
