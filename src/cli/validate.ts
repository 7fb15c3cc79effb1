import { join } from 'node:path';
import { formatDiagnostic } from '../content/diagnostic.js';
import { loadContentDir } from '../content/load.js';
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

/** `provision-doctor validate [dir]`: every problem, sources and anchors included, one line each, compiler-style. */
export function runValidate(dir: string, options: ValidateOptions, out: (text: string) => void): number {
  const result = loadContentDir(dir, process.cwd(), { snapshotDir: options.snapshot ?? defaultSnapshotDir(dir) });
  if (options.json) {
    out(JSON.stringify({ ok: result.diagnostics.length === 0, files: result.files, problems: result.diagnostics }, null, 2));
    return result.diagnostics.length === 0 ? ExitCode.ok : ExitCode.problems;
  }
  if (result.diagnostics.length === 0) {
    const nodes = Object.values(result.content!.nodes);
    const codes = nodes.filter((n) => n.kind === 'code').length;
    out(`${dir}: ${result.files.length} files, ${nodes.length - codes} nodes, ${codes} error codes, ${Object.keys(result.content!.links).length} links: no problems`);
    return ExitCode.ok;
  }
  for (const d of result.diagnostics) out(formatDiagnostic(d));
  out(`${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'} in ${dir}`);
  return ExitCode.problems;
}
