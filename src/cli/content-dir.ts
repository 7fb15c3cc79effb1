import { formatDiagnostic } from '../content/diagnostic.js';
import { loadContentDir } from '../content/load.js';
import type { Content } from '../content/model.js';
import { ExitCode, UserError } from './exit-codes.js';

/** `--content DIR`: the YAML loaded and checked at run time; every problem listed when it has any. */
export function loadContentFolder(dir: string): Content {
  const result = loadContentDir(dir);
  if (!result.content) {
    const lines = result.diagnostics.map(formatDiagnostic).join('\n');
    throw new UserError(`${lines}\n${result.diagnostics.length} problem(s) in ${dir}`, ExitCode.problems);
  }
  return result.content;
}
