import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { replayPath, serializePath } from '../../src/engine/path.js';
import { messages } from '../../src/i18n/messages.js';
import { leavingSummary } from '../../src/tui/node-text.js';
import { renderWizard } from './harness.js';

afterEach(() => cleanup());

/** The wizard's English words that must not show once the reader's language is Danish or Dutch. */
const ENGLISH = [' choose', ' back', ' restart', ' search', ' quit', 'Did this help?', 'Cause:', 'Steps:', 'Read:'];

describe('the wizard in the reader\'s language', () => {
  it('Danish: the key bar, the remedy\'s labels and answers', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users', language: 'da' });
    const frame = await w.waitFor('Hjalp det?');
    for (const words of ['Enter vælg', 'Esc tilbage', 'r forfra', '/ søg', 'e fejlkode', 'c kopiér', 'o åbn', 's gem', '? hjælp', 'q afslut', 'Årsag:', 'Trin:', 'Læs:', '1. Ja, det løste det']) {
      expect(frame).toContain(words);
    }
    for (const words of ENGLISH) expect(frame, words).not.toContain(words);
  });

  it('Dutch: the help screen, its title and its key table', async () => {
    const w = await renderWizard({ language: 'nl' });
    await w.press('?');
    const frame = await w.waitFor('Toetsen');
    expect(frame).toContain('Help');
    expect(frame).toContain('r                      opnieuw beginnen bij de eerste vraag');
    expect(frame).toContain('q, Ctrl+C              stoppen (toont waar u was en hoe u verdergaat)');
    expect(frame).toContain('Esc sluiten');
    expect(frame).not.toContain('start again from the first question');
  });

  it('Danish: the search and error-code screens, their titles and fields', async () => {
    const w = await renderWizard({ path: 'missing-users', language: 'da' });
    await w.press('/');
    let frame = await w.waitFor('Søg: ');
    expect(frame).toContain('Søg i spørgsmålene, løsningerne og fejlkoderne:');
    await w.press('quarantine');
    frame = await w.waitFor('> [løsning] Take the job out of quarantine');
    expect(frame).toContain('Hvorfor: matchede "quarantine"');
    await w.press('esc');
    await w.waitFor('q afslut');
    await w.press('e');
    frame = await w.waitFor('Kode: ');
    expect(frame).toContain('Slå en fejlkode op');
    expect(frame).toContain('Skriv eller indsæt en fejlkode eller en hel årsagslinje fra en logfil.');
    expect(frame).toContain('Up/Down flyt');
  });

  it('Dutch: the summary printed on quitting', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users', language: 'nl' });
    await w.waitFor('Heeft dit geholpen?');
    const walk = replayPath(w.content, 'missing-users/assign-users');
    if (!walk.ok) throw new Error(walk.error);
    const summary = leavingSummary(w.content, walk.state);
    const path = serializePath(walk.state);
    expect(summary[0]).toBe(messages('nl').wizard.lastRemedy('Assign the users to the app'));
    expect(summary).toContain(`Pad: ${path}`);
    expect(summary).toContain(`Ga daar verder: provision-doctor --resume ${path}`);
    expect(summary.some((line) => line.startsWith('Lees: '))).toBe(true);
  });

  it('English stays word for word', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users' });
    const frame = await w.waitFor('Did this help?');
    expect(frame).toContain('Enter choose');
    expect(frame).toContain('q quit');
    expect(frame).toContain('Cause:');
  });
});

describe('the wizard\'s notices in the reader\'s language', () => {
  it('Danish: going back from the first question, starting again, and marking a remedy fixed', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users', language: 'da' });
    await w.press('1');
    await w.waitFor('Godt. s gemmer en rapport til supportsagen, r begynder forfra, q afslutter.');
    await w.press('r');
    await w.waitFor('Begyndte forfra.');
    await w.press('esc');
    await w.waitFor('Dette er det første spørgsmål: der er ikke noget at gå tilbage til.');
  });

  it('Dutch: Enter in an empty code field asks for a code', async () => {
    const w = await renderWizard({ path: 'missing-users', language: 'nl' });
    await w.press('e');
    await w.waitFor('Code: ');
    await w.press('enter');
    await w.waitFor('Typ of plak eerst een foutcode.');
  });
});

describe('the copy chooser in the reader\'s language', () => {
  it('Danish: its title, its items and the notice after copying', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users', language: 'da' });
    await w.press('c');
    const frame = await w.waitFor('Hvad vil du kopiere?');
    expect(frame).toContain('Kopiér fra: Assign the users to the app');
    expect(frame).toContain('hele løsningen som tekst');
    expect(frame).toContain('trin 1: ');
    expect(frame).toContain('stien: missing-users/assign-users');
    await w.press('enter');
    await w.waitFor(/Kopierede hele løsningen som tekst til udklipsholderen\.|Sendte hele løsningen som tekst til terminalens udklipsholder/);
  });
});
