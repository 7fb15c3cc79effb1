/**
 * Writes docs-snapshot/: for every Learn page the content links with an anchor, or names with a
 * heading in a source, the page's headings as Learn anchors, read from local checkouts of the
 * docs' source. Run through scripts/snapshot-headings.mjs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { formatSnapshot, headingsOfMarkdown, learnAnchor, learnPagePath, pageSource, snapshotFileFor } from '../src/content/docs-snapshot.js';
import { yamlFilesUnder } from '../src/content/load.js';
import { parseContentFile } from '../src/content/parse-file.js';

const USAGE = 'usage: node scripts/snapshot-headings.mjs <docs-checkout-dir> [more dirs] [--content dir] [--out dir] [--read YYYY-MM-DD]';

interface Options {
  checkouts: string[];
  content: string;
  out: string;
  read: string;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { checkouts: [], content: 'content', out: 'docs-snapshot', read: new Date().toISOString().slice(0, 10) };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--content' || arg === '--out' || arg === '--read') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      options[arg.slice(2) as 'content' | 'out' | 'read'] = value;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else {
      options.checkouts.push(arg);
    }
  }
  if (options.checkouts.length === 0) return 'give at least one docs checkout folder';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.read)) return '--read must be a date such as 2026-11-30';
  return options;
}

/** One address per page that needs a snapshot: linked with an anchor, or named by a source with a heading. */
function pagesToSnapshot(contentDir: string): Map<string, string> {
  const files = yamlFilesUnder(contentDir).map((path) => parseContentFile(path, readFileSync(path, 'utf8')));
  const urls = new Map<string, string>();
  for (const file of files) for (const [id, link] of Object.entries(file.links)) urls.set(id, link.url);
  const wanted = new Set<string>();
  for (const url of urls.values()) if (learnAnchor(url) !== null) wanted.add(url);
  for (const file of files) {
    const entries = [...Object.values(file.nodes), ...Object.values(file.codes)];
    for (const entry of entries) {
      if (!('sources' in entry) || !entry.sources) continue;
      for (const source of entry.sources) {
        const url = urls.get(source.link);
        if (url !== undefined && source.heading !== undefined) wanted.add(url);
      }
    }
  }
  const pages = new Map<string, string>();
  for (const url of [...wanted].sort()) {
    const page = learnPagePath(url);
    if (page && !pages.has(page)) pages.set(page, url);
  }
  return pages;
}

/** `[!INCLUDE [label](path)]` on a line of its own: Learn puts the included file's text there. */
const INCLUDE_LINE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(\s*([^)\s]+)\s*\)\s*\]\s*$/i;
/** Includes nest; a loop between include files must not hang the script. */
const MAX_INCLUDE_DEPTH = 5;

/**
 * Where an include target lives, relative to the checkout: `~/x` is the docset folder (the first
 * folder of the page's path, `docs/` in entra-docs), anything else is relative to the including
 * file. Null for a target outside the checkout.
 */
function includeTarget(checkout: string, from: string, target: string): string | null {
  const candidates = target.startsWith('~/')
    ? [posix.join(from.split('/')[0]!, target.slice(2)), target.slice(2)]
    : [posix.join(posix.dirname(from), target)];
  for (const candidate of candidates.map((path) => posix.normalize(path))) {
    if (candidate.startsWith('..') || posix.isAbsolute(candidate)) continue;
    if (existsSync(join(checkout, candidate))) return candidate;
  }
  return null;
}

/** A file's text without its front matter: an include's own ms.date is not the page's. */
function withoutFrontMatter(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[^\n]*(\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/**
 * The page's markdown as Learn renders it: each [!INCLUDE] line replaced by the included file, so
 * the headings an include brings (the Workday tutorial's are all in one) get their anchors too.
 * An include missing from the checkout is named in `missing` and its headings are not seen.
 */
function expandIncludes(checkout: string, path: string, missing: string[], depth = 0): string {
  const text = readFileSync(join(checkout, path), 'utf8');
  const lines = (depth === 0 ? text : withoutFrontMatter(text)).split(/\r?\n/);
  return lines
    .map((line) => {
      const target = INCLUDE_LINE.exec(line)?.[1];
      if (target === undefined || depth >= MAX_INCLUDE_DEPTH) return line;
      const found = includeTarget(checkout, path, target);
      if (found === null) {
        missing.push(`${path}: ${target}`);
        return line;
      }
      return expandIncludes(checkout, found, missing, depth + 1);
    })
    .join('\n');
}

export function main(args: string[], log: (line: string) => void = console.log, warn: (line: string) => void = console.error): number {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    warn(`snapshot-headings: ${options}\n${USAGE}`);
    return 2;
  }
  let written = 0;
  const missing: string[] = [];
  const missingIncludes: string[] = [];
  for (const [page, url] of pagesToSnapshot(options.content)) {
    const source = pageSource(url);
    const checkout = source && options.checkouts.find((dir) => existsSync(join(dir, source.path)));
    if (!source || !checkout) {
      missing.push(`${page}: ${source ? `${source.repo} ${source.path} is not in ${options.checkouts.join(', ')}` : 'no known docs repository for this address'}`);
      continue;
    }
    const headings = headingsOfMarkdown(expandIncludes(checkout, source.path, missingIncludes));
    const target = join(options.out, snapshotFileFor(page));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, formatSnapshot(source, headings, options.read));
    written++;
  }
  log(`snapshot-headings: ${written} page${written === 1 ? '' : 's'} written to ${options.out}`);
  for (const line of missing) warn(`not found: ${line}`);
  // A missing include still leaves a usable snapshot (without its headings), so it only warns.
  for (const line of missingIncludes) warn(`include not found, its headings are left out: ${line}`);
  return missing.length === 0 ? 0 : 1;
}
