import { readFileSync } from 'node:fs';
import { besideCode } from './beside-code.js';
import { cleanContent } from '../content/clean.js';
import type { Content } from '../content/model.js';
import type { LocaleOverlay } from '../content/schema.js';
import { applyCompiledOverlay } from '../content/translate.js';
import type { Language } from '../i18n/language.js';

/**
 * The shipped tool reads the content compiled at build time (plain JSON, no YAML
 * parsing or schema validation at start-up), with the reader's language applied from
 * its compiled overlay. `--content DIR` loads YAML instead, for authors, and fails with
 * the validator's list when it has problems. Either way the text is cleaned once here,
 * so every mode (commands, dialogue, wizard, analyser) gets clean text.
 */
export async function loadContent(contentDir?: string, language: Language = 'en', part: 'all' | 'codes' = 'all'): Promise<Content> {
  if (contentDir) {
    const { loadContentFolder } = await import('./content-dir.js');
    return cleanContent(inLanguage(loadContentFolder(contentDir, language), language));
  }
  // dist/ was checked by the validator at build time (no control characters anywhere in it).
  // `explain` starts faster on the catalogue alone (a third of the content), which the build
  // wrote in each language it has a translation for.
  const catalogue = part === 'codes' && language !== 'en' ? readShipped(`./codes.${language}.json`) : undefined;
  const content = catalogue ? inLanguage(catalogue, language) : readShipped(part === 'codes' ? './codes.json' : './content.json')!;
  const shipped = cleanContent(language === 'en' || catalogue ? content : inLanguage(translated(content, language), language), { validated: true });
  // The build wrote one search index per language: search-index.json, search-index.da.json, ...
  const index = `./search-index${language === 'en' ? '' : `.${language}`}.json`;
  return { ...shipped, searchIndexFile: besideCode(index) };
}

/** A file the build wrote beside this one; undefined when it wrote none of that name. */
function readShipped(file: string): Content | undefined {
  let text: string;
  try {
    text = readFileSync(besideCode(file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return JSON.parse(text) as Content;
}

/** The interface speaks the chosen language even where no content text is translated yet. */
function inLanguage(content: Content, language: Language): Content {
  return language === 'en' ? content : { ...content, language };
}

function translated(content: Content, language: Language): Content {
  let overlay: LocaleOverlay;
  try {
    overlay = JSON.parse(readFileSync(besideCode(`./locales/${language}.json`), 'utf8')) as LocaleOverlay;
  } catch {
    // No translation shipped for this language: English, as for any text not yet translated.
    return content;
  }
  return applyCompiledOverlay(content, overlay);
}
