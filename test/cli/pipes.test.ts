import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, root, PINNED_LOCALE } from './run-cli.js';

/** Runs `provision-doctor ARGS | READER` in sh; returns the pipeline's stdout, stderr and the CLI's own exit status. */
function pipeInto(args: string, reader: string) {
  const statusFile = join(mkdtempSync(join(tmpdir(), 'pd-pipe-')), 'status');
  const script = `("${process.execPath}" "${cli}" --content "${fixture}" ${args}; echo $? > "${statusFile}") | ${reader}`;
  const result = spawnSync('sh', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, CI: '1' } });
  return { stdout: result.stdout, stderr: result.stderr, cliStatus: Number(readFileSync(statusFile, 'utf8')) };
}

describe('output into a pipe that closes early', () => {
  it('stops quietly when head has read its line (EPIPE)', () => {
    // Far more than a pipe buffer, so the CLI is still writing when head exits.
    const codes = Array.from({ length: 400 }, () => 'EntryConflict').join(' ');
    const { stdout, stderr, cliStatus } = pipeInto(`explain ${codes}`, 'head -1');
    expect(stdout).toBe('EntryConflict\n');
    expect(stderr).toBe('');
    expect(cliStatus).toBe(0);
  });

  it('stops quietly when the reader is gone before the first write', () => {
    const { stderr, cliStatus } = pipeInto('topics', 'true');
    expect(stderr).toBe('');
    expect(cliStatus).toBe(0);
  });

  it('keeps the exit code of a lookup that found nothing', () => {
    const { stdout, stderr, cliStatus } = pipeInto('search xyzzy', 'head -1');
    expect(stdout).toBe('No good match for "xyzzy". Start from one of the topics instead:\n');
    expect(stderr).toBe('');
    expect(cliStatus).toBe(1);
  });
});

describe('output into a pipe that is read late', () => {
  it('arrives whole: the process ends only after its last line is written', () => {
    // Many times a pipe's buffer, so writes wait for the reader, which starts after a pause.
    const codes = Array.from({ length: 400 }, () => 'EntryConflict').join(' ');
    const whole = pipeInto(`explain ${codes}`, 'cat').stdout;
    const { stdout, cliStatus } = pipeInto(`explain ${codes}`, '(sleep 0.3; cat)');
    expect(whole.split('\n').length).toBeGreaterThan(2000);
    expect(stdout).toBe(whole);
    expect(cliStatus).toBe(0);
  });
});

describe('output that cannot be written (L7)', () => {
  it.each([['explain EntryConflict'], ['search quarantine --json'], ['--content test/fixtures/content-logs analyze test/fixtures/logs/portal-download.json'], ['--content test/fixtures/content-logs analyze test/fixtures/logs/portal-download.json --json']])(
    '%s > /dev/full: one line and exit 1',
    (args) => {
      const result = spawnSync('sh', ['-c', `exec "$0" dist/cli.cjs ${args} > /dev/full`, process.execPath], { cwd: root, encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, CI: '1' }, input: '' });
      expect(result.stderr).toBe('provision-doctor: cannot write the output: no space left on the device (ENOSPC)\n');
      expect(result.status).toBe(1);
    },
  );
});
