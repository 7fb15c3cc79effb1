import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { familyOf } from '../../src/engine/code-family.js';
import { CodeIndex } from '../../src/engine/lookup.js';
import { messages } from '../../src/i18n/messages.js';
import { PlainDialogue } from '../../src/cli/plain.js';
import { run } from '../cli/run-cli.js';

// What the code lookup says it set aside or read differently ("read X as Y (ignored the
// prefix ...)") and the family of an unknown code reach the reader in explain, search, the
// dialogue and the wizard: they follow the reader's language; codes and what was typed do not.

const content = loadContentDir('content').content!;
const noteOf = (input: string, language?: 'da' | 'nl') => new CodeIndex(content, language && messages(language).walk.lookup).lookup(input).match?.note;

/** One input for each way the lookup explains itself, and what each language says. */
const NOTES: Array<[string, string, string, string]> = [
  [
    'Microsoft Entra ID Conflict',
    'read "Microsoft Entra ID Conflict" as "Conflict" (ignored the prefix "Microsoft Entra ID")',
    'læste "Microsoft Entra ID Conflict" som "Conflict" (så bort fra præfikset "Microsoft Entra ID")',
    '"Microsoft Entra ID Conflict" gelezen als "Conflict" (het voorvoegsel "Microsoft Entra ID" genegeerd)',
  ],
  ['ScimEntryConflict', 'ignored the SCIM prefix "Scim"', 'så bort fra SCIM-præfikset "Scim"', 'het SCIM-voorvoegsel "Scim" genegeerd'],
  ['ServiceIncompatible', 'the code starts with the SCIM prefix', 'koden begynder med SCIM-præfikset', 'de code begint met het SCIM-voorvoegsel'],
  ['InvitationCreationFailureGuestLimit', 'ignored the suffix "GuestLimit"', 'så bort fra suffikset "GuestLimit"', 'het achtervoegsel "GuestLimit" genegeerd'],
  [
    'Entra ID QuotaLimitExceeded',
    'the docs print the prefix "AzureActiveDirectory" as "Microsoft Entra ID"; logs carry "AzureActiveDirectoryQuotaLimitExceeded"',
    'dokumentationen skriver præfikset "AzureActiveDirectory" som "Microsoft Entra ID"; i logfilerne står der "AzureActiveDirectoryQuotaLimitExceeded"',
    'de documentatie schrijft het voorvoegsel "AzureActiveDirectory" als "Microsoft Entra ID"; in de logboeken staat "AzureActiveDirectoryQuotaLimitExceeded"',
  ],
  [
    'Error: StatusCode: Conflict, WebExceptionProtocolError happened',
    'found the HTTP status 409 ("StatusCode: Conflict") in the text; it says more than "WebExceptionProtocolError"',
    'fandt HTTP-status 409 ("StatusCode: Conflict") i teksten; den siger mere end "WebExceptionProtocolError"',
    'HTTP-status 409 ("StatusCode: Conflict") in de tekst gevonden; die zegt meer dan "WebExceptionProtocolError"',
  ],
  [
    'the reason says SalesforceEntryConflict here',
    'found "SalesforceEntryConflict" in the text and read it as "EntryConflict": ignored the prefix "Salesforce"',
    'fandt "SalesforceEntryConflict" i teksten og læste det som "EntryConflict": så bort fra præfikset "Salesforce"',
    '"SalesforceEntryConflict" in de tekst gevonden en gelezen als "EntryConflict": het voorvoegsel "Salesforce" genegeerd',
  ],
];

describe('the code lookup explains itself in the reader\'s language', () => {
  it.each(NOTES)('%s', (input, en, da, nl) => {
    expect(noteOf(input)).toContain(en);
    expect(noteOf(input, 'da')).toContain(da);
    expect(noteOf(input, 'nl')).toContain(nl);
  });

  it('English passed from the catalogue says the same as the engine\'s own default', () => {
    const english = new CodeIndex(content, messages('en').walk.lookup);
    for (const [input] of NOTES) expect(english.lookup(input).match?.note).toBe(noteOf(input));
  });

  it('an unknown code\'s family is named in each language', () => {
    const names = (language: 'en' | 'da' | 'nl') => ['ScimNoSuchThing', 'NoSuch_Thing', 'AzureActiveDirectoryNoSuchThing'].map((code) => familyOf(code, messages(language).walk.family)?.name);
    expect(names('en')).toEqual(['a SCIM answer from the app', 'a Microsoft Graph error', 'an error on the Entra ID side']);
    expect(['ScimNoSuchThing', 'NoSuch_Thing', 'AzureActiveDirectoryNoSuchThing'].map((code) => familyOf(code)?.name)).toEqual(names('en'));
    expect(names('da')).toEqual(['et SCIM-svar fra appen', 'en Microsoft Graph-fejl', 'en fejl på Entra ID-siden']);
    expect(names('nl')).toEqual(['een SCIM-antwoord van de app', 'een Microsoft Graph-fout', 'een fout aan de kant van Entra ID']);
  });
});

