import { describe, expect, it } from 'vitest';
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
