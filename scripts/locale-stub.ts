/**
 * `node scripts/locale-stub.mjs <da|nl> [--content DIR] [--only id,id]`: writes or updates
 * DIR/locales/<lang>.yaml so a translator works on a complete file. See README, Translations.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir, LOCALES_DIR } from '../src/content/load.js';
import { stubOverlay } from '../src/content/locale-stub.js';

const LANGUAGE_NAMES: Record<string, string> = { da: 'Danish', nl: 'Dutch' };
const USAGE = 'usage: node scripts/locale-stub.mjs <da|nl> [--content DIR] [--only id,id,...]';

export function runLocaleStub(args: string[], root: string, out: (line: string) => void, err: (line: string) => void): number {
  let contentDir = 'content';
  let only: Set<string> | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--content' || arg === '--only') {
      const value = args[++i];
      if (value === undefined) return usage(err, `${arg} needs a value`);
      if (arg === '--content') contentDir = value;
      else only = new Set(value.split(',').map((id) => id.trim()).filter(Boolean));
    } else if (arg === '-h' || arg === '--help') {
      out(USAGE);
      return 0;
    } else if (arg.startsWith('-')) return usage(err, `unknown option ${arg}`);
    else positional.push(arg);
  }
  const locale = positional[0];
  if (positional.length !== 1 || !locale || !LANGUAGE_NAMES[locale]) return usage(err, `give one language: ${Object.keys(LANGUAGE_NAMES).join(' or ')}`);

  const loaded = loadContentDir(contentDir);
  if (!loaded.content || !loaded.whereDeclared) {
    for (const d of loaded.diagnostics) err(formatDiagnostic(d));
    err(`${contentDir}: fix the content first (${loaded.diagnostics.length} problem(s))`);
    return 1;
  }
  const unknown = [...(only ?? [])].filter((id) => !Object.hasOwn(loaded.content!.nodes, id) && !Object.hasOwn(loaded.content!.links, id));
  if (unknown.length > 0) {
    err(`locale-stub: --only: no node, error code or link ${unknown.map((id) => `"${id}"`).join(', ')} in ${contentDir}`);
    return 1;
  }
  const file = join(contentDir, LOCALES_DIR, `${locale}.yaml`);
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const schema = relative(dirname(file), join(root, 'schema', 'locale.schema.json')).split('\\').join('/');
  const header = [
    `yaml-language-server: $schema=${schema}`,
    `${LANGUAGE_NAMES[locale]} text of the content, by id. \`source\` is the hash of the English an entry translates:`,
    'when the English changes, validate reports the entry stale until it is updated.',
    'scripts/locale-stub.mjs adds what is missing with the English to translate; use the words',
    'of locales/glossary.yaml for portal labels.',
  ];
  let result;
  try {
    result = stubOverlay({ content: loaded.content, whereDeclared: loaded.whereDeclared, locale, existing, header, only, contentLabel: (f) => relative(contentDir, f).split('\\').join('/') });
  } catch (error) {
    err(`${file}: ${(error as Error).message}`);
    return 1;
  }
  if (result.added.length > 0 || existing === undefined) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, result.text);
  }
  out(`${file}: ${result.added.length} entr${result.added.length === 1 ? 'y' : 'ies'} added with the English to translate`);
  for (const entry of result.stale) {
    out(`stale: ${entry.id} (source ${entry.source || 'missing'}, now ${entry.now}); its English is now:`);
    for (const [field, text] of Object.entries(entry.english)) {
      if (Array.isArray(text)) text.forEach((item, i) => out(`  ${field}[${i + 1}]: ${item}`));
      else out(`  ${field}: ${text}`);
    }
  }
  if (result.stale.length > 0) out(`${result.stale.length} stale entr${result.stale.length === 1 ? 'y' : 'ies'} left as they are: update the text, then set source to the hash shown`);
  return 0;
}

function usage(err: (line: string) => void, problem: string): number {
  err(`locale-stub: ${problem}`);
  err(USAGE);
  return 2;
}
