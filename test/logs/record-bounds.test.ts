import { describe, expect, it } from 'vitest';
import { Overflow } from '../../src/logs/bounds.js';
import { FileInput } from '../../src/logs/file-input.js';
import type { LogEvent, Problem } from '../../src/logs/types.js';
import { analyse, fixture } from './helpers.js';

const GOOD = { activityDateTime: '2024-05-01T10:00:00Z', changeId: 'g', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'EntryConflict' } } };

/** Reads `data` with a sink that fails on the events `failOn` picks, as a bug inside a record would. */
function readFailing(name: string, data: Buffer, failOn: (event: LogEvent, n: number) => boolean) {
  const events: LogEvent[] = [];
  const problems: Problem[] = [];
  let n = 0;
  const input = new FileInput(name, {
    event: (event) => {
      if (failOn(event, ++n)) throw new TypeError('something inside this record went wrong');
      events.push(event);
    },
    problem: (p) => problems.push(p),
    steps: new Map(),
    fastPath: true,
  });
  input.write(data);
  input.end();
  return { events, problems };
}

describe('one bad record is that record\'s problem, and reading goes on (M1)', () => {
  it('100,000 nested lists inside a record are read, and so is the event after it', () => {
    const deep = `[{"changeId":"x","provisioningStatusInfo":${'['.repeat(100_000)}{}${']'.repeat(100_000)}},${JSON.stringify(GOOD)}]`;
    const report = analyse({ 'deep.json': deep });
    expect(report.summary.records).toBe(2);
    expect(report.groups.map((g) => [g.code, g.count])).toEqual([['EntryConflict', 1]]);
    expect(report.problems.filter((p) => p.message.includes('no readable time'))).toHaveLength(1);
    expect(report.problems.filter((p) => !p.message.includes('no readable time'))).toEqual([]);
  });

  it('JSON: an exception in record 2 reports record 2 with its line, and records 3 onward are read', () => {
    const { events, problems } = readFailing('portal-download.json', fixture('portal-download.json'), (_, n) => n === 2);
    expect(events).toHaveLength(6);
    expect(problems).toEqual([{ file: 'portal-download.json', line: 2, record: 2, message: 'record 2 could not be read (something inside this record went wrong): skipped' }]);
  });

  it('CSV: an exception in a row reports that row, whether read in full or in part', () => {
    const csv = fixture('portal-csv/ProvisioningLogs.csv');
    for (const status of ['failure', 'success']) {
      let failed = 0;
      const { events, problems } = readFailing('p.csv', csv, (e) => e.status === status && failed++ === 0);
      expect(events.length, status).toBe(6);
      expect(problems.map((p) => p.message), status).toEqual([expect.stringMatching(/^record \d could not be read \(something inside this record went wrong\): skipped$/)]);
    }
  });
});

const event = (i: number, extra: Record<string, unknown> = {}, info: Record<string, unknown> = {}) =>
  JSON.stringify({
    activityDateTime: '2024-05-01T10:00:00Z',
    changeId: `c${i}`,
    provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'EntryConflict', ...info } },
    sourceIdentity: { id: `u${i}`, displayName: `User ${i}` },
    ...extra,
  });

describe('a record-size limit: an oversized record is reported and skipped (M4)', () => {
  const huge = 'A'.repeat(17 << 20);

  it('a JSON record over 16 MB, in an array and in JSON lines, is skipped and the next one read', () => {
    const array = analyse({ 'big.json': `[${event(1, {}, { reason: huge })},\n${event(2)}]` }, { chunkSize: 1 << 20 });
    expect(array.summary.records).toBe(1);
    expect(array.problems).toEqual([{ file: 'big.json', line: 1, record: 1, message: 'record 1 is larger than 16 MB: skipped' }]);
    const lines = analyse({ 'big.jsonl': `${event(1)}\n${event(2, { modifiedProperties: huge })}\n${event(3)}\n` }, { chunkSize: 1 << 20 });
    expect(lines.summary.records).toBe(2);
    expect(lines.problems.map((p) => [p.record, p.message])).toEqual([[2, 'record 2 is larger than 16 MB: skipped']]);
  });

  it('a CSV row with no line break is said once, and the rows after it are read (L9.1)', () => {
    const header = 'Date,Status,Action,Error Code,Reason\n';
    const row = (code: string) => `2024-05-01T10:00:00Z,failure,create,${code},why\n`;
    const report = analyse({ 'long.csv': `${header}${row('First')}2024-05-01T10:00:00Z,failure,create,Long,${'B'.repeat(20 << 20)}\n${row('After')}` }, { chunkSize: 1 << 20 });
    expect(report.groups.map((g) => g.code).sort()).toEqual(['After', 'First']);
    expect(report.problems.map((p) => [p.line, p.record, p.message])).toEqual([[3, 2, 'CSV: this row has no line break within 8 MB: skipped to the next line break']]);
  });

  it('reason text is cut to 2,000 characters and printed once', () => {
    const report = analyse({ 'long-reason.json': `[${event(1, {}, { errorCode: 'Unknown1', reason: `${'word '.repeat(1000)}END` })}]` });
    const reason = report.groups[0]!.reason!;
    expect(reason.length).toBeLessThanOrEqual(2001);
    expect(reason.endsWith('word…')).toBe(true);
  });
});

