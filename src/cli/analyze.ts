import { closeSync, openSync, readSync } from 'node:fs';
import type { Content } from '../content/model.js';
import { Analysis } from '../logs/analysis.js';
import { parseFilter } from '../logs/filter.js';
import type { Report } from '../logs/report.js';
import { collectFiles } from './analyze-files.js';
import { renderReport } from './analyze-text.js';
import { ExitCode, UserError } from './exit-codes.js';
import { chooseMode } from './mode.js';
import { offerWalk } from './offer-walk.js';

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
  const analysis = new Analysis(filter, { redact: options.redact });
  const files = collectFiles(paths, analysis);
  // The steps and modified-properties parts of a portal CSV download hold no events of their own.
  if (files.filter((f) => f.kind !== 'portal-csv-steps' && f.kind !== 'portal-csv-modified-properties').length > 1) analysis.checkOverlaps();
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (const { path } of files) readFile(analysis, path, buffer);
  const report = analysis.report(content);
  out(options.json ? JSON.stringify(report, null, 2) : renderReport(report, content.language));
  const mode = chooseMode({ plain: options.plain ?? false, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: process.stdout.isTTY });
  if (!options.json && mode !== 'no-terminal' && !process.env.CI) await offerWalk(content, 'failureGroup', report.groups.map((g) => (g.remedyId ? `@${g.remedyId}` : null)), mode);
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
