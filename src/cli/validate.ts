import { join } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '../content/diagnostic.js';
import { loadContentDir } from '../content/load.js';
import { loadOverlays } from '../content/load-overlays.js';
import { ExitCode } from './exit-codes.js';

export interface ValidateOptions {
  json?: boolean;
  /** The docs heading snapshot; by default docs-snapshot/ beside the content folder. */
  snapshot?: string;
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
  const result = loadContentDir(dir, process.cwd(), { snapshotDir: options.snapshot ?? defaultSnapshotDir(dir) });
  const overlays = result.content ? loadOverlays(dir, result.content, result.whereDeclared) : { overlays: new Map(), diagnostics: [] };
  const all = sortDiagnostics([...result.diagnostics, ...overlays.diagnostics]);
  const errors = all.filter((d) => d.severity !== 'warning');
  const warnings = all.length - errors.length;
  if (options.json) {
    out(JSON.stringify({ ok: errors.length === 0, files: result.files, problems: errors, warnings: all.filter((d) => d.severity === 'warning') }, null, 2));
    return errors.length === 0 ? ExitCode.ok : ExitCode.problems;
  }
  for (const d of all) out(formatDiagnostic(d));
  const warned = warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  if (errors.length === 0) {
    const nodes = Object.values(result.content!.nodes);
    const codes = nodes.filter((n) => n.kind === 'code').length;
    const languages = [...overlays.overlays.keys()];
    const translated = languages.length > 0 ? `, translations: ${languages.join(', ')}` : '';
    out(`${dir}: ${result.files.length} files, ${nodes.length - codes} nodes, ${codes} error codes, ${Object.keys(result.content!.links).length} links${translated}: no problems${warned}`);
    return ExitCode.ok;
  }
  out(`${errors.length} problem${errors.length === 1 ? '' : 's'}${warned} in ${dir}`);
  return ExitCode.problems;
}
