import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/cli/analyze-text.js';
import { KnownIdentities } from '../../src/logs/redact/known.js';
import { Redactor } from '../../src/logs/redact/redactor.js';
import { analyse } from './helpers.js';

// Built from the hostile-input review, finding M3: --redact ran for 82 s on 1,602 events
// with a code each (`gen.py uniqcodes 2`), and for 20 s on one 200,000-character reason.
// These inputs must now go through like any other; the time is measured by
// bench/redact.mjs, not asserted here.

/** A record as gen.py writes it, with its own error code. */
function uniqueCodeRecord(i: number): string {
  const n = String(i).padStart(12, '0');
  return JSON.stringify({
    id: `eeeeeeee-0000-0000-0000-${n}`,
    activityDateTime: '2024-05-01T10:00:00Z',
    cycleId: 'cccccccc-0000-0000-0000-000000000001',
    changeId: `dddddddd-0000-0000-0000-${n}`,
    provisioningAction: 'create',
    provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: `AppSpecificError${i}`, reason: `The value user${i}@contoso.com of userName is already used by another user.` } },
    provisioningSteps: [{ name: 'EntryImport', status: 'success', description: `Retrieved User 'user${i}@contoso.com' from Microsoft Entra ID` }],
    servicePrincipal: { id: '11111111-2222-3333-4444-555555555555', displayName: 'Contoso HR' },
    sourceIdentity: { id: `aaaaaaaa-0000-0000-0000-${n}`, displayName: `User Number ${i}`, identityType: 'User', details: {} },
    targetIdentity: { id: `t-${i}`, displayName: '', identityType: 'User', details: {} },
  });
}

describe('--redact at scale (M3)', () => {
  it('redacts 1,602 groups, each with its own code, address and person (200 shown, the rest counted)', () => {
    const log = `[${Array.from({ length: 1602 }, (_, i) => uniqueCodeRecord(i)).join(',\n')}]`;
    const report = analyse({ 'uq2.json': log }, { redact: true });
    expect(report.groups).toHaveLength(200);
    expect(report.groupsNotShown.distinct).toBe(1402);
    const output = `${JSON.stringify(report)}\n${renderReport(report)}`;
    expect(output).not.toMatch(/contoso\.com|User Number|aaaaaaaa-0000/);
    const addresses = new Set(report.groups.map((g) => /^The value (user\d+@redacted\.invalid) of userName is already used by another user\.$/.exec(g.reason!)![1]));
    expect(addresses.size).toBe(200);
    expect(new Set(report.groups.map((g) => g.identities.sample[0])).size).toBe(200);
  });

  const oneFailure = (reason: string) =>
    JSON.stringify([
      { activityDateTime: '2024-05-01T10:00:00Z', changeId: 'c', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'X', reason } }, sourceIdentity: { id: 'z', displayName: 'Zed Zulu' } },
    ]);

  it('redacts a 200,000-character reason, showing its first 2,000 characters', () => {
    const reason = `${'a.'.repeat(100_000)}${' owner Zed Zulu, zed.zulu@contoso.com, +1 425 555 0100'.repeat(1_000)}`;
    const report = analyse({ 'redos.json': oneFailure(reason) }, { redact: true });
    expect(report.groups[0]!.reason).toBe(`${'a.'.repeat(1000)}…`);
    expect(`${JSON.stringify(report)}\n${renderReport(report)}`).not.toMatch(/Zed|Zulu|zed|contoso|425/);
  });

  it('cuts a long text before a name or address that crosses the 10,000th character, never through it', () => {
    const known = new KnownIdentities();
    known.remember('Zed Zulu', 'person');
    const head = `${'word '.repeat(1_999)}ab`;
    for (const secret of ['Zed Zulu', 'zed.zulu@contoso.com', '0f8fad5b-d9cb-469f-a165-70867728950e']) {
      const text = `${head} ${secret} ${'tail '.repeat(10_000)}`.trim();
      expect(new Redactor(known).redact(text)).toBe(`${head} … (${text.length - head.length - 1} more characters left out)`);
    }
  });

  it('shows a reason cut to 2,000 characters only after redaction, so a name across the cut is still hidden', () => {
    const reason = `${'word '.repeat(399)}Zed Zulu owns it`;
    const shown = analyse({ 'cut.json': oneFailure(reason) }, { redact: true }).groups[0]!.reason!;
    expect(shown).not.toMatch(/Zed|Zulu/);
  });
});
