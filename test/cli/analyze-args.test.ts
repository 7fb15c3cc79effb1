import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, run } from './run-cli.js';

const portal = `${root}test/fixtures/logs/portal-download.json`;

describe('analyze: paths, dates and --fail-on', () => {
  it('gives one error line per path it cannot read, and still reports the others with exit 1', () => {
    const locked = join(mkdtempSync(join(tmpdir(), 'pd-analyze-')), 'locked.json');
    writeFileSync(locked, '[]');
    chmodSync(locked, 0o000);
    const { stdout, stderr, status } = run(['analyze', 'no/such.json', portal, ...(process.getuid?.() === 0 ? [] : [locked])]);
    expect(status).toBe(1);
    expect(stderr).toContain('provision-doctor analyze: no/such.json: no such file or folder\n');
    if (process.getuid?.() !== 0) expect(stderr).toContain(`provision-doctor analyze: ${locked}: not allowed to read it\n`);
    expect(stdout).toContain('Read 1 file');
  });

  it('refuses a date with slashes that reads two ways, and names both', () => {
    const { stderr, status } = run(['analyze', portal, '--since', '02/05/2024']);
    expect(status).toBe(2);
    expect(stderr).toBe('provision-doctor: --since "02/05/2024" could be 2024-02-05 or 2024-05-02: write it as year-month-day, e.g. 2024-05-02\n');
    expect(run(['analyze', portal, '--since', '13/05/2024']).status).not.toBe(2);
  });

  it('--fail-on exits 3 when the report holds events of a status named, 0 when not', () => {
    expect(run(['analyze', portal, '--fail-on', 'failure']).status).toBe(3);
    expect(run(['analyze', portal, '--status', 'success', '--fail-on', 'failure,warning']).status).toBe(0);
    const bad = run(['analyze', portal, '--fail-on', 'errors']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('provision-doctor: --fail-on "errors" is not one of failure, warning, skipped\n');
  });
});
