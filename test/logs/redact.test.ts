import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/cli/analyze-text.js';
import { analyse, runAnalyze as run } from './helpers.js';
import { event, page } from './redact-events.js';

// Built from the hostile-input review, finding M2: what --redact let through. The fixture
// is the review's redact-gen.py output.
const REPRO = 'test/fixtures/hostile/redact.json';

/** The text and the JSON report of the same run, which must hide the same things. */
function bothOutputs(...args: string[]): string[] {
  return [run(...args, '--redact').stdout, run(...args, '--redact', '--json').stdout];
}

describe('--redact on the review reproduction (M2)', () => {
  const outputs = bothOutputs(REPRO);

  it('hides users beyond the five sampled per group, wherever their names appear', () => {
    for (const out of outputs) {
      expect(out).not.toMatch(/Person6|Surname6|p6@contoso/);
      expect(out).toContain('Owner is person-');
    }
  });

  it('hides a name in NFD form or with a no-break space, as the same placeholder as the NFC display name', () => {
    const [text] = outputs;
    for (const out of outputs) expect(out.normalize('NFC')).not.toMatch(/Jos|lvarez/);
    const who = /Reason: Conflict for (person-\d+) \/ (person-\d+)/.exec(text!);
    expect(who).not.toBeNull();
    expect(who![1]).toBe(who![2]);
    expect(text).toContain(`Who: ${who![1]} (`);
  });

  it('hides non-ASCII, guest, %40-encoded addresses, undashed GUIDs and phone numbers', () => {
    for (const out of outputs) {
      for (const secret of ['pål', 'ødegård', 'jürgen', 'müller', 'bob_fabrikam', '#EXT#', 'onmicrosoft', 'jane%40', 'contoso.com', '0f8fad5bd9cb469fa16570867728950e', '425', '555-0100']) {
        expect(out).not.toContain(secret);
      }
    }
    expect(outputs[0]).toMatch(/Reason: mail user\d+@redacted\.invalid, user\d+@redacted\.invalid, guest user\d+@redacted\.invalid, user\d+@redacted\.invalid, oid id-\d+, call phone-1\n/);
  });

  it('says which records could not be read without quoting them', () => {
    for (const out of outputs) expect(out).not.toMatch(/Broken|Hopper|Grace|layName|WARNING/);
    expect(outputs[0]).toContain('redact.json:11: record 11 is not valid JSON\n');
    expect(outputs[0]).toContain('redact.json:12: unexpected text outside any record (skipped)\n');
    // Without --redact the fragments still help find the damage.
    const plain = run(REPRO).stdout;
    expect(plain).toContain('record 11 is not valid JSON (Unexpected token');
    expect(plain).toContain('unexpected text "WARNING export run by Grace Hopper" outside any record');
  });
});

describe('--redact: other forms of the same person and id', () => {
  const sean = { id: 'u-1', displayName: 'Seán O\u2019Brien', principal: 'sean.obrien@contoso.com' };
  const files = {
    'forms.json': page([
      event({ code: 'EntryConflict', reason: 'Duplicate of O\u2019Brien, Seán and OBRIEN, SEAN and S\uFF45\u0301an O\u2019Brien', source: sean }),
      event({ code: 'Timeout', reason: 'Owner {0F8FAD5B-D9CB-469F-A165-70867728950E} is 0f8fad5b_d9cb_469f_a165_70867728950e and W62PD8vZn0ahZXCGdyiVDg==', source: { id: 'u-2', displayName: 'Ann Lee' } }),
      event({ code: 'SidClash', reason: 'SID S-1-5-21-3623811015-3361044348-30300820-1013 and S-1-12-1-1111-2222-3333-4444', source: { id: 'u-3', displayName: 'Bo Ek' } }),
      event({ code: 'MailClash', reason: 'Mail "john doe"@example.com, x@[10.0.0.1], jo\u200Bhn@ex\u00ADample.org, phone +44 20 7946 0958, +45 12 34 56 78, (425) 555-0100 or 425.555.0199', source: { id: 'u-4', displayName: 'Cy Dunn' } }),
    ]),
  };
  const report = analyse(files, { redact: true });
  const text = `${JSON.stringify(report)}\n${renderReport(report)}`;

  it('knows a name reordered as "Surname, Given", in capitals, without accents, full-width or decomposed, as one person', () => {
    expect(text).not.toMatch(/Se[aá]n|O.?Brien|OBRIEN|SEAN|\uFF45/i);
    const reason = report.groups.find((g) => g.code === 'EntryConflict')!.reason!;
    const people = reason.match(/person-\d+/g)!;
    expect(people).toHaveLength(3);
    expect(new Set(people).size).toBe(1);
    expect(report.groups.find((g) => g.code === 'EntryConflict')!.identities.sample).toEqual([`${people[0]} (user1@redacted.invalid)`]);
  });

  it('gives every spelling of one GUID, and its ImmutableId, the same placeholder', () => {
    const reason = report.groups.find((g) => g.code === 'Timeout')!.reason!;
    expect(reason).toMatch(/^Owner \{(id-\d+)\} is \1 and \1$/);
  });

  it('hides SIDs, quoted local parts, address literals, addresses with invisible characters, and phone numbers', () => {
    expect(report.groups.find((g) => g.code === 'SidClash')!.reason).toMatch(/^SID id-\d+ and id-\d+$/);
    expect(report.groups.find((g) => g.code === 'MailClash')!.reason).toMatch(/^Mail user\d+@redacted\.invalid, user\d+@redacted\.invalid, user\d+@redacted\.invalid, phone phone-\d+, phone-\d+, phone-\d+ or phone-\d+$/);
  });

  it('leaves times, codes, counts and versions readable', () => {
    const other = analyse({ 'n.json': page([event({ code: 'SystemForCrossDomainIdentityManagementBadResponse', reason: 'HTTP 409 at 2024-05-01 10:00:00, retry 3 of 10, API v1.0, 1602 rows, +5 more', source: sean })]) }, { redact: true });
    expect(other.groups[0]!.reason).toBe('HTTP 409 at 2024-05-01 10:00:00, retry 3 of 10, API v1.0, 1602 rows, +5 more');
    expect(other.groups[0]!.code).toBe('SystemForCrossDomainIdentityManagementBadResponse');
  });
});

