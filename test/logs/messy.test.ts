import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/logs/timestamps.js';
import { analyse, digest, fixture, fixtureFiles, SCENARIO } from './helpers.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

describe('messy files', () => {
  it.each([
    ['UTF-8 BOM', 'portal-download.json', bom, 'utf-8-bom'],
    ['UTF-16 LE with BOM (PowerShell >)', 'portal-download.json', utf16le, 'utf-16le'],
    ['UTF-16 LE without BOM', 'azure-monitor.jsonl', (t: string) => Buffer.from(t, 'utf16le'), 'utf-16le'],
    ['UTF-16 LE CSV with CRLF', 'log-analytics.csv', (t: string) => utf16le(crlf(t)), 'utf-16le'],
    ['CRLF JSON lines', 'azure-monitor.jsonl', (t: string) => Buffer.from(crlf(t)), 'utf-8'],
    ['BOM + CRLF CSV', 'log-analytics.csv', (t: string) => bom(crlf(t)), 'utf-8-bom'],
  ])('%s', (_label, name, transform, encoding) => {
    const report = analyse({ [name]: transform(fixture(name).toString()) });
    expect(digest(report)).toEqual(SCENARIO);
    expect(report.summary.files[0]!.encoding).toBe(encoding);
  });

  it('reads the same bytes split into tiny chunks (records, strings and UTF-16 pairs across chunk edges)', () => {
    for (const name of ['portal-download.json', 'log-analytics.csv', 'azure-monitor.jsonl']) {
      expect(digest(analyse({ [name]: utf16le(fixture(name).toString()) }, { chunkSize: 7 }))).toEqual(SCENARIO);
    }
    expect(digest(analyse(fixtureFiles('portal-csv-da'), { chunkSize: 3 }))).toEqual(SCENARIO);
  });

  it('reads a Danish/Dutch Excel CSV with `;`, day-first dates, a "sep=;" line and CRLF', () => {
    const files = fixtureFiles('portal-csv-da');
    const withSep = Object.fromEntries(Object.entries(files).map(([n, b]) => [n, Buffer.from(crlf(`sep=;\n${b.toString()}`))]));
    expect(digest(analyse(withSep))).toEqual(SCENARIO);
  });

  it('reads JSON with trailing commas after the last record and inside a record', () => {
    const report = analyse({ 'trailing-comma.json': fixture('trailing-comma.json') });
    expect(report.summary.records).toBe(2);
    expect(report.groups.map((g) => [g.code, g.count])).toEqual([['EntryConflict', 2]]);
    expect(report.problems).toEqual([]);
  });

  it('reads what it can of a truncated file and says where it was cut', () => {
    const text = fixture('portal-download.json').toString();
    const cut = text.slice(0, text.indexOf('"changeId":"dddddddd-0000-0000-0000-000000000006"'));
    const report = analyse({ 'cut.json': cut });
    expect(report.summary.records).toBe(5);
    expect(report.problems).toEqual([{ file: 'cut.json', line: 6, record: 6, message: 'record 6 is cut off: the file ends inside it' }]);
  });

  it('reports a broken record with its number and line, and keeps the others', () => {
    const lines = fixture('azure-monitor.jsonl').toString().split('\n');
    lines[2] = lines[2]!.replace('"category"', '"category" "oops"');
    const report = analyse({ 'bad.jsonl': lines.join('\n') });
    expect(report.summary.records).toBe(6);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ file: 'bad.jsonl', line: 3, record: 3 });
    expect(report.problems[0]!.message).toMatch(/^record 3 is not valid JSON/);
  });

  it('reports records that are not provisioning events and CSV files that are not logs', () => {
    const report = analyse({ 'other.json': '[{"hello": "world"}]', 'other.csv': 'a,b\n1,2\n', 'empty.json': '' });
    expect(report.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`)).toEqual([
      'other.json:1 record 1 is not a provisioning event (no status, change ID or time)',
      'other.csv:1 the CSV header does not look like a provisioning log (2 columns: a, b)',
      'empty.json: empty file (0 bytes)',
    ]);
  });

  it('says once that a CSV is not a log, and reads none of its rows', () => {
    const report = analyse({ 'notes.csv': 'Title,Owner\n"draft"x,Ann\n"final"y,Bob\n' });
    expect(report.problems).toEqual([{ file: 'notes.csv', line: 1, message: 'the CSV header does not look like a provisioning log (2 columns: Title, Owner)' }]);
  });

  it('keeps counting a once-per-file problem after the list of problems shown is full', () => {
    // 250 records that are not events fill the list (200 kept); then 7 events without a time.
    const notEvents = JSON.stringify(Array.from({ length: 250 }, (_, i) => ({ hello: i })));
    const untimed = fixture('portal-download.json').toString().replace(/"20\d\d-[^"]*Z"/g, '"sometime"');
    const report = analyse({ 'other.json': notEvents, 'times.json': untimed });
    expect(report.summary.records).toBe(7);
    // One problem for the 7 untimed events, not one per event.
    expect(report.problems.length + report.problemsNotShown).toBe(251);
  });

  it('counts events without a readable time and says so once per file', () => {
    const text = fixture('portal-download.json').toString().replace(/"2024-05-01T10:0\dZ?:00Z"/g, '"sometime"');
    const report = analyse({ 'times.json': text });
    expect(report.summary.records).toBe(7);
    // Located at the first such event (the first record of a one-line file), with the count.
    expect(report.problems).toEqual([
      { file: 'times.json', line: 1, record: 1, message: 'an event has no readable time (counted, but outside --since/--until)', count: 2 },
    ]);
  });

  it.each([
    ['2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01T10:00:00.1234567Z', '2024-05-01T10:00:00.123Z'],
    ['2024-05-01T12:00:00+02:00', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01 10:00:00', '2024-05-01T10:00:00.000Z'],
    ['2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['5/1/2024, 10:00:00 AM', '2024-05-01T10:00:00.000Z'],
    ['5/1/2024 10:00:00 PM', '2024-05-01T22:00:00.000Z'],
    ['13/5/2024 10:00', '2024-05-13T10:00:00.000Z'],
    ['01-05-2024 10:00:00', '2024-05-01T10:00:00.000Z'],
    ['1.5.2024 10.00', '2024-05-01T10:00:00.000Z'],
    ['/Date(1714557600000)/', '2024-05-01T10:00:00.000Z'],
    ['1714557600', '2024-05-01T10:00:00.000Z'],
    ['Wed, 01 May 2024 10:00:00 GMT', '2024-05-01T10:00:00.000Z'],
  ])('reads the time %s', (text, iso) => {
    expect(new Date(parseTime(text)!).toISOString()).toBe(iso);
  });

  it.each(['', 'yesterday', '2024-13-01', '31/02/2024 10:00', '2024-05-01T25:00'])('refuses the time "%s"', (text) => {
    expect(parseTime(text)).toBeNull();
  });
});

describe('successes read without full parsing agree with full parsing', () => {
  it('falls back to JSON.parse when a field holds escapes, and still counts the app', () => {
    const text = fixture('portal-download.json').toString().replace(/"displayName":"Contoso HR"/g, '"displayName":"Contoso \\"HR\\""');
    const report = analyse({ 'escaped.json': text });
    expect(report.summary.byApp).toEqual({ 'Contoso "HR"': 7 });
    expect(report.summary.byStatus.success).toBe(1);
  });
});
