import { statSync } from 'node:fs';
import { join } from 'node:path';
import { formatterIn, inLanguage, sortDiagnostics } from '../content/diagnostic.js';
import { loadContentDir } from '../content/load.js';
import { loadOverlays } from '../content/load-overlays.js';
import { isLanguage } from '../i18n/language.js';
import { messages } from '../i18n/messages.js';
import { ExitCode, UserError } from './exit-codes.js';
import { writeError } from './output.js';

export interface ValidateOptions {
  json?: boolean;
  /** The docs heading snapshot; by default docs-snapshot/ beside the content folder. */
  snapshot?: string;
  /** The reader's language: the diagnostics' sentences and the summary line follow it. */
  language?: string;
}

/** Where the heading snapshot of `dir` is kept unless told: the repository keeps both side by side. */
export function defaultSnapshotDir(dir: string): string {
  return join(dir, '..', 'docs-snapshot');
}

/**
 * `provision-doctor validate [dir]`: every problem, sources and anchors included, one line
 * each, compiler-style, then the translation overlays against the content. Warnings
 * (untranslated text) are listed but do not fail; errors do.
 */
export function runValidate(dir: string, options: ValidateOptions, out: (text: string) => void): number {
  const m = messages(options.language);
  const snapshotDir = options.snapshot ?? defaultSnapshotDir(dir);
  const snapshot = isFolder(snapshotDir);
  // A snapshot that is not there would make every source and anchor a problem of its own.
  if (!snapshot && options.snapshot !== undefined) throw new UserError(m.validate.noSnapshotGiven(options.snapshot), ExitCode.usage);
  if (!snapshot) writeError(`provision-doctor validate: ${m.validate.noSnapshotBeside(dir)}`);
  const result = loadContentDir(dir, process.cwd(), snapshot ? { snapshotDir } : {});
  const overlays = result.content ? loadOverlays(dir, result.content, result.whereDeclared) : { overlays: new Map(), diagnostics: [] };
  const all = sortDiagnostics([...result.diagnostics, ...overlays.diagnostics]);
  const errors = all.filter((d) => d.severity !== 'warning');
  const warnings = all.length - errors.length;
  if (options.json) {
    const shown = (list: typeof all) => list.map((d) => inLanguage(d, options.language));
    // The messages follow the reader's language, so the document names it like every other --json.
    const language = options.language && isLanguage(options.language) ? options.language : 'en';
    out(JSON.stringify({ language, ok: errors.length === 0, sourcesChecked: snapshot, files: result.files, problems: shown(errors), warnings: shown(all.filter((d) => d.severity === 'warning')) }, null, 2));
    return errors.length === 0 ? ExitCode.ok : ExitCode.problems;
  }
  const format = formatterIn(options.language);
  for (const d of all) out(format(d));
  if (errors.length === 0) {
    const nodes = Object.values(result.content!.nodes);
    const codes = nodes.filter((n) => n.kind === 'code').length;
    const counts = { dir, files: result.files.length, nodes: nodes.length - codes, codes, links: Object.keys(result.content!.links).length, translations: [...overlays.overlays.keys()], warnings };
    out(m.validate.ok(counts));
    return ExitCode.ok;
  }
  out(m.validate.failed(errors.length, warnings, dir));
  return ExitCode.problems;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
