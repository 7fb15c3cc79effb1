import { readFileSync } from 'node:fs';
import type { Content } from '../content/model.js';
import { ExitCode, UserError } from './exit-codes.js';

/**
 * The shipped tool reads the content compiled at build time (plain JSON, no YAML
 * parsing or schema validation at start-up). `--content DIR` loads YAML instead,
 * for authors, and fails with the validator's list when it has problems.
 */
export async function loadContent(contentDir?: string): Promise<Content> {
  if (contentDir) {
    const { loadContentDir } = await import('../content/load.js');
    const { formatDiagnostic } = await import('../content/diagnostic.js');
    const result = loadContentDir(contentDir);
    if (!result.content) {
      const lines = result.diagnostics.map(formatDiagnostic).join('\n');
      throw new UserError(`${lines}\n${result.diagnostics.length} problem(s) in ${contentDir}`, ExitCode.problems);
    }
    return result.content;
  }
  return JSON.parse(readFileSync(new URL('./content.json', import.meta.url), 'utf8')) as Content;
}
