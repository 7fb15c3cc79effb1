import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/cli/analyze-text.js';
import { analyse, CONTENT_DIR } from './helpers.js';
import { event, type Who } from './redact-events.js';
import { PINNED_LOCALE } from '../cli/run-cli.js';

// Property: whatever identifiers are planted in a log (names of its people in NFC, NFD,
// reordered, upper case, with no-break or zero-width spaces; addresses of every form;
// GUIDs of every form; SIDs; phone numbers), in display names, sign-in names, ids,
// reason texts, codes, app names, file paths and unreadable records, none of them is left
// in the text or the JSON report of `analyze --redact`.

// Name parts are made of syllables found in no English word, so a part in the output is a leak.
const SYLLABLES = ['zor', 'vyk', 'qex', 'jüx', 'ðyr', 'wöz', 'kłq', 'xaz', 'ñuv', 'þek', 'gzy', 'fyq', 'øbr', 'ćiz'];
const FILLER = ['The', 'value', 'of', 'userName', 'is', 'already', 'used', 'by', 'owner', 'mail', 'guest', 'call', 'id', 'and', 'for', 'conflict', 'HTTP', '409'];
const SEPARATORS = [' ', ', ', ' / ', '\u00a0', ': ', ' (', ') ', '; ', '\t'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** How a leak is looked for: without case or accents. */
const key = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const part = fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SYLLABLES)).map(([a, b]) => a + b);
const hexGuid = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString('hex'));
const digits = (n: number, first = 1) => fc.integer({ min: first * 10 ** (n - 1), max: 10 ** n - 1 }).map(String);

interface Person {
  given: string;
  surname: string;
  local: string;
  domain: string;
  tenant: string;
  guid: string;
  emailForm: number;
  guidForm: number;
}

const person: fc.Arbitrary<Person> = fc.record({
  given: part.map(capital),
  surname: part.map(capital),
  local: fc.tuple(part, fc.constantFrom('.', '_', '+', '-', ''), part).map(([a, s, b]) => a + s + b),
  domain: fc.tuple(part, fc.constantFrom('com', 'no', 'de', 'org', 'onmicrosoft.com')).map(([a, tld]) => `${a}.${tld}`),
  tenant: part,
  guid: hexGuid,
  emailForm: fc.nat(5),
  guidForm: fc.nat(5),
});

function nameForm(p: Person, form: number): string {
  const name = `${p.given} ${p.surname}`;
  switch (form) {
    case 0:
      return name;
    case 1:
      return name.normalize('NFD');
    case 2:
      return `${p.surname}, ${p.given}`;
    case 3:
      return name.toUpperCase();
    case 4:
      return `${p.given}\u00a0${p.surname}`.normalize('NFD');
    default:
      return `${p.given.slice(0, 3)}\u200b${p.given.slice(3)} ${p.surname}`;
  }
}

function emailForm(p: Person, form: number): string {
  switch (form) {
    case 0:
      return `${p.local}@${p.domain}`;
    case 1:
      return `${p.local}_${p.domain}#EXT#@${p.tenant}.onmicrosoft.com`;
    case 2:
      return `${p.local}%40${p.domain}`;
    case 3:
      return `"${p.given} ${p.surname}"@${p.domain}`;
    case 4:
      return `${p.local}@[10.${p.guid.length}.0.1]`;
    default:
      return `${p.local}@${p.domain}`.toUpperCase();
  }
}

function guidForm(hex: string, form: number): string {
  const dashed = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  switch (form) {
    case 0:
      return dashed;
    case 1:
      return dashed.toUpperCase();
    case 2:
      return `{${dashed}}`;
    case 3:
      return hex;
    case 4:
      return dashed.replace(/-/g, '_');
    default:
      return immutableId(hex);
  }
}

