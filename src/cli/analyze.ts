import { accessSync, closeSync, constants, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content } from '../content/model.js';
import { Analysis } from '../logs/analysis.js';
import { parseFilter } from '../logs/filter.js';
import type { Report } from '../logs/report.js';
import { isPortalCsvPart, readingOrder, sniff } from '../logs/sniff.js';
import type { FormatId } from '../logs/types.js';
import { renderReport } from './analyze-text.js';
import { ExitCode, UserError } from './exit-codes.js';
import { chooseMode } from './mode.js';
import { styleFor } from './style.js';
import { stripControl } from '../text/strip-control.js';

export interface AnalyzeOptions {
  json?: boolean;
  /** The global --plain: the walk offered after the report is the line-by-line dialogue. */
  plain?: boolean;
  since?: string;
  until?: string;
  app?: string;
  status?: string;
  identity?: string;
  redact?: boolean;
  /** Exit 3 when the report holds events with any of these statuses (for CI jobs). */
  failOn?: string;
}

/** What --fail-on accepts: the statuses a CI job may want to fail on. */
const FAIL_ON = ['failure', 'warning', 'skipped'] as const;
type FailOn = (typeof FAIL_ON)[number];

const CHUNK = 1 << 20;

/** `provision-doctor analyze <file-or-folder...>`: exit 0 when every file was read cleanly, 1 when anything could not be read. */
export async function runAnalyze(content: Content, paths: string[], options: AnalyzeOptions, out: (text: string) => void): Promise<number> {
  const ambiguous = ['since', 'until'].flatMap((key) => ambiguousDate(key, options[key as 'since' | 'until']));
  if (ambiguous.length > 0) throw new UserError(ambiguous.join('\n'));
  const { filter, errors } = parseFilter(options);
  if (errors.length > 0) throw new UserError(errors.join('\n'));
  const failOn = parseFailOn(options.failOn);
  // A path that cannot be read is one line on stderr; with nothing left to read, no empty report.
  const unreadable = paths.flatMap((path) => unreadableLine(path));
  for (const line of unreadable) process.stderr.write(`provision-doctor analyze: ${line}\n`);
  if (unreadable.length === paths.length) return ExitCode.problems;
  const analysis = new Analysis(filter);
  const files = collectFiles(paths, analysis);
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (const { path } of files) readFile(analysis, path, buffer);
  const report = analysis.report(content, { redact: options.redact });
  out(options.json ? JSON.stringify(report, null, 2) : renderReport(report));
  const mode = chooseMode({ plain: options.plain ?? false, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: process.stdout.isTTY });
  if (!options.json && mode !== 'no-terminal' && !process.env.CI) await offerWalk(content, report, mode);
  const readNothing = report.summary.recordsRead === 0;
  if (report.problems.length > 0 || readNothing || unreadable.length > 0) return ExitCode.problems;
  return failOn.some((status) => report.summary.byStatus[status] > 0) ? ExitCode.findings : ExitCode.ok;
}

function parseFailOn(value: string | undefined): FailOn[] {
  if (!value) return [];
  const wanted = value.split(',').map((s) => s.trim().toLowerCase());
  const bad = wanted.filter((s) => !(FAIL_ON as readonly string[]).includes(s));
  if (bad.length > 0) throw new UserError(`--fail-on "${bad.join(',')}" is not one of ${FAIL_ON.join(', ')}`);
  return wanted as FailOn[];
}

/** Why a path given cannot be read, as one line; none when it can. */
function unreadableLine(path: string): string[] {
  const shown = stripControl(path);
  try {
    statSync(path);
    accessSync(path, constants.R_OK);
    return [];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [`${shown}: no such file or folder`];
    if (code === 'EACCES' || code === 'EPERM') return [`${shown}: not allowed to read it`];
    return [`${shown}: cannot read it (${code ?? (error as Error).message})`];
  }
}

/**
 * A date written with slashes, both first numbers 12 or less (02/05/2024), is 5 February in
 * the United States and 2 May in most of Europe: refused, with the unambiguous spelling.
 */
