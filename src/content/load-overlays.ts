import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkGlossaryFile } from '../i18n/glossary.js';
import { say, type Diagnostic } from './diagnostic.js';
import { LOCALES_DIR } from './load.js';
import type { Content } from './model.js';
import { checkOverlayFile, missingTranslations, type WhereDeclared } from './overlay.js';
import { readContentFile } from './read-file.js';
import type { LocaleOverlay } from './schema.js';

/** content/locales/glossary.yaml: Microsoft's Danish and Dutch terms, checked but not an overlay. */
const GLOSSARY = 'glossary.yaml';
const NOT_OVERLAYS = new Set([GLOSSARY]);

/** "da.yaml" and "da.codes.yaml" both hold Danish: a language's text may be split by topic. */
const OVERLAY_NAME = /^([a-z]{2}(?:-[A-Z]{2})?)(?:\.[a-z0-9-]+)?\.ya?ml$/;

/**
 * The overlays of a content folder (content/locales/<language>[.<part>].yaml), each file
 * checked against the content, the files of one language merged, and what they leave
 * untranslated told once per language.
 */
export function loadOverlays(dir: string, content: Content, whereDeclared?: WhereDeclared): { overlays: Map<string, LocaleOverlay>; diagnostics: Diagnostic[] } {
  const folder = join(dir, LOCALES_DIR);
  const overlays = new Map<string, LocaleOverlay>();
  const filesOf = new Map<string, string[]>();
  const diagnostics: Diagnostic[] = [];
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name) && !NOT_OVERLAYS.has(name)).sort();
  } catch {
    return { overlays, diagnostics };
  }
  const glossary = join(folder, GLOSSARY);
  if (existsSync(glossary)) {
    const read = readContentFile(glossary);
    diagnostics.push(...(read.ok ? checkGlossaryFile(glossary, read.text) : [{ file: glossary, line: 1, col: 1, code: 'read-error' as const, message: read.message, said: read.said }]));
  }
  for (const name of names) {
    const file = join(folder, name);
    const expected = OVERLAY_NAME.exec(name)?.[1];
    if (!expected) {
      diagnostics.push({ file, line: 1, col: 1, code: 'schema', ...say('overlayName') });
      continue;
    }
    const read = readContentFile(file);
    if (!read.ok) {
      diagnostics.push({ file, line: 1, col: 1, code: 'read-error', message: read.message, said: read.said });
      continue;
    }
    const checked = checkOverlayFile(content, file, read.text, whereDeclared);
    diagnostics.push(...checked.diagnostics);
    if (!checked.overlay) continue;
    if (checked.overlay.locale !== expected) {
      diagnostics.push({ file, line: 1, col: 1, code: 'schema', ...say('localeMismatch', checked.overlay.locale, expected) });
      continue;
    }
    const merged = overlays.get(expected);
    if (merged) diagnostics.push(...mergeInto(merged, checked.overlay, file, filesOf.get(expected)!));
    else overlays.set(expected, checked.overlay);
    filesOf.set(expected, [...(filesOf.get(expected) ?? []), file]);
  }
  for (const [locale, overlay] of overlays) {
    const files = filesOf.get(locale)!;
    diagnostics.push(...missingTranslations(content, overlay, files.length === 1 ? files[0]! : `${join(folder, locale)}*.yaml`, whereDeclared));
  }
  return { overlays, diagnostics };
}

/** Adds a part's entries to its language; an id translated in two parts is a problem in the later one. */
function mergeInto(into: LocaleOverlay, part: LocaleOverlay, file: string, earlier: string[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const section of ['nodes', 'codes', 'links'] as const) {
    const entries = part[section];
    if (!entries) continue;
    const target = (into[section] ??= {}) as Record<string, unknown>;
    for (const [id, entry] of Object.entries(entries)) {
      if (Object.hasOwn(target, id)) {
        problems.push({ file, line: 1, col: 1, code: 'duplicate-id', ...say('translatedTwice', id, earlier) });
        continue;
      }
      target[id] = entry;
    }
  }
  return problems;
}
