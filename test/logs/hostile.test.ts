import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PINNED_LOCALE } from '../cli/run-cli.js';
import { CONTENT_DIR, FIXTURES, runAnalyze as run, tempFile } from './helpers.js';

// The reproductions of the hostile-input report, run as admins run the command.
const HOSTILE = 'test/fixtures/hostile';
const GOOD = join(FIXTURES, 'portal-download.json');

describe('analyze: out-of-range times (H1)', () => {
  it('a time beyond what a date can hold is no readable time, and the report covers every file', () => {
    const { code, stdout, stderr } = run(join(HOSTILE, 'time.json'), GOOD);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain(`${GOOD}: portal JSON download, 7 events`);
    expect(stdout).toContain('8 events from 2024-05-01 10:00:00Z to 2024-05-02 09:05:00Z');
    expect(stdout).toContain(`${join(HOSTILE, 'time.json')}:1: an event has no readable time`);
  });

  it('the .NET /Date(n)/ spelling out of range, in a CSV cell, is no readable time', () => {
    const { code, stdout, stderr } = run(join(HOSTILE, 'time.csv'));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('1 event\n');
    expect(stdout).toContain('an event has no readable time');
  });
});

describe('analyze: prototype names (H2)', () => {
  it('a small file whose action is "constructor" is read, and so is the file given with it', () => {
    const { code, stdout, stderr } = run(join(HOSTILE, 'proto-small.json'), join(HOSTILE, 'proto.csv'), GOOD);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('10 events from');
    expect(stdout).toMatch(/Action: {2}create 5 · update 2 · (__proto__ 1 · constructor 1|constructor 1 · __proto__ 1) · delete 1/);
  });

  it('--status names that an object answers from its prototype are not statuses', () => {
    for (const name of ['__proto__', 'constructor']) {
      const { code, stderr } = run(GOOD, '--status', name);
      expect(code).toBe(2);
      expect(stderr).toBe(`provision-doctor: --status "${name}" is not one of success, failure, skipped, warning, other\n`);
    }
  });

  it('an empty --status list is a usage error, not a filter that hides every event (L9.3)', () => {
    for (const value of [',', ' ']) {
      const { code, stdout, stderr } = run(GOOD, '--status', value);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('names no status');
    }
  });
});

describe('analyze: many distinct codes (M5)', () => {
  it('prints 200 groups, the general advice once, and how many codes were left out', () => {
    const events = Array.from({ length: 250 }, (_, i) =>
      JSON.stringify({ activityDateTime: '2024-05-01T10:00:00Z', changeId: `c${i}`, provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: `AppSpecificError${i}`, reason: `reason ${i}` } } }),
    );
    const { code, stdout, stderr } = run(tempFile('codes.json', `[${events.join(',\n')}]`));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Failures by error code (250 events, 250 codes)');
    expect(stdout).toContain('\nand 50 more codes (50 events) not shown\n');
    expect(stdout.split('Read the reason text of the event.')).toHaveLength(2);
    expect(stdout.split('    Steps: the general advice, as under 1.\n')).toHaveLength(200);
  });
});

describe('analyze: folder walks (M6) and odd inputs (L9)', () => {
  it('links that point back up are followed once: no fan-out, no depth noise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-fan-'));
    copyFileSync(GOOD, join(dir, 'log.json'));
    for (let k = 1; k <= 6; k++) symlinkSync('.', join(dir, `l${k}`));
    const { code, stdout, stderr } = run(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Read 1 file\n  ${join(dir, 'log.json')}: portal JSON download, 7 events`);
    expect(stdout).not.toContain('Could not read everything');
  });

  it('in a loop, a broken link is said once and a file is listed under its shortest path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-loop-'));
    mkdirSync(join(dir, 'a'));
    copyFileSync(GOOD, join(dir, 'a', 'x.json'));
    symlinkSync('..', join(dir, 'a', 'up'));
    symlinkSync('nowhere', join(dir, 'a', 'broken'));
    const { stdout } = run(dir);
    expect(stdout).toContain(`Read 1 file\n  ${join(dir, 'a', 'x.json')}: portal JSON download`);
    expect(stdout).toContain(`Could not read everything (1 problem)\n  ${join(dir, 'a', 'broken')}: skipped: a link to nothing\n`);
  });

  it('a steps file given alone says its events file is missing (L9.2)', () => {
    const steps = tempFile('ProvisioningLogs_ProvisioningSteps.csv', readFileSync(join(FIXTURES, 'portal-csv', 'ProvisioningLogs_ProvisioningSteps.csv')));
    const { code, stdout } = run(steps);
    expect(code).toBe(1);
    expect(stdout).toContain(`${steps}: a part of a portal CSV download, which holds no events itself: its events file (ProvisioningLogs.csv) was not given and is not beside it`);
  });

  it('a named pipe is opened once, so a writer that is waiting loses nothing (L9.5)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-fifo-'));
    const fifo = join(dir, 'log.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const result = spawnSync('sh', ['-c', `cat "$1" > "$2" & exec "$3" dist/cli.cjs --content "$4" analyze "$2"`, 'sh', resolve(GOOD), fifo, process.execPath, CONTENT_DIR], {
      encoding: 'utf8',
      env: { ...process.env, ...PINNED_LOCALE, CI: 'true', NO_COLOR: '1' },
      input: '',
      // A second open of the pipe would wait for a writer forever: end the run instead.
      timeout: 20_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${fifo}: portal JSON download, 7 events`);
    expect(result.status).toBe(0);
  });
});

describe('analyze: overlapping exports (M8)', () => {
  it('two copies of one download count each event once, and say so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-ov-'));
    copyFileSync(GOOD, join(dir, 'a.json'));
    copyFileSync(GOOD, join(dir, 'b.json'));
    const { code, stdout } = run(dir);
    expect(code).toBe(0);
    expect(stdout).toContain('7 events from 2024-05-01 10:00:00Z to 2024-05-02 09:05:00Z\n  (7 more events appear in more than one file, or twice in one: the same change ID, counted once)');
    expect(stdout).toContain(' 1. EntryConflict: 2 events, 2 identities');
  });

  it('the same log in four formats in one folder is one log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-mixed-'));
    for (const name of ['portal-download.json', 'azure-monitor.jsonl', 'log-analytics.csv']) copyFileSync(join(FIXTURES, name), join(dir, name));
    mkdirSync(join(dir, 'portal-csv'));
    for (const name of ['ProvisioningLogs.csv', 'ProvisioningLogs_ProvisioningSteps.csv', 'ProvisioningLogs_ModifiedProperties.csv']) {
      copyFileSync(join(FIXTURES, 'portal-csv', name), join(dir, 'portal-csv', name));
    }
    const { stdout } = run(dir, '--json');
    const report = JSON.parse(stdout);
    expect(report.summary.records).toBe(7);
    expect(report.summary.duplicates).toEqual({ events: 21, checkStopped: false });
    expect(report.groups.map((g: { code: string; count: number }) => [g.code, g.count])).toEqual([
      ['EntryConflict', 2],
      ['ContosoHRInsufficientRights', 1],
      ['FrobnicationFailed', 1],
    ]);
  });
});
