import { readFileSync } from 'node:fs';
import type { Content } from '../content/model.js';

/**
 * The shipped tool reads the content compiled at build time (plain JSON, no YAML
 * parsing or schema validation at start-up). `--content DIR` loads YAML instead,
 * for authors, and fails with the validator's list when it has problems.
 */
export async function loadContent(contentDir?: string): Promise<Content> {
  if (contentDir) {
    const { loadContentFolder } = await import('./content-dir.js');
    return loadContentFolder(contentDir);
  }
  return JSON.parse(readFileSync(new URL('./content.json', import.meta.url), 'utf8')) as Content;
}