/** The GUID as Entra ID's ImmutableId: base64 of its bytes, the first three groups little-endian. */
function immutableId(hex: string): string {
  const swap = (s: string) => s.match(/../g)!.reverse().join('');
  return Buffer.from(swap(hex.slice(0, 8)) + swap(hex.slice(8, 12)) + swap(hex.slice(12, 16)) + hex.slice(16), 'hex').toString('base64');
}

interface Phone {
  cc: string;
  area: string;
  mid: string;
  last: string;
  form: number;
}

const phone: fc.Arbitrary<Phone> = fc.record({ cc: fc.constantFrom('1', '44', '45', '49', '31'), area: digits(3, 2), mid: digits(3, 2), last: digits(4), form: fc.nat(5) });

function phoneText({ cc, area, mid, last, form }: Phone): string {
  return [`+${cc} (${area}) ${mid}-${last}`, `+${cc}${area}${mid}${last}`, `+${cc} ${area} ${mid} ${last}`, `(${area}) ${mid}-${last}`, `${area}-${mid}-${last}`, `${area}.${mid}.${last}`][form]!;
}

const sid = fc.tuple(fc.boolean(), fc.array(digits(10, 1), { minLength: 4, maxLength: 4 })).map(([entra, [a, b, c, d]]) => (entra ? `S-1-12-1-${a}-${b}-${c}-${d}` : `S-1-5-21-${a}-${b}-${c}-${d!.slice(0, 4)}`));

/** One thing written into a reason: a person's name, address or id, or a free identifier. */
type Plant = { person: number; what: 'name' | 'email' | 'guid'; form: number } | { phone: Phone } | { sid: string } | { guid: string; form: number } | { filler: string };

const plant: fc.Arbitrary<Plant> = fc.oneof(
  fc.record({ person: fc.nat(), what: fc.constantFrom('name' as const, 'email' as const, 'guid' as const), form: fc.nat(5) }),
  fc.record({ phone }),
  fc.record({ sid }),
  fc.record({ guid: hexGuid, form: fc.nat(5) }),
  fc.record({ filler: fc.constantFrom(...FILLER) }),
);

interface Spec {
  status: 'failure' | 'skipped' | 'warning';
  code: string | Plant;
  person: number;
  target: number | null;
  nameForm: number;
  reason: Plant[];
  separators: string[];
}

const spec: fc.Arbitrary<Spec> = fc.record({
  status: fc.constantFrom('failure' as const, 'failure' as const, 'skipped' as const, 'warning' as const),
  code: fc.oneof(fc.constantFrom('EntryConflict', 'Timeout', 'InsufficientRights', 'AppSpecificError'), plant),
  person: fc.nat(),
  target: fc.option(fc.nat(), { nil: null }),
  nameForm: fc.nat(5),
  reason: fc.array(plant, { maxLength: 8 }),
  separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 8, maxLength: 8 }),
});