function ambiguousDate(key: string, value: string | undefined): string[] {
  const m = value ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value.trim()) : null;
  if (!m) return [];
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
  if (a > 12 || b > 12 || a === b) return [];
  const iso = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [`--${key} "${value}" could be ${iso(a, b)} or ${iso(b, a)}: write it as year-month-day, e.g. ${iso(b, a)}`];
}

function readFile(analysis: Analysis, path: string, buffer: Buffer): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    analysis.problem({ file: path, message: `cannot open: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return;
  }
  const input = analysis.open(path);
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      input.write(buffer.subarray(0, n));
      if (input.done) break;
    }
  } catch (error) {
    analysis.problem({ file: path, message: `reading stopped: ${(error as Error).message}` });
  } finally {
    closeSync(fd);
    input.end();
  }
}

interface Found {
  path: string;
  kind: FormatId | 'json';
}

/**
 * Files given, files in folders given (and their subfolders), and the other parts of
 * a portal CSV download lying beside a part given alone. A file reached twice (by two
 * spellings of its path, or a link) is read once.
 */
function collectFiles(paths: string[], analysis: Analysis): Found[] {
  const found = new Map<string, Found>();
  const add = (path: string) => {
    const real = realPath(path);
    if (!found.has(real)) found.set(real, { path, kind: sniff(readHead(path)) });
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      analysis.problem({ file: path, message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) for (const file of filesIn(path, analysis)) add(file);
    else add(path);
  }
  for (const { path, kind } of [...found.values()]) {
    if (!isPortalCsvPart(kind)) continue;
    for (const sibling of siblingsOf(path)) {
      if (found.has(realPath(sibling)) || !/\.csv$/i.test(sibling)) continue;
      const siblingKind = sniff(readHead(sibling));
      if (isPortalCsvPart(siblingKind) && siblingKind !== kind) found.set(realPath(sibling), { path: sibling, kind: siblingKind });
    }
  }
  return readingOrder([...found.values()]);
}

/** The other files in the folder of `path` (not its subfolders): where a portal CSV download keeps its parts. */
function siblingsOf(path: string): string[] {
  const dir = dirname(path);
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** The files of a folder and its subfolders (links followed, hidden names left out), sorted. */
function filesIn(dir: string, analysis: Analysis, depth = 0): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    analysis.problem({ file: dir, message: `cannot list the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      analysis.problem({ file: path, message: 'skipped: a link to nothing' });
      return [];
    }
    if (stat.isFile()) return [path];
    // Deep enough for an export unpacked into folders; a link loop stops here too.
    if (stat.isDirectory() && depth < 8) return filesIn(path, analysis, depth + 1);
    analysis.problem({ file: path, message: stat.isDirectory() ? 'skipped: folders nested this deep are not read' : 'skipped: not a regular file' });
    return [];
  });
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function readHead(path: string): Buffer {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(16_384);
      return head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return Buffer.alloc(0);
  }
}

/** Offers to go on to a failure group's remedy, in the wizard or (with --plain or TERM=dumb) the dialogue. */
async function offerWalk(content: Content, report: Report, mode: 'wizard' | 'plain'): Promise<void> {
  const groups = report.groups;
  if (!groups.some((g) => g.remedyId)) return;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let answer: string;
  try {
    answer = await rl.question(`\nOpen the guide at a failure group's remedy? Type its number (1-${groups.length}), or press Enter to finish: `);
  } catch {
    // Ctrl+C or the end of input at the prompt: the report is out, so just finish.
    answer = '';
    process.stdout.write('\n');
  } finally {
    rl.close();
  }
  if (answer.trim() === '') return;
  const chosen = groups[Number.parseInt(answer.trim(), 10) - 1];
  if (!chosen?.remedyId) {
    process.stdout.write(`"${stripControl(answer.trim())}" is not a group number; finished.\n`);
    return;
  }
  const path = `@${chosen.remedyId}`;
  if (mode === 'plain') {
    const { runPlain } = await import('./run-plain.js');
    await runPlain(content, styleFor(process.env, process.stdout.isTTY), path);
    return;
  }
  const { runWizard } = await import('../tui/run-wizard.js');
  await runWizard(content, { path });
}
