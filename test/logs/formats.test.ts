import { describe, expect, it } from 'vitest';
import { sniff } from '../../src/logs/sniff.js';
import { analyse, digest, fixtureFiles, SCENARIO } from './helpers.js';

// The same 7 events in every supported shape must give the same counts and groups.
describe('every input format reads the scenario to the same findings', () => {
  it.each([
    ['portal-download.json', 'portal-json', ['beta']],
    ['graph-pages', 'graph', ['v1.0']],
    ['graph-beta-old.json', 'graph', ['beta-old']],
    ['azure-monitor.jsonl', 'azure-monitor', ['pascal-case']],
    ['log-analytics.json', 'log-analytics-json', ['columns']],
    ['log-analytics-tables.json', 'log-analytics-json', ['columns']],
    ['log-analytics.csv', 'log-analytics-csv', ['columns']],
    ['portal-csv', 'portal-csv-events', ['columns']],
    ['portal-csv-da', 'portal-csv-events', ['columns']],
  ])('%s', (name, format, shapes) => {
    const report = analyse(fixtureFiles(name));
    expect(digest(report)).toEqual(SCENARIO);
    const files = report.summary.files;
    expect(files.at(-1)!.format).toBe(format);
    expect(files.at(-1)!.shapes).toEqual(shapes);
    expect(files.reduce((n, f) => n + f.problems, 0)).toBe(0);
  });

  it('reads Azure Monitor exports wrapped in {"records": [...]}', () => {
    const lines = fixtureFiles('azure-monitor.jsonl')['azure-monitor.jsonl']!.toString().trim().split('\n');
    const report = analyse({ 'export.json': `{ "records": [\n${lines.join(',\n')}\n] }` });
    expect(digest(report)).toEqual(SCENARIO);
    expect(report.summary.files[0]!.description).toBe('Azure Monitor diagnostic export ("records" array)');
  });

  it('names a Log Analytics query API response by its content, whatever the file is called', () => {
    const report = analyse({ 'result.txt': fixtureFiles('log-analytics-tables.json')['log-analytics-tables.json']! });
    expect(digest(report)).toEqual(SCENARIO);
    expect(report.summary.files[0]).toMatchObject({ format: 'log-analytics-json', description: 'Log Analytics query API response (JSON "tables")', records: 7 });
    expect(sniff(fixtureFiles('log-analytics-tables.json')['log-analytics-tables.json']!)).toBe('log-analytics-json');
  });

  it('reads the rows of every table of a query response, and lists a table or row it cannot read', () => {
    const { tables } = JSON.parse(fixtureFiles('log-analytics-tables.json')['log-analytics-tables.json']!.toString());
    const [table] = tables;
    const split = {
      tables: [{ ...table, rows: table.rows.slice(0, 3) }, { name: 'Second', rows: [[1]] }, { ...table, rows: [...table.rows.slice(3), 'not a row'] }],
      statistics: { query: { executionTime: 0.2 } },
    };
    const report = analyse({ 'result.json': JSON.stringify(split) });
    expect({ ...digest(report), problems: [] }).toEqual(SCENARIO);
    expect(report.problems.map((p) => p.message)).toEqual([
      'table 2 of the query response has no list of named columns: its rows were not read',
      'row 5 of table 3 is not a list of values: skipped',
    ]);
  });

  it('says a query response over the record limit is skipped whole, since it is read as one document', () => {
    const huge = JSON.stringify({ tables: [{ name: 'PrimaryResult', columns: [{ name: 'ResultDescription', type: 'string' }], rows: [['x'.repeat(17 << 20)]] }] });
    const report = analyse({ 'result.json': huge });
    expect(report.summary.records).toBe(0);
    expect(report.problems.map((p) => p.message)).toEqual([
      'the Log Analytics query response is larger than 16 MB: it is read whole, so it was skipped (query a shorter time range, or export as CSV)',
    ]);
  });

  it('reads the portal CSV steps file to find skip reasons and counts every row of the three files', () => {
    const report = analyse(fixtureFiles('portal-csv'));
    expect(report.summary.files.map((f) => [f.file, f.format, f.records])).toEqual([
      ['portal-csv/ProvisioningLogs_ProvisioningSteps.csv', 'portal-csv-steps', 12],
      ['portal-csv/ProvisioningLogs_ModifiedProperties.csv', 'portal-csv-modified-properties', 7],
      ['portal-csv/ProvisioningLogs.csv', 'portal-csv-events', 7],
    ]);
  });

  it('reads a provision-on-demand response, whose steps are JSON inside a string', () => {
    const report = analyse(fixtureFiles('provision-on-demand.json'));
    expect(report.summary.files[0]!.format).toBe('provision-on-demand');
    expect(report.summary.byStatus).toEqual({ success: 0, failure: 0, skipped: 1, warning: 0, other: 0 });
    expect(report.skipped.map((s) => [s.reason, s.count])).toEqual([['RedundantExport', 1]]);
    expect(report.skipped[0]!.identities.sample).toEqual(['eve.gill@contoso.com']);
    expect(report.summary.timeRange).toEqual({ first: '2024-05-03T08:00:01.123Z', last: '2024-05-03T08:00:01.123Z' });
  });

  it('gives each failure group its catalogue entry, cleaned reason, steps and links', () => {
    const [conflict, rights, unknown] = analyse(fixtureFiles('graph-pages')).groups;
    expect(conflict).toMatchObject({
      code: 'EntryConflict',
      catalogueCode: 'Conflict',
      reason: 'The value ann.lee@contoso.com of userName is already used by another user.',
      steps: ['Read which attribute clashed.', 'Fix the value on one side.'],
      first: '2024-05-01T10:00:00Z',
      last: '2024-05-01T10:05:00Z',
      identities: { count: 2, sample: ['Ann Lee (ann.lee@contoso.com)', 'Bob Ray (bob.ray@contoso.com)'] },
      apps: ['Contoso HR'],
    });
    expect(conflict!.links[0]!.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(rights!.note).toBe('read "ContosoHRInsufficientRights" as "InsufficientRights" (ignored the prefix "ContosoHR")');
    expect(unknown).toMatchObject({ code: 'FrobnicationFailed', matchedAs: null, catalogueCode: null, reason: 'The frobnicator rejected the request.' });
  });
});

// Azure tools write an envelope's time in several spellings; a bare ProvisioningLogs record
// is still an event (of unknown status), whichever of them it uses.
describe('an Azure Monitor ProvisioningLogs record with few fields', () => {
  it.each([
    ['1/9/2007 9:41:00 AM', '2007-01-09T09:41:00Z'],
    ['1/9/2007 9:41:00 PM', '2007-01-09T21:41:00Z'],
    ['2007-01-09T09:41:00+01:00', '2007-01-09T08:41:00Z'],
    ['2007-01-09T09:41:00-05:30', '2007-01-09T15:11:00Z'],
    ['2007-01-09T09:41:00Z', '2007-01-09T09:41:00Z'],
    ['2007-01-09T09:41:00.1Z', '2007-01-09T09:41:00.100Z'],
    ['2007-01-09T09:41:00.12Z', '2007-01-09T09:41:00.120Z'],
    ['2007-01-09T09:41:00.123Z', '2007-01-09T09:41:00.123Z'],
    ['2007-01-09T09:41:00.1234567Z', '2007-01-09T09:41:00.123Z'],
    ['2007-01-09T09:41:00.123456789Z', '2007-01-09T09:41:00.123Z'],
    ['2007-01-09T09:41:00.123456789+01:00', '2007-01-09T08:41:00.123Z'],
    ['2007-01-09T09:41:00.5+01:00', '2007-01-09T08:41:00.500Z'],
  ])('is an event of unknown status at %s', (time, iso) => {
    const report = analyse({ 'export.jsonl': `${JSON.stringify({ time, category: 'ProvisioningLogs', operationName: 'Provisioning activity' })}\n` });
    expect(report.summary.files[0]).toMatchObject({ format: 'azure-monitor', records: 1, problems: 0 });
    expect(report.summary.byStatus).toEqual({ success: 0, failure: 0, skipped: 0, warning: 0, other: 1 });
    expect(report.summary.timeRange).toEqual({ first: iso, last: iso });
  });

  it('still refuses a record of another category that has nothing of a provisioning event', () => {
    const report = analyse({ 'export.jsonl': `${JSON.stringify({ time: '2007-01-09T09:41:00Z', category: 'AuditLogs' })}\n` });
    expect(report.summary.files[0]!.records).toBe(0);
    expect(report.problems[0]!.message).toContain('is not a provisioning event');
  });
});
