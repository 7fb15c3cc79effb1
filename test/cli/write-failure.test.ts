import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, fixture, root, PINNED_LOCALE } from './run-cli.js';

/** Runs `provision-doctor ARGS > /dev/full` in sh (every write fails with ENOSPC, like a full disk). */
function intoFullDisk(args: string, input = '') {
  const script = `"${process.execPath}" "${cli}" --content "${fixture}" ${args} > /dev/full`;
  const result = spawnSync('sh', ['-c', script], { cwd: root, encoding: 'utf8', input, env: { ...process.env, ...PINNED_LOCALE, CI: '1' } });
  return { stderr: result.stderr, status: result.status };
}

describe('output that cannot be written (L7)', () => {
  it.each([
    'explain EntryConflict',
    'explain EntryConflict --json',
    'topics',
    'codes',
    'search users',
    'show start',
    'path users-missing',
    'validate test/fixtures/content-cli',
    'analyze test/fixtures/logs/portal-download.json',
    'analyze test/fixtures/logs/portal-download.json --json',
    '--version',
    '--help',
  ])('%s on a full disk is one line on stderr and exit 1', (args) => {
    const { stderr, status } = intoFullDisk(args);
    expect(stderr).toBe('provision-doctor: cannot write the output: no space left on the device (ENOSPC)\n');
    expect(status).toBe(1);
  });

  it('the line-by-line dialogue too', () => {
    const { stderr, status } = intoFullDisk('--plain', '1\nquit\n');
    expect(stderr).toBe('provision-doctor: cannot write the output: no space left on the device (ENOSPC)\n');
    expect(status).toBe(1);
  });

  it('in the reader’s language, from --lang or the locale; the error code stays', () => {
    expect(intoFullDisk('--lang da topics').stderr).toBe('provision-doctor: kan ikke skrive outputtet: der er ikke mere plads på enheden (ENOSPC)\n');
    expect(intoFullDisk('--lang nl explain EntryConflict').stderr).toBe('provision-doctor: kan de uitvoer niet schrijven: er is geen ruimte meer op het apparaat (ENOSPC)\n');
  });
});
