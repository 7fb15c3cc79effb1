import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossaryFile } from '../i18n/glossary.js';
import type { Diagnostic } from './diagnostic.js';
import { LOCALES_DIR } from './load.js';
import type { Content } from './model.js';
import { checkOverlayFile, type WhereDeclared } from './overlay.js';
import type { LocaleOverlay } from './schema.js';

/** content/locales/glossary.yaml: Microsoft's Danish and Dutch terms, checked but not an overlay. */
const GLOSSARY = 'glossary.yaml';
const NOT_OVERLAYS = new Set([GLOSSARY]);

/** The overlays of a content folder (content/locales/<language>.yaml), checked against the content. */
export function loadOverlays(dir: string, content: Content, whereDeclared?: WhereDeclared): { overlays: Map<string, LocaleOverlay>; diagnostics: Diagnostic[] } {
  const folder = join(dir, LOCALES_DIR);
  const overlays = new Map<string, LocaleOverlay>();
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !NOT_OVERLAYS.has(name)).sort();
  } catch {
    return { overlays, diagnostics };
  }
  const glossary = join(folder, GLOSSARY);
  if (existsSync(glossary)) diagnostics.push(...checkGlossaryFile(glossary, readFileSync(glossary, 'utf8')));
  for (const name of names) {
    const file = join(folder, name);
    const checked = checkOverlayFile(content, file, readFileSync(file, 'utf8'), whereDeclared);
    diagnostics.push(...checked.diagnostics);
    if (!checked.overlay) continue;
    const expected = name.replace(/\.ya?ml$/, '');
    if (checked.overlay.locale !== expected) {
      diagnostics.push({ file, line: 1, col: 1, code: 'schema', message: `locale "${checked.overlay.locale}" does not match the file name (${expected})` });
      continue;
    }
    overlays.set(checked.overlay.locale, checked.overlay);
  }
  return { overlays, diagnostics };
}
