import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { breadcrumbs } from '../../src/engine/engine.js';
import { replayPath } from '../../src/engine/path.js';
import { messages } from '../../src/i18n/messages.js';
import { crumbLines } from '../../src/tui/components/breadcrumbs.js';
import { scrollIndicator } from '../../src/tui/frame-layout.js';
import { copyItems, markdownReport } from '../../src/tui/node-text.js';
import { copyText } from '../../src/tui/services.js';
import { root, run } from '../cli/run-cli.js';
import { fakeServices, fixtureContent, renderWizard } from '../tui/harness.js';

// The words the engine and the screens put around content: the breadcrumbs' "did not help"
// and "jumped to", the text copied to the clipboard, the rows that count hidden crumbs or
// say where a scrolled screen is. English stays word for word; Danish and Dutch follow the reader.

afterEach(() => cleanup());

/** Two answers, a cause that did not help and a jump: every kind of crumb the engine makes. */
const WALK = 'missing-users/assign-users/check-scope/@quarantine';

function walked(language?: 'da' | 'nl') {
  const content = language ? { ...fixtureContent(), language } : fixtureContent();
  const replay = replayPath(content, WALK);
  if (!replay.ok) throw new Error(replay.error);
  return { content, state: replay.state };
}

describe('the breadcrumbs name the tool\'s own moves in the reader\'s language', () => {
  it('English, as before: "this did not help" and "jumped to: ..."', () => {
    const { content, state } = walked();
    expect(breadcrumbs(content, state).map((c) => c.answer)).toEqual(['Users are missing in the app', 'Nobody at all', 'this did not help', 'jumped to: Take the job out of quarantine']);
    // The shells pass the English words explicitly too; they say the same.
    expect(breadcrumbs(content, state, messages('en').walk.crumbs).map((c) => c.answer)).toEqual(breadcrumbs(content, state).map((c) => c.answer));
  });

  it.each([
    ['da', ['det hjalp ikke', 'sprang til: Take the job out of quarantine']],
    ['nl', ['dit hielp niet', 'gesprongen naar: Take the job out of quarantine']],
  ] as const)('%s: the engine takes the words it is given', (language, said) => {
    const { content, state } = walked(language);
    expect(breadcrumbs(content, state, messages(language).walk.crumbs).slice(2).map((c) => c.answer)).toEqual(said);
  });

  it('an info step passed with "next" is "continue", in each language', () => {
    for (const [language, word] of [['en', 'continue'], ['da', 'fortsæt'], ['nl', 'doorgaan']] as const) {
      const content = { ...fixtureContent(), language };
      const replay = replayPath(content, 'missing-users/scope-info/check-scope');
      if (!replay.ok) throw new Error(replay.error);
      expect(breadcrumbs(content, replay.state, messages(language).walk.crumbs).at(-1)!.answer).toBe(word);
    }
  });

  it('Danish: the wizard shows them, under a Danish count of the earlier answers', async () => {
    const w = await renderWizard({ path: WALK, language: 'da' });
    const frame = await w.waitFor('sprang til: Take the job out of quarantine');
    expect(frame).toContain('Assign the users to the app > det hjalp ikke');
    expect(frame).toContain('(1 tidligere svar)');
    expect(frame).not.toContain('earlier answer');
    expect(frame).not.toContain('did not help');
  });

  it('Dutch: the wizard shows them, and English is unchanged', async () => {
    const dutch = await renderWizard({ path: WALK, language: 'nl' });
    let frame = await dutch.waitFor('gesprongen naar: Take the job out of quarantine');
    expect(frame).toContain('Assign the users to the app > dit hielp niet');
    expect(frame).toContain('(1 eerdere antwoord)');
    cleanup();
    const english = await renderWizard({ path: WALK });
    frame = await english.waitFor('jumped to: Take the job out of quarantine');
    expect(frame).toContain('Assign the users to the app > this did not help');
    expect(frame).toContain('(1 earlier answer)');
  });

  it('the count of hidden crumbs takes the plural in each language', () => {
    const crumb = { nodeId: 'a', question: 'Q', title: 'T', answer: 'A' };
    const rows = (say?: (n: number) => string) => crumbLines([crumb, crumb, crumb, crumb, crumb], 60, 'all', say)[0];
    expect(rows()).toBe('  (2 earlier answers)');
    expect(rows(messages('da').walk.earlierAnswers)).toBe('  (2 tidligere svar)');
    expect(rows(messages('nl').walk.earlierAnswers)).toBe('  (2 eerdere antwoorden)');
  });

  it.each([
    ['en', ['this did not help', 'jumped to: Take the job out of quarantine', 'Path', '(start)']],
    ['da', ['det hjalp ikke', 'sprang til: Take the job out of quarantine', 'Sti', '(start)']],
    ['nl', ['dit hielp niet', 'gesprongen naar: Take the job out of quarantine', 'Pad', '(begin)']],
  ] as const)('%s: the saved Markdown report, its answers and an empty path', (language, said) => {
    const { content, state } = walked(language === 'en' ? undefined : language);
    const report = markdownReport(content, state, content.nodes.quarantine!, new Date('2026-11-30T09:00:00Z'), '0.1.0');
    expect(report).toContain(`   - ${said[0]}`);
    expect(report).toContain(`   - ${said[1]}`);
    const atStart = markdownReport(content, { current: content.start, history: [] }, content.nodes[content.start]!, new Date('2026-11-30T09:00:00Z'), '0.1.0');
    expect(atStart).toContain(`${said[2]}: \`${said[3]}\``);
  });
});

