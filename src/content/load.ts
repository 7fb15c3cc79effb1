import { lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { checkContent } from './check.js';
import { say, sortDiagnostics, type Diagnostic } from './diagnostic.js';
import type { Content } from './model.js';
import type { WhereDeclared } from './overlay.js';
import { parseContentFile, unreadFile, type ParsedFile } from './parse-file.js';
import { readContentFile } from './read-file.js';
import { checkSources } from './sources.js';

export interface LoadResult {
  content: Content | null;
  diagnostics: Diagnostic[];
  files: string[];
  /** Where each id is written: translation warnings point at the English. */
  whereDeclared?: WhereDeclared;
}

/** Folder of translation overlays: loaded on request, not as part of the tree. */
export const LOCALES_DIR = 'locales';

export interface LoadOptions {
  /**
   * The docs heading snapshot (docs-snapshot/): when given, the sources and link anchors are
   * checked too. Loading for use leaves it out, so a draft without sources still runs.
   */
  snapshotDir?: string;
}

/** Loads and checks every YAML file under `dir` (except translation overlays). */
export function loadContentDir(dir: string, cwd = process.cwd(), options: LoadOptions = {}): LoadResult {
  // Paths inside the working folder read best relative (content/x.yaml); others stay as given.
  const display = (path: string) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
  let paths: string[];
  try {
    paths = yamlFilesUnder(dir);
  } catch (error) {
    return { content: null, files: [], diagnostics: [readError(display(dir), error)] };
  }
  if (paths.length === 0) {
    return {
      content: null,
      files: [],
      diagnostics: [{ file: display(dir), line: 1, col: 1, code: 'read-error', ...say('noYamlFiles') }],
    };
  }
  const parsed = paths.map((path): ParsedFile => {
    const read = readContentFile(path);
    return read.ok ? parseContentFile(display(path), read.text) : unreadFile(display(path), read);
  });
  const checked = checkContent(parsed);
  const sourceProblems = options.snapshotDir === undefined ? [] : checkSources(parsed, options.snapshotDir);
  const diagnostics = sortDiagnostics([...parsed.flatMap((p) => p.diagnostics), ...checked.diagnostics, ...sourceProblems]);
  const declared = new Map(parsed.flatMap((p) => p.declared).map((d) => [d.id, { file: d.file, line: d.pos.line, col: d.pos.col }]));
  return { content: diagnostics.length === 0 ? checked.content : null, diagnostics, files: parsed.map((p) => p.file), whereDeclared: (id) => declared.get(id) };
}

export function yamlFilesUnder(dir: string): string[] {
  if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // Any entry named *.yaml is listed, whatever it is: the reader refuses what is not a regular
    // file, with a line that says so. Linked folders are not followed, so a link cannot loop.
    if (/\.ya?ml$/.test(name)) {
      found.push(path);
    } else if (name !== LOCALES_DIR && !name.startsWith('.') && isRealFolder(path)) {
      found.push(...yamlFilesUnder(path));
    }
  }
  return found.sort();
}

function isRealFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readError(file: string, error: unknown): Diagnostic {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : (error as Error).message;
  return { file, line: 1, col: 1, code: 'read-error', ...say('cannotReadFolder', reason) };
}
