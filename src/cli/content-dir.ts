import { applyOverlay } from '../content/apply-overlay.js';
import { formatterIn } from '../content/diagnostic.js';
import { loadContentDir } from '../content/load.js';
import { loadOverlays } from '../content/load-overlays.js';
import type { Content } from '../content/model.js';
import { diagnosticWords } from '../i18n/diagnostic-words.js';
import type { Language } from '../i18n/language.js';
import { ExitCode, UserError } from './exit-codes.js';

/** `--content DIR`: the YAML loaded and checked at run time; every problem listed, in the reader's language, when it has any. */
export function loadContentFolder(dir: string, language: Language = 'en'): Content {
  const result = loadContentDir(dir);
  if (!result.content) {
    const lines = result.diagnostics.map(formatterIn(language)).join('\n');
    throw new UserError(`${lines}\n${diagnosticWords(language).contentProblems(result.diagnostics.length, dir)}`, ExitCode.problems);
  }
  if (language === 'en') return result.content;
  // Problems in a translation are `validate`'s business; text it cannot use stays English.
  const overlay = loadOverlays(dir, result.content).overlays.get(language);
  return overlay ? applyOverlay(result.content, overlay).content : result.content;
}