describe('explain, search and the dialogue pass the reader\'s words on (shipped content)', () => {
  const cli = (language: string, args: string[]) => run(['--lang', language, ...args], { content: false });

  it.each([
    ['en', 'Conflict (read "SalesforceEntryConflict" as "EntryConflict" (ignored the prefix "Salesforce"))', 'by its shape it is a Microsoft Graph error'],
    ['da', 'Conflict (læste "SalesforceEntryConflict" som "EntryConflict" (så bort fra præfikset "Salesforce"))', 'af formen at dømme er det en Microsoft Graph-fejl'],
    ['nl', 'Conflict ("SalesforceEntryConflict" gelezen als "EntryConflict" (het voorvoegsel "Salesforce" genegeerd))', 'naar de vorm is het een Microsoft Graph-fout'],
  ])('explain --lang %s: how a code was read, and an unknown code\'s family', (language, read, family) => {
    expect(cli(language, ['explain', 'SalesforceEntryConflict']).stdout.split('\n')[0]).toBe(read);
    expect(cli(language, ['explain', 'NoSuch_Thing']).stdout).toContain(family);
  });

  it('explain --json carries the note and the family in the reader\'s language, under the same keys', () => {
    const found = JSON.parse(cli('da', ['explain', 'SalesforceEntryConflict', '--json']).stdout) as { note: string; matchedAs: string };
    expect(found.matchedAs).toBe('variant');
    expect(found.note).toBe('læste "SalesforceEntryConflict" som "EntryConflict" (så bort fra præfikset "Salesforce")');
    const unknown = JSON.parse(cli('nl', ['explain', 'NoSuch_Thing', '--json']).stdout) as { family: string };
    expect(unknown.family).toBe('een Microsoft Graph-fout');
  });

  it.each([
    ['en', ['code  ', '(code EntryConflict: read "SalesforceEntryConflict" as', 'remedy  ', '(matched "SalesforceEntryConflict")']],
    ['da', ['kode  ', '(kode EntryConflict: læste "SalesforceEntryConflict" som', 'løsning  ', '(matchede "SalesforceEntryConflict")']],
    ['nl', ['code  ', '(code EntryConflict: "SalesforceEntryConflict" gelezen als', 'oplossing  ', '(gevonden op "SalesforceEntryConflict")']],
  ])('search --lang %s: each hit\'s kind and why it matched', (language, said) => {
    const { stdout, status } = cli(language, ['search', 'SalesforceEntryConflict']);
    expect(status).toBe(0);
    for (const words of said) expect(stdout).toContain(words);
    if (language !== 'en') expect(stdout).not.toMatch(/\bmatched\b|\bremedy\b|ignored the/);
  });

  it.each([
    ['en', '[remedy general-first-checks]', '[question no-users-start]'],
    ['da', '[løsning general-first-checks]', '[spørgsmål no-users-start]'],
    ['nl', '[oplossing general-first-checks]', '[vraag no-users-start]'],
  ])('show --lang %s: the kind above the node is a word of the reader\'s, the id stays', (language, remedy, question) => {
    expect(cli(language, ['show', 'general-first-checks']).stdout.split('\n')[0]).toBe(remedy);
    expect(cli(language, ['show', 'no-users-start']).stdout.split('\n')[0]).toBe(question);
  });

  it('search --json keeps its kinds and keys; only the note is in Danish', () => {
    const { hits } = JSON.parse(cli('da', ['search', 'SalesforceEntryConflict', '--json']).stdout) as { hits: Array<{ kind: string; why: { code?: string; note?: string } }> };
    expect(hits[0]!.kind).toBe('code');
    expect(hits[0]!.why).toEqual({ code: 'EntryConflict', note: 'læste "SalesforceEntryConflict" som "EntryConflict" (så bort fra præfikset "Salesforce")' });
  });

  it.each([
    ['en', 'provision-doctor search: Only the first 20 words (200 characters at most) are searched.'],
    ['da', 'provision-doctor search: Kun de første 20 ord (højst 200 tegn) søges.'],
    ['nl', 'provision-doctor search: Alleen de eerste 20 woorden (hooguit 200 tekens) worden gezocht.'],
  ])('search --lang %s: the note that a long query was cut', (language, note) => {
    const words = Array.from({ length: 30 }, () => 'quarantine');
    expect(cli(language, ['search', ...words]).stderr.trim()).toBe(note);
  });

  it.each([
    ['da', '(læste "SalesforceEntryConflict" som "EntryConflict" (så bort fra præfikset "Salesforce"))'],
    ['nl', '("SalesforceEntryConflict" gelezen als "EntryConflict" (het voorvoegsel "Salesforce" genegeerd))'],
  ] as const)('the --plain dialogue in %s says how it read a code', (language, note) => {
    const dialogue = new PlainDialogue({ ...content, language });
    expect(dialogue.answer('code SalesforceEntryConflict').text.split('\n')[0]).toBe(note);
  });
});
