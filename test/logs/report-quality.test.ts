import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

interface Who {
  id: string;
  displayName: string;
  principal?: string;
}

/** A Graph-shaped failure event; only what each test varies is given. */
function event(over: { code?: string; reason?: string; app?: string; source: Who; target?: Who; time?: string; status?: string }) {
  const identity = (w: Who) => ({
    id: w.id,
    displayName: w.displayName,
    identityType: 'User',
    details: w.principal ? { UserPrincipalName: w.principal } : {},
  });
  return {
    id: `e-${Math.random()}`,
    activityDateTime: over.time ?? '2024-05-01T10:00:00Z',
    cycleId: 'cycle-1',
    changeId: `c-${Math.random()}`,
    provisioningAction: 'create',
    provisioningStatusInfo: {
      status: over.status ?? 'failure',
      errorInformation: over.code ? { errorCode: over.code, reason: over.reason ?? null } : null,
    },
    provisioningSteps: [],
    modifiedProperties: [],
    servicePrincipal: { id: 'sp-1', displayName: over.app ?? 'Contoso HR' },
    sourceIdentity: identity(over.source),
    targetIdentity: identity(over.target ?? { id: '', displayName: '' }),
  };
}

const page = (events: unknown[]) => JSON.stringify({ value: events });

describe('--redact', () => {
  const jane = { id: '2024', displayName: 'Jane Doe', principal: 'jane.doe@contoso.com' };
  const wei = { id: 'x1', displayName: '王伟' };
  const li = { id: '7', displayName: 'Li' };
  const report = analyse(
    {
      'redact.json': page([
        event({ code: 'EntryConflict', reason: 'The value jane.doe@contoso.com of JANE DOE clashes (HTTP 409, 2024 rows).', source: jane }),
        event({ code: 'EntryConflict', reason: 'other', source: wei }),
        event({ code: 'Frobnicated', reason: 'Li was refused.', source: li }),
      ]),
    },
    { redact: true },
  );
  const text = JSON.stringify(report);

  it('hides every identity, however short its name or id, in any case', () => {
    for (const secret of ['Jane', 'JANE', 'jane.doe', '王伟', '"Li"', 'Li was']) expect(text).not.toContain(secret);
    expect(report.groups[0]!.identities.sample).toEqual(['person-1 (user1@redacted.invalid)', 'person-2']);
    expect(report.groups[1]!.identities.sample).toEqual(['person-3']);
  });

  it('replaces whole words only, so times, codes and numbers in reasons stay readable', () => {
    expect(report.summary.timeRange).toEqual({ first: '2024-05-01T10:00:00Z', last: '2024-05-01T10:00:00Z' });
    expect(report.groups[0]!.reason).toBe('The value user1@redacted.invalid of person-1 clashes (HTTP 409, 2024 rows).');
    expect(report.groups[1]!.reason).toBe('person-3 was refused.');
    expect(report.groups.map((g) => g.code)).toEqual(['EntryConflict', 'Frobnicated']);
  });

  it('hides emails in file names and problem messages too', () => {
    const withProblem = analyse({ 'ann.lee@contoso.com export.json': '[{"broken": ' }, { redact: true });
    expect(JSON.stringify(withProblem)).not.toContain('ann.lee');
    expect(withProblem.summary.files[0]!.file).toBe('user1@redacted.invalid export.json');
  });
});

describe('groups and counts', () => {
  it('takes the reason from the first event of a group that has one', () => {
    const ann = { id: 'a', displayName: 'Ann' };
    const bob = { id: 'b', displayName: 'Bob' };
    const report = analyse({
      'p.json': page([event({ code: 'EntryConflict', source: ann }), event({ code: 'EntryConflict', reason: 'userName is taken.', source: bob })]),
    });
    expect(report.groups[0]!.reason).toBe('userName is taken.');
  });

  it('counts names that differ only by control characters or spacing as one', () => {
    const ann = { id: 'a', displayName: 'Ann' };
    const report = analyse({
      'p.json': page([
        event({ code: 'EntryConflict', app: 'Contoso', source: ann }),
        event({ code: 'Entry\u001b[5mConflict', app: 'Contoso\u200f', source: ann }),
        event({ code: 'EntryConflict', app: 'Con\u001b[0mtoso ', source: ann }),
      ]),
    });
    expect(report.summary.byApp).toEqual({ Contoso: 3 });
    expect(report.groups.map((g) => [g.code, g.count])).toEqual([['EntryConflict', 3]]);
  });

  it('groups warnings by code as it groups failures, with the catalogue entry', () => {
    const ann = { id: 'a', displayName: 'Ann' };
    const bob = { id: 'b', displayName: 'Bob' };
    const report = analyse({
      'p.json': page([
        event({ status: 'warning', code: 'EntryConflict', reason: 'Matched on a second attribute.', source: ann }),
        event({ status: 'warning', code: 'EntryConflict', source: bob }),
        event({ status: 'warning', source: bob }),
        event({ code: 'EntryConflict', source: ann }),
      ]),
    });
    expect(report.warnings.map((g) => [g.code, g.count, g.remedyId, g.reason, g.identities.sample])).toEqual([
      ['EntryConflict', 2, 'conflict', 'Matched on a second attribute.', ['Ann', 'Bob']],
      [null, 1, 'unknown-error-code', null, ['Bob']],
    ]);
    expect(report.groups.map((g) => [g.code, g.count])).toEqual([['EntryConflict', 1]]);
  });
});

describe('--redact and file paths (L9.4)', () => {
  it('names each file by its base name, so the folders (and the OS user name) stay out', () => {
    const event = '[{"activityDateTime":"2024-05-01T10:00:00Z","changeId":"c1","provisioningStatusInfo":{"status":"failure"}}]';
    const report = analyse({ '/home/jane.doe/Downloads/x.json': event, '/home/jane.doe/old/x.json': '[{"broken": ' }, { redact: true });
    expect(report.summary.files.map((f) => f.file)).toEqual(['x.json', 'x.json (2)']);
    expect(report.problems.map((p) => p.file)).toEqual(['x.json (2)']);
    expect(JSON.stringify(report)).not.toContain('jane');
    const plain = analyse({ '/home/jane.doe/Downloads/x.json': event });
    expect(plain.summary.files[0]!.file).toBe('/home/jane.doe/Downloads/x.json');
  });
});
