import { describe, expect, it } from 'vitest';
import { tmuxPane } from '../tui/tmux-pane.js';

// The question after the analyze report only comes in a real terminal: the built bin in tmux.
const { send, start, waitForScreen } = tmuxPane('offer', { joinLines: true });

describe('the question after the analyze report, in the reader’s language', () => {
  it.each([
    ['da', 'Vil du åbne guiden ved løsningen for en fejlgruppe? Skriv dens nummer (1-3)', '"x" er ikke nummeret på en fejlgruppe; afsluttet.'],
    ['nl', 'De gids openen bij de oplossing van een foutgroep? Typ het nummer (1-3)', '"x" is geen nummer van een foutgroep; gestopt.'],
  ])('--lang %s asks and answers a wrong number in that language', async (lang, question, refusal) => {
    start(`node dist/cli.cjs --lang ${lang} analyze test/fixtures/logs/portal-download.json; echo "EXIT=$?"`, 160, 20);
    const asked = await waitForScreen(question);
    expect(asked).not.toContain('Open the guide');
    send('x', 'Enter');
    const after = await waitForScreen('EXIT=');
    expect(after).toContain(refusal);
    expect(after).toContain('EXIT=0');
  });

  // The analyser is an ES module and the wizard a CommonJS file started through the entry's
  // code cache: the offer crosses from one to the other.
  it('opens the wizard at the chosen group and leaves it with the path', async () => {
    start('node dist/cli.cjs --lang en analyze test/fixtures/logs/portal-download.json; echo "EXIT=$?"', 160, 20);
    await waitForScreen('Open the guide');
    send('1', 'Enter');
    await waitForScreen('q quit');
    send('q');
    const after = await waitForScreen('EXIT=');
    expect(after).toContain('--resume');
    expect(after).toContain('EXIT=0');
  });
});