describe('--redact: names that overlap', () => {
  it('leaves no word of two known names written over each other, and keeps two mentions apart', () => {
    const report = analyse(
      {
        'o.json': page([
          event({ code: 'EntryConflict', reason: 'Seen: Ann Lee Smith; and Lee Smith / Lee Smith', source: { id: 'a', displayName: 'Ann Lee' } }),
          event({ code: 'EntryConflict', source: { id: 'b', displayName: 'Lee Smith' } }),
        ]),
      },
      { redact: true },
    );
    expect(report.groups[0]!.reason).toMatch(/^Seen: person-1; and (person-2) \/ \1$/);
  });
});

describe('--redact: identities that are not names', () => {
  it('leaves nothing of a display name of 200,000 characters, or of punctuation and symbols', () => {
    const huge = 'Qwz Vrk '.repeat(25_000);
    const report = analyse(
      {
        'h.json': page([
          event({ code: 'EntryConflict', reason: `by ${huge.slice(0, 800)}`, source: { id: 'a', displayName: huge } }),
          event({ code: 'EntryConflict', source: { id: 'b', displayName: '¯\\_(ツ)_/¯' } }),
        ]),
      },
      { redact: true },
    );
    const [group] = report.groups;
    expect(group!.identities.sample).toEqual([expect.stringMatching(/^(person-1 )+… \(\d+ more characters left out\)$/), expect.stringMatching(/^person-\d+$/)]);
    expect(group!.reason).toMatch(/^by (person-1 ?)+$/);
    expect(JSON.stringify(report)).not.toMatch(/Qwz|Vrk|ツ/);
  });
});

describe('--redact: names of identities in skips and warnings', () => {
  it('knows the identities of skipped and warned events as well as failed ones', () => {
    const report = analyse(
      {
        's.json': page([
          event({ code: 'EntryConflict', reason: 'Blocked by Dee Fox and Eve Gray', source: { id: 'a', displayName: 'Ann Lee' } }),
          event({ code: 'NotEffectivelyEntitled', status: 'skipped', source: { id: 'b', displayName: 'Dee Fox' } }),
          event({ code: 'Throttled', status: 'warning', source: { id: 'c', displayName: 'Eve Gray' } }),
        ]),
      },
      { redact: true },
    );
    expect(report.groups[0]!.reason).toMatch(/^Blocked by person-\d+ and person-\d+$/);
  });

  it('knows the identities of events left out by the filters', () => {
    const log = page([
      event({ code: 'EntryConflict', reason: 'Blocked by Dee Fox', source: { id: 'a', displayName: 'Ann Lee' } }),
      event({ code: 'NotEffectivelyEntitled', status: 'skipped', source: { id: 'b', displayName: 'Dee Fox' } }),
    ]);
    for (const filter of [{ status: ['failure' as const] }, { identity: 'ann' }]) {
      const report = analyse({ 'f.json': log }, { redact: true, filter });
      expect(report.summary.filteredOut).toBe(1);
      expect(report.groups[0]!.reason).toMatch(/^Blocked by person-\d+$/);
    }
  });
});

describe('--redact: file paths and problem messages', () => {
  it('names files by their base name, and hides the account in a home folder path left in a name', () => {
    const report = analyse({ '/home/jane.doe/logs/a.json': '[', '/Users/Jane Doe/b.json': '', 'C:\\Users\\jdoe\\Downloads\\c.json': '' }, { redact: true });
    const files = report.summary.files.map((f) => f.file);
    expect(files).toEqual(['a.json', 'b.json', expect.stringMatching(/^C:\\Users\\person-\d+\\Downloads\\c\.json$/)]);
    expect(JSON.stringify(report)).not.toMatch(/jane|jdoe/i);
  });

  it('hides the home folder of a file given on the command line, in both outputs', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pd-redact-')), 'home', 'jane.doe');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'log.json');
    writeFileSync(file, '[{"broken": ');
    for (const out of bothOutputs(file)) {
      expect(out).not.toContain('jane.doe');
      expect(out).toContain('log.json');
    }
  });

  it('does not quote a CSV header that is not a log (it may be a row of people)', () => {
    const report = analyse({ 'people.csv': 'Jane Doe,jane@contoso.com,+45 12 34 56 78\n1,2,3\n' }, { redact: true });
    expect(report.problems.map((p) => p.message)).toEqual(['the CSV header does not look like a provisioning log']);
  });
});