describe('a cap on distinct groups and names kept in full (M5)', () => {
  const many = (n: number, make: (i: number) => string) => `[${Array.from({ length: n }, (_, i) => make(i)).join(',\n')}]`;

  it('1,500 distinct codes: the 200 most frequent are shown, the rest counted', () => {
    const text = many(1500, (i) => event(i, {}, { errorCode: `AppSpecificError${i}`, reason: `reason ${i}` }) + (i < 3 ? `,${event(i + 5000, {}, { errorCode: `AppSpecificError${i}` })}` : ''));
    const report = analyse({ 'codes.json': text });
    expect(report.groups).toHaveLength(200);
    expect(report.groups.slice(0, 3).map((g) => [g.code, g.count])).toEqual([['AppSpecificError0', 2], ['AppSpecificError1', 2], ['AppSpecificError2', 2]]);
    expect(report.groupsNotShown).toEqual({ distinct: 1300, events: 1300 });
    expect(report.summary.records).toBe(1503);
  });

  it('codes first seen after 1,000 others are still counted, and said', () => {
    const report = analyse({ 'codes.json': many(2500, (i) => event(i, {}, { errorCode: `E${i}` })) });
    expect(report.groups).toHaveLength(200);
    expect(report.groupsNotShown).toEqual({ distinct: 2300, events: 2300 });
  });

  it('60 apps and 60 actions: the 50 most frequent of each, and how many more', () => {
    const report = analyse({ 'apps.json': many(60, (i) => event(i, { provisioningAction: `Act${i}`, servicePrincipal: { id: `a${i}`, displayName: `App ${i}` } })) });
    expect(Object.keys(report.summary.byApp)).toHaveLength(50);
    expect(report.summary.appsNotShown).toEqual({ distinct: 10, events: 10 });
    expect(Object.keys(report.summary.byAction)).toHaveLength(50);
    expect(report.summary.actionsNotShown).toEqual({ distinct: 10, events: 10 });
  });
});

describe('distinct identities and cycles are held up to a cap, then counted (L10)', () => {
  const lines = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('\n');

  it('10,100 cycles: the 50 latest shown, every other one counted', () => {
    const report = analyse({ 'cycles.jsonl': lines(10_100, (i) => `{"activityDateTime":"2024-05-01T10:00:00Z","changeId":"c${i}","cycleId":"cycle-${i}","provisioningStatusInfo":{"status":"success"}}`) });
    expect(report.summary.byCycle).toHaveLength(50);
    expect(report.summary.cyclesNotShown).toBe(10_050);
  });

  it('past 100,000 identities, a group says its count is a lower bound', () => {
    const report = analyse({ 'who.jsonl': lines(100_010, (i) => `{"changeId":"c${i}","provisioningStatusInfo":{"status":"failure","errorInformation":{"errorCode":"EntryConflict"}},"sourceIdentity":{"id":"u${i}"}}`) });
    expect(report.groups[0]!.count).toBe(100_010);
    expect(report.groups[0]!.identities).toMatchObject({ count: 100_000, atLeast: true });
  });
});

describe('step rows held to join to their events are bounded (L9.2)', () => {
  it('past 200,000 failed steps, the rest are said once and not joined', () => {
    const rows = Array.from({ length: 200_002 }, (_, i) => `c${i},EntryExportCreate,Export,Failure,Failed to create User ${i},{}`);
    const report = analyse({ 'ProvisioningLogs_ProvisioningSteps.csv': `Change ID,Step Name,Step Type,Status,Description,Details\n${rows.join('\n')}\n` });
    expect(report.summary.files[0]!.records).toBe(200_002);
    expect(report.problems.map((p) => [p.record, p.message])).toEqual([[200_001, 'more than 200000 step rows with a skip reason or failed step: from row 200001 on, they are not joined to their events']]);
  });
});

describe('what falls beyond a cap is counted (Overflow)', () => {
  it('tells distinct values apart up to its own cap, then says the count is a lower bound', () => {
    const beyond = new Overflow();
    for (let i = 0; i < 100_000; i++) beyond.add(`code${i}`);
    beyond.add('code7');
    expect(beyond.notShown([{ n: 5 }])).toEqual({ distinct: 100_001, events: 100_006 });
    beyond.add('one more');
    expect(beyond.notShown()).toEqual({ distinct: 100_000, events: 100_002, atLeast: true });
  });
});
