import { readFileSync } from 'node:fs';
import { cleanContent } from '../content/clean.js';
import type { Content } from '../content/model.js';

/**
 * The shipped tool reads the content compiled at build time (plain JSON, no YAML
 * parsing or schema validation at start-up). `--content DIR` loads YAML instead,
 * for authors, and fails with the validator's list when it has problems. Either way the
 * text is cleaned once here, so every mode (commands, dialogue, wizard, analyser) gets clean text.
 */
export async function loadContent(contentDir?: string): Promise<Content> {
  if (contentDir) {
    const { loadContentFolder } = await import('./content-dir.js');
    return cleanContent(loadContentFolder(contentDir));
  }
  return cleanContent(JSON.parse(readFileSync(new URL('./content.json', import.meta.url), 'utf8')) as Content);
}
