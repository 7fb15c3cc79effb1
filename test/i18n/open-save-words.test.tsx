import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { issueInEveryLanguage, ruleIssue } from '../../src/i18n/diagnostic-words.js';
import { messages } from '../../src/i18n/messages.js';
import { RefusedAddress, urlFault } from '../../src/text/safe-url.js';
import { defaultServices } from '../../src/tui/services.js';
import { fakeServices, renderWizard } from '../tui/harness.js';

// When a browser cannot be opened, an address is refused or a report cannot be written, the
// wizard says so in the reader's words; the system's own account (spawn xdg-open ENOENT,
// EACCES: ...) is shown as it came, framed by them. English stays as it was.

afterEach(() => cleanup());

const REMEDY = 'missing-users/assign-users';
const refused = () => Promise.reject(new RefusedAddress(urlFault('https://evil.example@learn.microsoft.com/x')!));
const noBrowser = () => Promise.reject(new Error('spawn xdg-open ENOENT'));

/** Presses o on a remedy with one link, then ? for the whole notice; returns the screen. */
async function openFails(openUrl: () => Promise<void>, language?: 'da' | 'nl'): Promise<string> {
  const w = await renderWizard({ path: REMEDY, services: fakeServices({ openUrl }).services, ...(language ? { language } : {}) });
  await w.press('o');
  await w.waitFor(language === 'da' ? 'Kunne ikke åbne en browser' : language === 'nl' ? 'Kon geen browser openen' : 'Could not open a browser');
  await w.press('?');
  return w.waitFor(/https:\/\/learn/);
}

describe('opening a link that fails', () => {
  it('English, as before: the refusal and the system’s own words', async () => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    expect(flat(await openFails(refused))).toContain('not opened: the address holds a user name before "@" ("evil.example@"), so it reads as another site: remove it');
    cleanup();
    expect(flat(await openFails(noBrowser))).toMatch(/Could not open a browser; the address: https:\/\/learn\S+ spawn xdg-open ENOENT/);
  });

  it.each([
    ['da', 'ikke åbnet: adressen indeholder et brugernavn før "@" ("evil.example@"), så den læses som et andet websted: fjern det', 'systemets svar: spawn xdg-open ENOENT'],
    ['nl', 'niet geopend: het adres bevat een gebruikersnaam vóór "@" ("evil.example@"), waardoor het als een andere site wordt gelezen: verwijder die', 'antwoord van het systeem: spawn xdg-open ENOENT'],
  ] as const)('%s: the refusal in the reader’s words, the system’s account framed by them', async (language, refusal, system) => {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const screen = flat(await openFails(refused, language));
    expect(screen).toContain(refusal);
    expect(screen).not.toContain('not opened');
    cleanup();
    expect(flat(await openFails(noBrowser, language))).toContain(system);
  });

  it('the real services refuse such an address with its fault, which each language words', async () => {
    const error = await defaultServices('1.0.0').openUrl('https://learn.microsoft.com/x\u0007').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddress);
    const { fault } = error as RefusedAddress;
    expect(messages('en').address.fault(fault)).toBe('holds a bell (U+0007) at character 30: an address must not hold spaces, control or invisible characters');
    expect(messages('da').address.fault(fault)).toBe('indeholder et klokketegn (U+0007) ved tegn 30: en adresse må ikke indeholde mellemrum, kontroltegn eller usynlige tegn');
    expect(messages('nl').address.fault(fault)).toBe('bevat een belteken (U+0007) op teken 30: een adres mag geen spaties, stuurtekens of onzichtbare tekens bevatten');
  });

  it('the validator words a bad address in content the same way (one set of words)', () => {
    const fault = urlFault('https://evil.example@learn.microsoft.com/x')!;
    const issue = ruleIssue('url', fault);
    expect(issueInEveryLanguage({ ...issue, path: [], input: '' } as unknown as Parameters<typeof issueInEveryLanguage>[0], issue.message)).toEqual({
      en: messages('en').address.fault(fault),
      da: messages('da').address.fault(fault),
      nl: messages('nl').address.fault(fault),
    });
  });
});

describe('saving a report that cannot be written', () => {
  const denied = () =>
    fakeServices({
      writeFile: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    }).services;

  it.each([
    ['da', 'Kunne ikke gemme rapporten.', '/home/admin/provision-doctor-report-20250102-030405.md: kunne ikke skrives (systemets svar: EACCES: permission denied)'],
    ['nl', 'Kon het rapport niet opslaan.', '/home/admin/provision-doctor-report-20250102-030405.md: kon niet worden geschreven (antwoord van het systeem: EACCES: permission denied)'],
  ] as const)('%s: says why in the reader’s words', async (language, notice, detail) => {
    const w = await renderWizard({ services: denied(), language, path: 'missing-users' });
    await w.press('s');
    // The notice's own line says that ? shows the rest, in the reader's words.
    await w.waitFor(`${notice}  (? ${language === 'da' ? 'mere' : 'meer'})`);
    await w.press('?');
    await w.waitFor(detail);
  });
});
