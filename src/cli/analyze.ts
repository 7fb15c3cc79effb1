import { closeSync, openSync, readSync } from 'node:fs';
import type { Content } from '../content/model.js';
import { Analysis } from '../logs/analysis.js';
import { parseFilter } from '../logs/filter.js';
import type { Report } from '../logs/report.js';
import { collectFiles } from './analyze-files.js';
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
}

const CHUNK = 1 << 20;

/** `provision-doctor analyze <file-or-folder...>`: exit 0 when every file was read cleanly, 1 when anything could not be read. */
export async function runAnalyze(content: Content, paths: string[], options: AnalyzeOptions, out: (text: string) => void): Promise<number> {
  const { filter, errors } = parseFilter(options);
  if (errors.length > 0) throw new UserError(errors.join('\n'));
  const analysis = new Analysis(filter);
  const files = collectFiles(paths, analysis);
  // The steps and modified-properties parts of a portal CSV download hold no events of their own.
  if (files.filter((f) => f.kind !== 'portal-csv-steps' && f.kind !== 'portal-csv-modified-properties').length > 1) analysis.checkOverlaps();
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (const { path } of files) readFile(analysis, path, buffer);
  const report = analysis.report(content, { redact: options.redact });
  out(options.json ? JSON.stringify(report, null, 2) : renderReport(report));
  const mode = chooseMode({ plain: options.plain ?? false, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: process.stdout.isTTY });
  if (!options.json && mode !== 'no-terminal' && !process.env.CI) await offerWalk(content, report, mode);
  const readNothing = report.summary.recordsRead === 0;
  return report.problems.length > 0 || readNothing ? ExitCode.problems : ExitCode.ok;
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
