import { afterEach, describe, expect, it } from 'vitest';
import { CheckJsonSchema } from '../../src/check/check-schema.js';
import { ReportJsonSchema } from '../../src/logs/report-schema.js';
import { permissionHint } from '../../src/check/read-tenant.js';
import { readPhrase } from '../../src/i18n/phrases.js';
import { forbidden, startGraphServer, type GraphServer } from '../check/graph-server.js';
import { runAsync } from '../check/run-check.js';
import { quarantined, tenant, TOKEN } from '../check/tenant-fixtures.js';
import { run } from '../cli/run-cli.js';
import { writeContentDir } from '../helpers/content.js';

// The reports of analyze and check, in Danish and Dutch with the shipped content: the
// headings and labels change language, the codes, ids, numbers and --json keys do not.

const LOG = 'test/fixtures/logs/portal-download.json';
const analyze = (args: string[]) => run([...args, 'analyze', LOG], { content: false });

/** Every heading and label of the English analyze report for this fixture. */
const ENGLISH_ANALYZE = [/^Read 1 file$/m, /portal JSON download/, / events from /, /^Action: /m, /^App: /m, /^Cycles: /m, /^Failures by error code/m, /^ {4}Catalogue: /m, /^ {4}Reason: /m, /^ {4}Who: /m, /^ {4}Steps:/m, /^ {4}Read:/m, /^Codes not in the catalogue$/m, /Did you mean/, /^Skipped, by skip reason$/m, /^Warnings, by code$/m, / to 2024-/, /\(no code\)/];

describe('analyze speaks the reader’s language', () => {
  it.each([
    ['da', ['Læste 1 fil', 'portal-download.json: JSON-download fra portalen, 7 hændelser', '7 hændelser fra 2024-05-01', 'Handling:', 'Program:', 'Cyklusser:', 'Fejl efter fejlkode (4 hændelser, 3 koder)', '    Katalog: Conflict (logfilens "EntryConflict" er et alias)', '    Årsag: ', '    Hvem: ', '    Trin:', '    Læs:', 'Koder, der ikke findes i kataloget', '(gruppe 3, 1 hændelse) Mente du: HTTP 412?', 'Sprunget over, efter årsag', 'Advarsler efter kode', '(ingen kode)']],
    ['nl', ['1 bestand gelezen', 'portal-download.json: JSON-download uit de portal, 7 gebeurtenissen', '7 gebeurtenissen van 2024-05-01', 'Actie:', 'Toepassing:', 'Cycli:', 'Fouten per foutcode (4 gebeurtenissen, 3 codes)', '    Catalogus: Conflict ("EntryConflict" in het logboek is een alias)', '    Reden: ', '    Wie: ', '    Stappen:', '    Lees:', 'Codes die niet in de catalogus staan', '(groep 3, 1 gebeurtenis) Bedoelde u: HTTP 412?', 'Overgeslagen, per reden', 'Waarschuwingen per code', '(geen code)']],
  ])('--lang %s: every heading and label, none left in English', (lang, expected) => {
    const { stdout, status } = analyze(['--lang', lang]);
    for (const text of expected) expect(stdout).toContain(text);
    for (const english of ENGLISH_ANALYZE) expect(stdout).not.toMatch(english);
    // Codes, ids and times are as the log has them.
    expect(stdout).toContain('EntryConflict');
    expect(stdout).toContain('cccccccc-0000-0000-0000-000000000002');
    expect(status).toBe(0);
  });

  it('the English report still has every heading (the list above is not empty talk)', () => {
    const { stdout } = analyze([]);
    for (const english of ENGLISH_ANALYZE) expect(stdout).toMatch(english);
  });

  it('LANG=nl_BE chooses Dutch too, and --json keeps the same keys in every language', () => {
    expect(run(['analyze', LOG], { content: false, env: { LANG: 'nl_BE.UTF-8' } }).stdout).toContain('Fouten per foutcode');
    const keys = (lang: string) => {
      const report = JSON.parse(run(['--lang', lang, 'analyze', LOG, '--json'], { content: false }).stdout) as Record<string, Record<string, unknown>>;
      return [Object.keys(report), Object.keys(report.summary!), Object.keys((report.groups as unknown as object[])[0]!)];
    };
    expect(keys('da')).toEqual(keys('en'));
    expect(keys('nl')).toEqual(keys('en'));
  });
});

let server: GraphServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A quarantined job with the provisioning logs forbidden: a finding and a read that fell short. */
async function check(lang: string, json: string[] = []) {
  await server?.close();
  server = await startGraphServer(tenant({ job: quarantined('EncounteredQuarantineException'), more: { 'auditLogs/provisioning': forbidden() } }));
  return runAsync(['--lang', lang, 'check', '--app', 'Contoso SCIM App', '--graph-base', server.base, ...json], { PROVISION_DOCTOR_GRAPH_TOKEN: TOKEN });
}

const ENGLISH_CHECK = [/^Checked /m, /read-only, with a token from/, /^Job /m, /^Findings \(/m, /worst first/, /\] error: /, / remedy: provision-doctor/, / walk: +provision-doctor/, /^Not read in full/m, /: failed/, / is in quarantine /, /next attempt: /, /times quarantined/, /How users are matched/, /Groups are assigned/, /^ +group: /m, / assigned$/m, /recent provisioning events/, /needs AuditLog/];

