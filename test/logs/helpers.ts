import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentDir } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { analyseTexts } from '../../src/logs/analysis.js';
import type { EventFilter } from '../../src/logs/filter.js';
import type { Report } from '../../src/logs/report.js';
import { readingOrder, sniff } from '../../src/logs/sniff.js';
import { PINNED_LOCALE } from '../cli/run-cli.js';

export const FIXTURES = 'test/fixtures/logs';
export const CONTENT_DIR = 'test/fixtures/content-logs';

let cached: Content | undefined;
export function content(): Content {
  if (!cached) {
    const loaded = loadContentDir(CONTENT_DIR);
    if (!loaded.content) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
    cached = loaded.content;
  }
  return cached;
}

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** A fixture file or folder as the CLI would read it (step files first). */
export function fixtureFiles(name: string): Record<string, Buffer> {
  const path = join(FIXTURES, name);
  const names = statSync(path).isDirectory() ? readdirSync(path).map((f) => join(name, f)) : [name];
  const files = readingOrder(names.map((n) => ({ n, kind: sniff(fixture(n)) })));
  return Object.fromEntries(files.map(({ n }) => [n, fixture(n)]));
}

export function analyse(files: Record<string, string | Buffer>, options: { filter?: EventFilter; redact?: boolean; chunkSize?: number } = {}): Report {
  return analyseTexts(content(), files, options);
}

/** The parts of a report that every format of the shared scenario must agree on. */
export function digest(report: Report) {
  return {
    records: report.summary.records,
    byStatus: report.summary.byStatus,
    byAction: report.summary.byAction,
    byApp: report.summary.byApp,
    cycles: report.summary.byCycle.map((c) => [c.count, c.failures]),
    timeRange: report.summary.timeRange,
    groups: report.groups.map((g) => [g.code, g.count, g.matchedAs, g.remedyId, g.identities.count]),
    skipped: report.skipped.map((s) => [s.reason, s.count, s.remedyId]),
    problems: report.problems,
  };
}

/** What the 7-event scenario in build-fixtures.mjs must give, whatever the format. */
export const SCENARIO = {
  records: 7,
  byStatus: { success: 1, failure: 4, skipped: 1, warning: 1, other: 0 },
  byAction: { create: 4, update: 2, delete: 1 },
  byApp: { 'Contoso HR': 7 },
  cycles: [
    [2, 1],
    [5, 3],
  ],
  timeRange: { first: '2024-05-01T10:00:00Z', last: '2024-05-02T09:05:00Z' },
  groups: [
    ['EntryConflict', 2, 'alias', 'conflict', 2],
    ['ContosoHRInsufficientRights', 1, 'variant', 'insufficient-rights', 1],
    ['FrobnicationFailed', 1, null, 'unknown-error-code', 1],
  ],
  skipped: [['NotEffectivelyEntitled', 1, 'not-effectively-entitled']],
  problems: [],
};

/** `provision-doctor analyze ARGS` as built, on the fixture content, with no terminal and no colour. */
export function runAnalyze(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli.cjs', '--content', CONTENT_DIR, 'analyze', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...PINNED_LOCALE, CI: 'true', NO_COLOR: '1' },
    input: '',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A file of its own in a new temporary folder. */
export function tempFile(name: string, data: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pd-logs-')), name);
  writeFileSync(path, data);
  return path;
}
