/**
 * `node scripts/locale-stub.mjs <da|nl> [--content DIR] [--only id,id]`: writes or updates
 * DIR/locales/<lang>.yaml so a translator works on a complete file. See README, Translations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir, LOCALES_DIR } from '../src/content/load.js';
import { englishAtSource, stubOverlay } from '../src/content/locale-stub.js';

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
    const file = loaded.whereDeclared(entry.id)?.file;
    const before = file ? englishInHistory(file, entry.id, entry.source) : undefined;
    if (before) {
      out(`stale: ${entry.id} (source ${entry.source}, now ${entry.now}); the English that changed:`);
      for (const line of changedLines(before, entry.english)) out(line);
      continue;
    }
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

/**
 * The English an entry had at its translation's `source`, from the git history of its
 * content file (the last 200 versions); undefined outside a git work tree or when no
 * version matches, and then the current English is printed instead.
 */
function englishInHistory(file: string, id: string, source: string): Record<string, string | string[]> | undefined {
  const git = (args: string[]) => execFileSync('git', args, { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  try {
    const name = relative(git(['rev-parse', '--show-toplevel']).trim(), resolve(file)).split('\\').join('/');
    for (const commit of git(['log', '-n', '200', '--format=%H', '--', basename(file)]).split('\n').filter(Boolean)) {
      const found = englishAtSource(git(['show', `${commit}:${name}`]), id, source);
      if (found) return found;
    }
  } catch {
    // Not a git work tree, or git is not installed: the current English is shown instead.
  }
  return undefined;
}

/** Field by field, what the English was and what it is now; unchanged fields are left out. */
function changedLines(before: Record<string, string | string[]>, now: Record<string, string | string[]>): string[] {
  const lines: string[] = [];
  for (const field of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const was = before[field];
    const is = now[field];
    if (Array.isArray(was) || Array.isArray(is)) {
      const a = Array.isArray(was) ? was : [];
      const b = Array.isArray(is) ? is : [];
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (a[i] !== b[i]) lines.push(`  ${field}[${i + 1}]: ${a[i] === undefined ? '(new)' : `"${a[i]}"`} -> ${b[i] === undefined ? '(removed)' : `"${b[i]}"`}`);
      }
    } else if (was !== is) lines.push(`  ${field}: ${was === undefined ? '(new)' : `"${was}"`} -> ${is === undefined ? '(removed)' : `"${is}"`}`);
  }
  return lines;
}
