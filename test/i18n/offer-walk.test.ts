import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PINNED_LOCALE } from '../cli/run-cli.js';

// The question after the analyze report only comes in a real terminal: the built bin in tmux,
// on a server of its own per test (see test/tui/tmux-e2e.test.ts for why).
const root = fileURLToPath(new URL('../..', import.meta.url));
let tests = 0;
let socket = '';
const env: NodeJS.ProcessEnv = { ...process.env, ...PINNED_LOCALE, TERM: 'xterm-256color' };
// CI=true would make `analyze` skip its question.
delete env.CI;
delete env.NO_COLOR;
delete env.TMUX;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { cwd: root, env, encoding: 'utf8' });
const send = (...keys: string[]) => tmux('send-keys', '-t', 'offer', ...keys);

async function waitForScreen(text: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = tmux('capture-pane', '-p', '-J', '-t', 'offer');
    if (last.includes(text)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for "${text}" in the tmux pane; it showed:\n${last}`);
}

afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
});

describe('the question after the analyze report, in the reader’s language', () => {
  it.each([
    ['da', 'Vil du åbne guiden ved løsningen for en fejlgruppe? Skriv dens nummer (1-3)', '"x" er ikke nummeret på en fejlgruppe; afsluttet.'],
    ['nl', 'De gids openen bij de oplossing van een foutgroep? Typ het nummer (1-3)', '"x" is geen nummer van een foutgroep; gestopt.'],
  ])('--lang %s asks and answers a wrong number in that language', async (lang, question, refusal) => {
    socket = `provision-doctor-offer-${process.pid}-${++tests}`;
    const command = `node dist/cli.cjs --lang ${lang} analyze test/fixtures/logs/portal-download.json; echo "EXIT=$?"; sleep 30`;
    tmux('new-session', '-d', '-s', 'offer', '-x', '160', '-y', '20', command);
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
    socket = `provision-doctor-offer-${process.pid}-${++tests}`;
    const command = `node dist/cli.cjs --lang en analyze test/fixtures/logs/portal-download.json; echo "EXIT=$?"; sleep 30`;
    tmux('new-session', '-d', '-s', 'offer', '-x', '160', '-y', '20', command);
    await waitForScreen('Open the guide');
    send('1', 'Enter');
    await waitForScreen('q quit');
    send('q');
    const after = await waitForScreen('EXIT=');
    expect(after).toContain('--resume');
    expect(after).toContain('EXIT=0');
  });
});
