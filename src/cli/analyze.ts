import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import type { Content } from '../content/model.js';
import { cliWords, type CliWords } from '../i18n/cli-words.js';
import { Analysis } from '../logs/analysis.js';
import { parseFilter } from '../logs/filter.js';
import { collectFiles } from './analyze-files.js';
import { renderReport } from './analyze-text.js';
import { ExitCode, UserError } from './exit-codes.js';
import { chooseMode } from './mode.js';
import { jsonLanguage } from './json-language.js';
import { offerWalk } from './offer-walk.js';
import { stdoutIsTerminal, writeError } from './output.js';
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

type AnalyzeWords = CliWords['error']['analyze'];

/** `provision-doctor analyze <file-or-folder...>`: exit 0 when every file was read cleanly, 1 when anything could not be read. */
export async function runAnalyze(content: Content, paths: string[], options: AnalyzeOptions, out: (text: string) => void): Promise<number> {
  const words = cliWords(content.language).error.analyze;
  const ambiguous = ['since', 'until'].flatMap((key) => ambiguousDate(key, options[key as 'since' | 'until'], words));
  if (ambiguous.length > 0) throw new UserError(ambiguous.join('\n'));
  const { filter, errors } = parseFilter(options, words);
  if (errors.length > 0) throw new UserError(errors.join('\n'));
  const failOn = parseFailOn(options.failOn, words);
  // A path that cannot be read is one line on stderr; with nothing left to read, no empty report.
  const unreadable = paths.flatMap((path) => unreadableLine(path, words));
  for (const line of unreadable) writeError(`provision-doctor analyze: ${line}`);
  if (unreadable.length === paths.length) return ExitCode.problems;
  const analysis = new Analysis(filter, { redact: options.redact });
  const files = collectFiles(paths, analysis);
  // The steps and modified-properties parts of a portal CSV download hold no events of their own.
  if (files.filter((f) => f.kind !== 'portal-csv-steps' && f.kind !== 'portal-csv-modified-properties').length > 1) analysis.checkOverlaps();
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (const { path } of files) readFile(analysis, path, buffer);
  const report = analysis.report(content);
  out(options.json ? JSON.stringify({ language: jsonLanguage(content), ...report }, null, 2) : renderReport(report, content.language));
  const mode = chooseMode({ plain: options.plain ?? false, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: stdoutIsTerminal() });
  if (!options.json && mode !== 'no-terminal' && !process.env.CI) await offerWalk(content, 'failureGroup', report.groups.map((g) => (g.remedyId ? `@${g.remedyId}` : null)), mode);
  const readNothing = report.summary.recordsRead === 0;
  if (report.problems.length > 0 || readNothing || unreadable.length > 0) return ExitCode.problems;
  return failOn.some((status) => report.summary.byStatus[status] > 0) ? ExitCode.findings : ExitCode.ok;
}

function parseFailOn(value: string | undefined, words: AnalyzeWords): FailOn[] {
  if (!value) return [];
  const wanted = value.split(',').map((s) => s.trim().toLowerCase());
  const bad = wanted.filter((s) => !(FAIL_ON as readonly string[]).includes(s));
  if (bad.length > 0) throw new UserError(words.notOneOf('--fail-on', bad.join(','), FAIL_ON.join(', ')));
  return wanted as FailOn[];
}

/** Why a path given cannot be read, as one line; none when it can. */
function unreadableLine(path: string, words: AnalyzeWords): string[] {
  const shown = stripControl(path);
  try {
    statSync(path);
    accessSync(path, constants.R_OK);
    return [];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [words.noSuchFile(shown)];
    if (code === 'EACCES' || code === 'EPERM') return [words.notAllowed(shown)];
    return [words.cannotRead(shown, code ?? (error as Error).message)];
  }
}

/**
 * A date written with slashes, both first numbers 12 or less (02/05/2024), is 5 February in
 * the United States and 2 May in most of Europe: refused, with the unambiguous spelling.
 */
function ambiguousDate(key: string, value: string | undefined, words: AnalyzeWords): string[] {
  const m = value ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value.trim()) : null;
  if (!m) return [];
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
  if (a > 12 || b > 12 || a === b) return [];
  const iso = (month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [words.ambiguousDate(`--${key}`, value!, iso(a, b), iso(b, a))];
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
    // Inside the try: a small file is only parsed here, at its end.
    input.end();
  } catch (error) {
    analysis.problem({ file: path, message: `reading stopped: ${(error as Error).message}` });
  } finally {
    closeSync(fd);
  }
}