const scenario = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 6 }),
  events: fc.array(spec, { minLength: 1, maxLength: 14 }),
  app: fc.option(plant, { nil: null }),
  home: part,
  broken: fc.option(fc.tuple(fc.nat(), fc.nat(5)), { nil: null }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function write(s: Scenario, p: Plant): string {
  if ('filler' in p) return p.filler;
  if ('phone' in p) return phoneText(p.phone);
  if ('sid' in p) return p.sid;
  if ('what' in p) {
    const who = s.people[p.person % s.people.length]!;
    if (p.what === 'name') return nameForm(who, p.form);
    if (p.what === 'email') return emailForm(who, p.form);
    return guidForm(who.guid, p.form);
  }
  return guidForm(p.guid, p.form);
}

function identity(s: Scenario, index: number, form: number): Who {
  const p = s.people[index % s.people.length]!;
  return { id: guidForm(p.guid, p.guidForm), displayName: nameForm(p, form % 2), principal: emailForm(p, p.emailForm) };
}

/** The log: a portal-style JSON array, with an unreadable record and stray text naming someone when asked. */
function logOf(s: Scenario): Record<string, string> {
  const records = s.events.map((e) => {
    const reason = e.reason.map((p, i) => write(s, p) + e.separators[i]).join('');
    const record = event({
      code: typeof e.code === 'string' ? e.code : write(s, e.code),
      reason,
      status: e.status,
      source: identity(s, e.person, e.nameForm),
      ...(e.target === null ? {} : { target: identity(s, e.target, e.nameForm + 1) }),
    });
    if (s.app) record.servicePrincipal.displayName = write(s, s.app);
    return JSON.stringify(record);
  });
  // Names in text can be known only as the names of events' identities: everyone planted has an event.
  s.people.forEach((_, i) => records.push(JSON.stringify(event({ code: 'EntryConflict', source: identity(s, i, i) }))));
  if (s.broken) {
    const [who, form] = s.broken;
    const name = nameForm(s.people[who % s.people.length]!, form);
    records.push(`{"displayName": ${name} ${emailForm(s.people[who % s.people.length]!, form)}}`, `WARNING export run by ${name}`);
  }
  return { [`/home/${s.home}/logs/export.json`]: `[${records.join(',\n')}\n]` };
}

/** Every planted identifier still readable in the output. */
function leaks(s: Scenario, output: string): string[] {
  const found: string[] = [];
  const plain = key(output);
  const hexOnly = output.replace(/[-_{}]/g, '').toLowerCase();
  const words = [s.home, ...s.people.flatMap((p) => [p.given, p.surname, p.local.split(/[._+-]/), p.domain.split('.')[0]!, p.tenant].flat())];
  for (const w of words) if (plain.includes(key(w))) found.push(w);
  const plants = [...s.events.flatMap((e) => [...e.reason, ...(typeof e.code === 'string' ? [] : [e.code])]), ...(s.app ? [s.app] : [])];
  const guids = [...s.people.map((p) => p.guid), ...plants.flatMap((p) => ('guid' in p ? [p.guid] : []))];
  for (const g of guids) {
    if (hexOnly.includes(g)) found.push(g);
    if (output.includes(immutableId(g))) found.push(immutableId(g));
  }
  for (const p of plants) {
    if ('sid' in p) for (const n of p.sid.split('-').slice(4)) if (n.length >= 9 && output.includes(n)) found.push(p.sid);
    if ('phone' in p) {
      const { cc, area, mid, last } = p.phone;
      if (new RegExp(`${mid}\\D{0,2}${last}`).test(output) || output.includes(`${cc}${area}${mid}${last}`)) found.push(phoneText(p.phone));
    }
  }
  return found;
}

const outputs = (s: Scenario, redact: boolean) => {
  const report = analyse(logOf(s), { redact });
  return `${JSON.stringify(report)}\n${renderReport(report)}`;
};

describe('--redact, property: no planted identifier survives', () => {
  it('in the text and the JSON report, whatever the log', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(leaks(s, outputs(s, true))).toEqual([]);
      }),
      { numRuns: 200, seed: 20_261_130 },
    );
  });

  it('in what the command prints, as text and as JSON', () => {
    const root = mkdtempSync(join(tmpdir(), 'pd-redact-property-'));
    fc.assert(
      fc.property(scenario, (s) => {
        const [[name, log]] = Object.entries(logOf(s)) as [[string, string]];
        const file = join(root, name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, log);
        for (const json of [[], ['--json']]) {
          const { stdout, stderr } = spawnSync(process.execPath, ['dist/cli.cjs', '--content', CONTENT_DIR, 'analyze', file, '--redact', ...json], { encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, CI: 'true' }, input: '' });
          expect(stderr).toBe('');
          expect(leaks(s, stdout)).toEqual([]);
        }
      }),
      { numRuns: 4, seed: 20_261_130 },
    );
    // Eight runs of the command: more time than a test in process.
  }, 60_000);

  it('finds the planted identifiers in the report without --redact (the check can fail)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        expect(leaks(s, outputs(s, false)).length).toBeGreaterThan(0);
      }),
      { numRuns: 30, seed: 20_261_130 },
    );
  });
});