describe('check speaks the reader’s language', () => {
  it('the English report has every heading the translations replace', async () => {
    const { stdout } = await check('en');
    for (const english of ENGLISH_CHECK) expect(stdout).toMatch(english);
  });

  it.each([
    ['da', ['Tjekkede Contoso SCIM App', 'kun læsning, med et token fra PROVISION_DOCTOR_GRAPH_TOKEN', 'Klargøringsjob ', 'Fund (', 'de alvorligste først', '] fejl: ', 'løsning:    provision-doctor show encountered-quarantine-exception', 'gennemgang: provision-doctor --resume ', 'Ikke læst helt', ': mislykkedes', 'er i karantæne (EncounteredQuarantineException)', 'næste forsøg: 2026-11-30T10:00:00Z', 'Sådan matches brugerne med konti i appen', '1 bruger og 1 gruppe tildelt', 'gruppe: Sales', '- seneste klargøringshændelser: mislykkedes', '  kræver AuditLog.Read.All']],
    ['nl', ['Contoso SCIM App (', ') gecontroleerd, alleen-lezen, met een token uit PROVISION_DOCTOR_GRAPH_TOKEN', 'Inrichtingstaak ', 'Bevindingen (', 'ernstigste eerst', '] fout: ', 'oplossing: provision-doctor show encountered-quarantine-exception', 'doorlopen: provision-doctor --resume ', 'Niet volledig gelezen', ': mislukt', 'staat in quarantaine (EncounteredQuarantineException)', 'volgende poging: 2026-11-30T10:00:00Z', 'Zo worden gebruikers gekoppeld aan accounts in de app', '1 gebruiker en 1 groep toegewezen', 'groep: Sales', '- recente inrichtingsgebeurtenissen: mislukt', '  vereist AuditLog.Read.All']],
  ])('--lang %s: every heading and label, none left in English', async (lang, expected) => {
    const { stdout, status } = await check(lang);
    for (const text of expected) expect(stdout).toContain(text);
    for (const english of ENGLISH_CHECK) expect(stdout).not.toMatch(english);
    expect(stdout).toContain('EncounteredQuarantineException');
    expect(status).toBe(1);
  });
});

describe('check --json in Danish', () => {
  it('keeps the keys, ids, severities and paths; the finding titles follow the language', async () => {
    const en = CheckJsonSchema.parse(JSON.parse((await check('en', ['--json'])).stdout));
    const da = CheckJsonSchema.parse(JSON.parse((await check('da', ['--json'])).stdout));
    expect(Object.keys(da)).toEqual(Object.keys(en));
    const stable = (r: typeof en) => r.findings.map((f) => [f.severity, f.id, f.path]);
    expect(stable(da)).toEqual(stable(en));
    expect(da.findings[0]!.title).toMatch(/er i karantæne \(EncounteredQuarantineException\)$/);
    expect(en.findings[0]!.title).toMatch(/is in quarantine \(EncounteredQuarantineException\)$/);
  });

  it('names its language at the top, as every --json document does', async () => {
    for (const lang of ['en', 'da', 'nl']) {
      const report = CheckJsonSchema.parse(JSON.parse((await check(lang, ['--json'])).stdout));
      expect(report.language).toBe(lang);
    }
  });
});

describe('analyze --json names its language', () => {
  it.each(['en', 'da', 'nl'])('--lang %s', (lang) => {
    const json = JSON.parse(run(['--lang', lang, 'analyze', LOG, '--json'], { content: false }).stdout) as Record<string, unknown>;
    expect(Object.keys(json)[0]).toBe('language');
    expect(ReportJsonSchema.parse(json).language).toBe(lang);
  });
});

describe('codes and validate say their own words in the reader’s language', () => {
  it('an empty category is told in Danish and Dutch; the category name stays as typed', () => {
    expect(run(['--lang', 'da', 'codes', '--category', 'cross-tenant']).stdout).toBe('Ingen fejlkoder i kategorien "cross-tenant".\n');
    expect(run(['--lang', 'nl', 'codes', '--category', 'cross-tenant']).stdout).toBe('Geen foutcodes in de categorie "cross-tenant".\n');
  });

  it('validate’s summary line, clean and with problems, in Danish and Dutch', () => {
    const clean = 'test/fixtures/sources/content';
    expect(run(['--lang', 'da', 'validate', clean], { content: false }).stdout).toBe(`${clean}: 1 fil, 3 noder, 1 fejlkode, 4 links: ingen problemer\n`);
    expect(run(['validate', clean], { content: false, env: { LANG: 'nl_NL.UTF-8' } }).stdout).toBe(`${clean}: 1 bestand, 3 knooppunten, 1 foutcode, 4 koppelingen: geen problemen\n`);
    const broken = writeContentDir({ 'main.yaml': 'nodes:\n  x:\n   - bad\n  y: [\n' });
    const da = run(['--lang', 'da', 'validate', broken], { content: false });
    expect(da.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^\\d+ problem(er)? i ${broken}$`));
    const nl = run(['--lang', 'nl', 'validate', broken], { content: false });
    expect(nl.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^\\d+ (probleem|problemen) in ${broken}$`));
    expect(nl.status).toBe(1);
  });
});

describe('the phrases other modules put into a report', () => {
  it('every permission hint check can give has its Danish and Dutch', () => {
    for (const path of ['servicePrincipals/x/synchronization/jobs', 'auditLogs/provisioning', 'users/x', 'servicePrincipals']) {
      const english = permissionHint(path);
      expect(readPhrase(english, 'da')).not.toBe(english);
      expect(readPhrase(english, 'nl')).not.toBe(english);
      expect(readPhrase(english, 'en')).toBe(english);
    }
  });

  it('a phrase not listed is shown as it is', () => {
    expect(readPhrase('something new', 'da')).toBe('something new');
  });
});
