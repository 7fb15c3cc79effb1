import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The built wizard's first screen in a real terminal, typed into as an admin types: tmux sends
// the keys of a sentence one by one, and the screen is read back. A server of its own per test
// (see tmux-e2e.test.ts for why).
const root = fileURLToPath(new URL('../..', import.meta.url));
let tests = 0;
let socket = '';
const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color' };
delete env.CI;
delete env.NO_COLOR;
delete env.TMUX;

const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { cwd: root, env, encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'first');
const send = (...keys: string[]) => tmux('send-keys', '-t', 'first', ...keys);
const startPane = (command: string, columns = 100, rows = 30) =>
  tmux('new-session', '-d', '-s', 'first', '-x', String(columns), '-y', String(rows), `${command}; sleep 30`);

/** Sends each character of `text` as a key of its own, as typing does (not as one paste). */
function type(text: string): void {
  for (const key of text) send('-l', key);
}

async function waitForScreen(expected: string | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const matches = typeof expected === 'string' ? (s: string) => s.includes(expected) : expected;
  let last = '';
  while (Date.now() < deadline) {
    last = screen();
    if (matches(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${String(expected)} in the tmux pane; it showed:\n${last}`);
}

beforeAll(() => {
  try {
    execFileSync('tmux', ['-V'], { encoding: 'utf8' });
  } catch {
    throw new Error('tmux is not installed: the end-to-end wizard tests need it (e.g. apt-get install tmux)');
  }
});

beforeEach(() => {
  socket = `provision-doctor-first-screen-${process.pid}-${++tests}`;
});

afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
});

const builtIn = 'node dist/cli.cjs; echo "EXIT=$?"';

describe('the first screen of the built wizard: typing just types', () => {
  it.each([
    ['sync stopped for everyone', 'Restart the job so it sees everyone again', /Why: matched "sync", "everyone"/],
    ['quarantine', 'quarantine', /Why: matched "quarantine"/],
    ['every user fails', 'Why did the user fail?', /Why: matched "user", "fails"/],
  ])('"%s" typed key by key stays in the field, and Enter shows the search results for the whole text', async (sentence, best, why) => {
    startPane(builtIn);
    await waitForScreen('Ctrl+C quit');
    type(sentence);
    const field = await waitForScreen(`Describe it: ${sentence}`);
    // No letter ran a command: still the first question, nothing saved or quit.
    expect(field).toContain('Which of these is closest to your problem');
    expect(field).not.toContain('Saved the report');
    send('Enter');
    const results = await waitForScreen((s) => s.includes(`Search: ${sentence}`) && s.includes('> ['));
    expect(results).toContain('provision-doctor Search');
    // The best hit answers the whole sentence, not only its first letter or word.
    expect(results).toMatch(new RegExp(`^> \\[[a-z-]+\\] .*${best.replace(/[?]/g, '\\?')}`, 'm'));
    expect(results).toMatch(why);
    send('Escape');
    await waitForScreen((s) => !s.includes('Search:') && s.includes('Ctrl+C quit'));
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('q in the field is a letter: the wizard goes on, and Ctrl+C quits', async () => {
    startPane(builtIn);
    await waitForScreen('Ctrl+C quit');
    type('q');
    await waitForScreen('Describe it: q');
    type('uota exceeded');
    const field = await waitForScreen('Describe it: quota exceeded');
    expect(field).not.toContain('EXIT=');
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('a burst of letters typed at once goes into the field whole', async () => {
    startPane(builtIn);
    await waitForScreen('Ctrl+C quit');
    send('-l', 'sync stopped');
    await waitForScreen('Describe it: sync stopped');
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('two digits still choose answer 12 of sixteen, and the next screen has its letter keys again', async () => {
    startPane(builtIn);
    await waitForScreen('16. None of these fits');
    send('-l', '12');
    const twelve = await waitForScreen('q quit');
    expect(twelve).toContain('What are you seeing? > The provisioning agent');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });
});