describe('an error code that did not help is named so in the trail, not "continue"', () => {
  // The code's screen asks "did this fix it?" like a remedy's; its second answer is "No, show
  // what to try next", so the trail must say the code's steps did not help.
  const CODE_WALK = '@entry-conflict/assign-users';

  it.each([
    ['en', 'this did not help'],
    ['da', 'det hjalp ikke'],
    ['nl', 'dit hielp niet'],
  ] as const)('%s: the engine labels the step with the words it is given', (language, word) => {
    const content = { ...fixtureContent(), language };
    const replay = replayPath(content, CODE_WALK);
    if (!replay.ok) throw new Error(replay.error);
    expect(breadcrumbs(content, replay.state, messages(language).walk.crumbs).at(-1)!.answer).toBe(word);
  });

  it('the wizard: answering "No, show what to try next" on a code leaves "this did not help" in the trail', async () => {
    const w = await renderWizard({ path: '@entry-conflict' });
    await w.waitFor('No, show what to try next');
    await w.press('2');
    const frame = await w.waitFor('Assign the users to the app');
    expect(frame).toContain('A value clashes with an existing account > this did not help');
    expect(frame).not.toContain('> continue');
  });

  it.each([
    ['en', '-> this did not help', '-> continue'],
    ['da', '-> det hjalp ikke', '-> fortsæt'],
    ['nl', '-> dit hielp niet', '-> doorgaan'],
  ] as const)('%s: path prints it for a shipped error code', (language, said, notSaid) => {
    const { stdout, status } = run(['--lang', language, 'path', '@conflict/wrong-users-matching-takeover'], { content: false });
    expect(status).toBe(0);
    expect(stdout).toContain(said);
    expect(stdout).not.toContain(notSaid);
  });
});

describe('path prints the walk in the reader\'s language (shipped content)', () => {
  // Two answers, two causes that did not help, then a jump to an error code.
  const LONG = 'logs-start/logs-where/logs-roles/logs-licence/@hr-invalid-user-principal-name';

  it.each([
    ['en', ['-> this did not help', '-> jumped to: ']],
    ['da', ['-> det hjalp ikke', '-> sprang til: ']],
    ['nl', ['-> dit hielp niet', '-> gesprongen naar: ']],
  ] as const)('%s', (language, said) => {
    const { stdout, status } = run(['--lang', language, 'path', LONG], { content: false });
    expect(status).toBe(0);
    for (const words of said) expect(stdout).toContain(words);
    if (language !== 'en') expect(stdout).not.toMatch(/did not help|jumped to/);
  });
});

describe('what the wizard copies is labelled in the reader\'s language', () => {
  const LABELS = {
    en: ['Cause: ', 'Caution: ', 'Steps:', 'Read:'],
    da: ['Årsag: ', 'Forsigtig: ', 'Trin:', 'Læs:'],
    nl: ['Oorzaak: ', 'Let op: ', 'Stappen:', 'Lees:'],
  };

  it.each(['en', 'da', 'nl'] as const)('%s: the whole remedy as text', (language) => {
    const content = { ...fixtureContent(), language };
    const replay = replayPath(content, 'quarantine');
    if (!replay.ok) throw new Error(replay.error);
    const text = copyItems(content, replay.state, content.nodes.quarantine!)[0]!.text;
    for (const label of LABELS[language]) expect(text).toMatch(new RegExp(`^${label}`, 'm'));
    if (language !== 'en') for (const label of LABELS.en) expect(text).not.toContain(label);
  });

  it.each([
    ['en', ['Error code: EntryConflict', 'What it means: ', 'Retry: The provisioning service']],
    ['da', ['Fejlkode: EntryConflict', 'Hvad det betyder: ', 'Nyt forsøg: Klargøringstjenesten']],
    ['nl', ['Foutcode: EntryConflict', 'Wat het betekent: ', 'Opnieuw proberen: De inrichtingsservice']],
  ] as const)('%s: an error code as text', (language, said) => {
    const content = { ...fixtureContent(), language };
    const replay = replayPath(content, 'code-entry/@entry-conflict');
    if (!replay.ok) throw new Error(replay.error);
    const text = copyItems(content, replay.state, content.nodes['entry-conflict']!)[0]!.text;
    for (const words of said) expect(text).toContain(words);
  });

  it('Danish: the copy chooser and the clipboard both carry Danish labels, through the wizard', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ path: 'quarantine', language: 'da', services });
    await w.press('c');
    await w.waitFor('Hvad vil du kopiere?');
    await w.press('1');
    await w.waitFor('Kopierede hele løsningen som tekst til udklipsholderen.');
    expect(record.clipboard[0]).toContain('Årsag: Too many failures put the job in quarantine.');
    expect(record.clipboard[0]).toContain('Trin:\n  1. Fix the credentials on the Provisioning page.');
  });

  it.each([
    ['en', 'SSH session', 'no clipboard tool here', 'the system clipboard failed: denied'],
    ['da', 'SSH-session', 'intet udklipsholderværktøj her', 'systemets udklipsholder fejlede: denied'],
    ['nl', 'SSH-sessie', 'geen klembordprogramma hier', 'het klembord van het systeem werkte niet: denied'],
  ] as const)('%s: why a copy went to the terminal instead', async (language, ssh, noTool, failed) => {
    const say = messages(language).walk.clipboard;
    expect((await copyText(fakeServices({ remote: true }).services, 'x', say)).why).toBe(ssh);
    expect((await copyText(fakeServices({ clipboard: null }).services, 'x', say)).why).toBe(noTool);
    const broken = fakeServices({ clipboard: { write: async () => Promise.reject(new Error('denied')) } }).services;
    expect((await copyText(broken, 'x', say)).why).toBe(failed);
  });

  it('Dutch: the reason is told under ? after a copy over SSH', async () => {
    const w = await renderWizard({ path: 'quarantine', language: 'nl', services: fakeServices({ remote: true }).services });
    await w.press('c');
    await w.press('1');
    await w.waitFor('naar het klembord van de terminal gestuurd (OSC 52).');
    await w.press('?');
    await w.waitFor('SSH-sessie. OSC 52 werkt waar de terminal het toestaat');
  });
});

