import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

// Property-based fuzzing of each reader, seeded and bounded by a number of runs:
//   1. records built from hostile values (prototype names, quotes, separators, line breaks,
//      control and astral characters, lone surrogates) are every one counted;
//   2. the same files with noise inserted anywhere, read in chunks of any size, never throw,
//      and a record that is not counted is reported.

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '"', '\\', '\n', '\r\n', ',', ';', '\t', '{', '}', '[', ']', '\u0000', '\u001b[2J', '\uFEFF', '\uD800', '😀', 'é', '1e20', '/Date(8640000000000001)/', ''];
const value = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
const status = fc.constantFrom('success', 'failure', 'skipped', 'warning', 'Success', 'FAILURE', '__proto__');
const time = fc.oneof(value, fc.double(), fc.constantFrom(1e20, -1e20, 8.64e15 + 1, 1_714_557_600));
const fields = fc.record({ time, status, action: value, code: value, reason: value, app: value, who: value, cycle: value });
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

function jsonRecord(f: Fields, i: number): string {
  return JSON.stringify({
    activityDateTime: f.time,
    changeId: `change-${i}`,
    cycleId: f.cycle,
    provisioningAction: f.action,
    provisioningStatusInfo: { status: f.status, errorInformation: { errorCode: f.code, reason: f.reason } },
    servicePrincipal: { id: f.app, displayName: f.app },
    sourceIdentity: { id: f.who, displayName: f.who },
  });
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
function csvRow(f: Fields, i: number): string {
  return [String(f.time), f.status, f.action, f.code, f.reason, `change-${i}`, f.app].map(csvCell).join(',');
}

const READERS: Record<string, (records: Fields[]) => string> = {
  'JSON array': (records) => `[${records.map(jsonRecord).join(',\n')}]`,
  'JSON lines': (records) => records.map(jsonRecord).join('\n'),
  'Graph page': (records) => `{"@odata.context":"x","value":[${records.map(jsonRecord).join(',')}],"@odata.nextLink":null}`,
  CSV: (records) => ['Date,Status,Action,Error Code,Reason,Change ID,Service Principal Name', ...records.map(csvRow)].join('\r\n'),
};

const NOISE = fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', '\n', '\r', ';', '\u0000', '\uFEFF', '😀', 'x', ':');
const RUNS = { seed: 20_241_130, numRuns: 60 };

describe.each(Object.entries(READERS))('fuzz: %s reader', (name, write) => {
  const file = name === 'CSV' ? 'fuzz.csv' : 'fuzz.json';

  it('counts every record built from hostile values', () => {
    fc.assert(
      fc.property(fc.array(fields, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 300 }), (records, chunkSize) => {
        const report = analyse({ [file]: write(records) }, { chunkSize });
        expect(report.summary.recordsRead).toBe(records.length);
        expect(report.problems.filter((p) => !p.message.startsWith('an event has no readable time'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('with noise inserted, never throws, and what it does not count it reports', () => {
    fc.assert(
      fc.property(
        fc.array(fields, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), NOISE), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 300 }),
        (records, edits, chunkSize) => {
          let text = write(records);
          for (const [where, noise] of edits) {
            const at = Math.floor(where * text.length);
            text = text.slice(0, at) + noise + text.slice(at);
          }
          const report = analyse({ [file]: text }, { chunkSize });
          const reported = report.problems.reduce((n, p) => n + (p.count ?? 1), report.problemsNotShown);
          if (report.summary.recordsRead < records.length) expect(reported).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });
});
