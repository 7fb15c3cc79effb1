import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeJsonSchema } from '../../src/logs/report-schema.js';
import { fixture, FIXTURES, runAnalyze as run, tempFile } from './helpers.js';

const schema = z.fromJSONSchema(JSON.parse(readFileSync('schema/analyze.schema.json', 'utf8')));

describe('provision-doctor analyze', () => {
  it('prints the summary, the failure groups with remedies, the skips and the unknown codes', () => {
    const { code, stdout, stderr } = run(join(FIXTURES, 'graph-pages'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('test/fixtures/logs/graph-pages/page-1.json: Microsoft Graph auditLogs/provisioning page, 4 events');
    expect(stdout).toContain('7 events from 2024-05-01 10:00:00Z to 2024-05-02 09:05:00Z');
    expect(stdout).toContain('Status:  1 success · 4 failure · 1 skipped · 1 warning');
    expect(stdout).toContain(' 1. EntryConflict: 2 events, 2 identities, 2024-05-01 10:00:00Z to 2024-05-01 10:05:00Z');
    expect(stdout).toContain('    Catalogue: Conflict (the log\'s "EntryConflict" is an alias): A value clashes with an existing account');
    expect(stdout).toContain('    Reason: The frobnicator rejected the request.');
    expect(stdout).toContain('Codes not in the catalogue\n  - FrobnicationFailed (group 3, 1 event)\n');
    expect(stdout).toContain('  - NotEffectivelyEntitled: 1 event, 1 identity');
    // Not a terminal: no question asked, the command ends by itself.
    expect(stdout).not.toContain('Open the guide');
  });

  it('--json output validates against schema/analyze.schema.json, for every fixture', () => {
    for (const name of ['portal-download.json', 'graph-pages', 'portal-csv', 'portal-csv-da', 'log-analytics.csv', 'provision-on-demand.json']) {
      const { code, stdout } = run(join(FIXTURES, name), '--json');
      expect(code).toBe(0);
      const parsed = schema.safeParse(JSON.parse(stdout));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
    }
    const broken = run(tempFile('cut.json', fixture('portal-download.json').subarray(0, 3000)), '--json');
    expect(broken.code).toBe(1);
    expect(schema.safeParse(JSON.parse(broken.stdout)).success).toBe(true);
  });

  it('the schema file is the one generated from the zod source of the report', () => {
    expect(JSON.parse(readFileSync('schema/analyze.schema.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(analyzeJsonSchema())));
  });

  it('finds the other two files of a portal CSV download beside the one given', () => {
    const { stdout } = run(join(FIXTURES, 'portal-csv', 'ProvisioningLogs.csv'), '--json');
    const report = JSON.parse(stdout);
    expect(report.summary.files.map((f: { format: string }) => f.format)).toEqual(['portal-csv-steps', 'portal-csv-modified-properties', 'portal-csv-events']);
    expect(report.skipped.map((s: { reason: string }) => s.reason)).toEqual(['NotEffectivelyEntitled']);
  });

  it('filters by time, status, app and identity', () => {
    const file = join(FIXTURES, 'portal-download.json');
    const records = (...flags: string[]) => JSON.parse(run(file, '--json', ...flags).stdout).summary;
    expect(records('--since', '2024-05-02').records).toBe(2);
    expect(records('--until', '2024-05-01').records).toBe(5);
    expect(records('--since', '2024-05-01T10:05:00Z', '--until', '2024-05-01T10:15:00Z').records).toBe(3);
    expect(records('--status', 'failure,skipped').byStatus).toEqual({ success: 0, failure: 4, skipped: 1, warning: 0, other: 0 });
    expect(records('--app', 'contoso').records).toBe(7);
    expect(records('--app', 'fabrikam')).toMatchObject({ records: 0, filteredOut: 7 });
    expect(records('--identity', 'ann.lee@').records).toBe(2);
  });

  it('rejects bad filter values with one line each and exit code 2', () => {
    const { code, stderr, stdout } = run(join(FIXTURES, 'portal-download.json'), '--since', 'last week', '--status', 'broken');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'provision-doctor: --since "last week" is not a date or time (use e.g. 2024-05-01 or 2024-05-01T10:00Z)\n--status "broken" is not one of success, failure, skipped, warning, other\n',
    );
  });

  it('says which paths cannot be read and exits 1, without a stack trace', () => {
    const { code, stdout, stderr } = run('no/such/file.json');
    expect(code).toBe(1);
    // One line per path on stderr, and no empty report.
    expect(stderr).toBe('provision-doctor analyze: no/such/file.json: no such file or folder\n');
    expect(stdout).toBe('');
  });

  it('strips terminal control sequences from every string taken from the log', () => {
    const evil = fixture('portal-download.json')
      .toString()
      .replace('"displayName":"Ann Lee"', '"displayName":"Ann\\u001b[2J\\u001b[H Lee\\u001b]52;c;ZXZpbA==\\u0007"')
      .replace('"errorCode":"FrobnicationFailed"', '"errorCode":"Frob\\u001b[31mnicationFailed\\u009b2J"')
      .replace('"The frobnicator rejected the request."', '"The frobnicator\\r\\u001b[1Arejected the request."');
    const path = tempFile('evil.json', evil);
    for (const flags of [[], ['--json']]) {
      const { stdout } = run(path, ...flags);
      expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    const { stdout } = run(path);
    expect(stdout).toContain('Who: Ann Lee (ann.lee@contoso.com), Bob Ray (bob.ray@contoso.com)');
    expect(stdout).toContain(' 3. FrobnicationFailed: 1 event');
    expect(stdout).toContain('    Reason: The frobnicator rejected the request.');
  });

  it('reads subfolders and linked files, and a file reached twice only once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-logs-'));
    mkdirSync(join(dir, 'pages'));
    for (const page of ['page-1.json', 'page-2.json']) copyFileSync(join(FIXTURES, 'graph-pages', page), join(dir, 'pages', page));
    symlinkSync(resolve(FIXTURES, 'portal-download.json'), join(dir, 'download.json'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'broken.json'));
    const { stdout } = run(dir, join(dir, 'pages', '..', 'pages', 'page-1.json'), '--json');
    const report = JSON.parse(stdout);
    expect(report.summary.files.map((f: { file: string; records: number }) => [f.file.slice(dir.length + 1), f.records])).toEqual([
      ['download.json', 7],
      ['pages/page-1.json', 4],
      ['pages/page-2.json', 3],
    ]);
    expect(report.problems).toEqual([{ file: join(dir, 'broken.json'), message: 'skipped: a link to nothing' }]);
  });

  it('--redact replaces names, emails and ids with stable placeholders', () => {
    const file = join(FIXTURES, 'portal-download.json');
    for (const flags of [[], ['--json']]) {
      const { stdout } = run(file, '--redact', ...flags);
      for (const secret of ['ann.lee@contoso.com', 'bob.ray@contoso.com', 'Ann Lee', 'Bob Ray', 'Cy Dunn', 'Dee Fox', 'aaaaaaaa-0000', 'cccccccc-0000']) {
        expect(stdout).not.toContain(secret);
      }
    }
    const report = JSON.parse(run(file, '--redact', '--json').stdout);
    const [conflict, , unknown] = report.groups;
    const [ann, bob] = conflict.identities.sample;
    expect(ann).toMatch(/^person-\d+ \(user\d+@redacted\.invalid\)$/);
    expect(bob).toMatch(/^person-\d+ \(user\d+@redacted\.invalid\)$/);
    expect(bob).not.toBe(ann);
    // The same person keeps the same placeholder across groups and in reason text.
    expect(unknown.identities.sample).toEqual([ann]);
    const annEmail = /\((.*)\)/.exec(ann)![1];
    expect(conflict.reason).toBe(`The value ${annEmail} of userName is already used by another user.`);
    expect(conflict.code).toBe('EntryConflict');
    expect(conflict.links[0].url).toMatch(/^https:\/\//);
  });
});