describe('a screen taller than the terminal says where it is in the reader\'s language', () => {
  it.each([
    ['en', ['lines 1-10 of 30, more below (PgDn, Space)', 'lines 10-19 of 30, more below (PgDn) and above (PgUp)', 'lines 21-30 of 30, the end; more above (PgUp, b)']],
    ['da', ['linje 1-10 af 30, mere nedenfor (PgDn, Space)', 'linje 10-19 af 30, mere nedenfor (PgDn) og ovenfor (PgUp)', 'linje 21-30 af 30, slutningen; mere ovenfor (PgUp, b)']],
    ['nl', ['regels 1-10 van 30, meer hieronder (PgDn, Space)', 'regels 10-19 van 30, meer hieronder (PgDn) en hierboven (PgUp)', 'regels 21-30 van 30, het einde; meer hierboven (PgUp, b)']],
  ] as const)('%s: the scroll row', (language, said) => {
    const say = messages(language).walk.scroll;
    expect([scrollIndicator(0, 10, 30, say), scrollIndicator(9, 10, 30, say), scrollIndicator(20, 10, 30, say)]).toEqual(said);
  });

  it('Danish: a small terminal scrolls the remedy and windows the answers in Danish', async () => {
    const w = await renderWizard({ path: 'quarantine', language: 'da' });
    w.resize(40, 12);
    const frame = await w.waitFor(/linje 1-\d+ af \d+, mere nedenfor/);
    expect(frame).not.toMatch(/lines \d|more below/);
  });

  it('Dutch: a long answer list in a short terminal counts its window in Dutch', async () => {
    // The shipped first question has sixteen answers: more than 12 rows hold.
    const w = await renderWizard({ language: 'nl', contentDir: `${root}content` });
    w.resize(80, 12);
    await w.press('down');
    const frame = await w.waitFor(/\(1-\d+ van 16; Up\/Down toont de rest\)/);
    expect(frame).not.toContain('for the others');
  });
});

describe('the wizard\'s code lookup says how it read a code in the reader\'s language', () => {
  it('Danish: a prefixed code in the list and in the notice after choosing it', async () => {
    const w = await renderWizard({ language: 'da', path: 'missing-users' });
    await w.press('e');
    await w.waitFor('Kode: ');
    await w.press('SalesforceEntryConflict');
    const frame = await w.waitFor('EntryConflict - A value clashes with an existing account (læste "SalesforceEntryConflict"');
    expect(frame).not.toContain('(read ');
    await w.press('enter');
    await w.waitFor('Fejlkode');
    await w.press('?');
    await w.waitFor('læste "SalesforceEntryConflict" som "EntryConflict" (så bort fra præfikset "Salesforce")');
  });

  it('Dutch: a near miss is chosen with a Dutch warning, English unchanged', async () => {
    const near = (language?: 'nl') => {
      const content = language ? { ...fixtureContent(), language } : fixtureContent();
      return messages(content.language).walk.nearMissNote('EntyConflct', 'EntryConflict');
    };
    expect(near()).toBe('"EntyConflct" is not in the catalogue; EntryConflict is close to it, not the same code');
    expect(near('nl')).toBe('"EntyConflct" staat niet in de catalogus; EntryConflict lijkt erop, maar is niet dezelfde code');
    const w = await renderWizard({ language: 'nl', path: 'missing-users' });
    await w.press('e');
    await w.waitFor('Code: ');
    await w.press('EntyConflct');
    await w.waitFor('niet dezelfde code, wel dichtbij: EntryConflict');
    await w.press('enter');
    await w.press('?');
    await w.waitFor(near('nl'));
  });
});
