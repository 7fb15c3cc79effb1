import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { PINNED_LOCALE } from '../cli/run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const env: NodeJS.ProcessEnv = { ...process.env, ...PINNED_LOCALE, TERM: 'xterm-256color' };
// CI=true would make `analyze` skip its question to open the wizard.
delete env.CI;
delete env.NO_COLOR;
delete env.FORCE_HYPERLINK;
delete env.TMUX;

/**
 * The built tool in a real terminal: one tmux pane per test, keys sent by tmux, the screen read
 * back. Each test gets a server of its own (`tmux -L`): a new session on a socket whose server is
 * still shutting down after kill-server fails with "server exited unexpectedly". Call at the top
 * of a test file; it registers the hooks that start and end the servers.
 */
export function tmuxPane(name: string, options: { joinLines?: boolean } = {}) {
  let tests = 0;
  let socket = '';
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { cwd: root, env, encoding: 'utf8' });
  const screen = () => tmux('capture-pane', '-p', ...(options.joinLines ? ['-J'] : []), '-t', name);

  beforeAll(() => {
    try {
      execFileSync('tmux', ['-V'], { encoding: 'utf8' });
    } catch {
      throw new Error('tmux is not installed: the end-to-end tests need it (e.g. apt-get install tmux)');
    }
  });
  beforeEach(() => {
    socket = `provision-doctor-${name}-${process.pid}-${++tests}`;
  });
  afterEach(() => {
    try {
      tmux('kill-server');
    } catch {
      // already gone
    }
  });

  return {
    tmux,
    screen,
    send: (...keys: string[]) => tmux('send-keys', '-t', name, ...keys),
    /** Each character of `text` as a key of its own, as typing does (not as one paste). */
    type: (text: string) => {
      for (const key of text) tmux('send-keys', '-t', name, '-l', key);
    },
    // stderr goes to the pane too: a stack trace there fails the test that looks for it.
    start: (command: string, columns = 100, rows = 30) =>
      tmux('new-session', '-d', '-s', name, '-x', String(columns), '-y', String(rows), `${command}; sleep 30`),
    /** The screen and the scrollback above it. */
    history: () => tmux('capture-pane', '-p', '-S', '-', '-t', name),
    async waitForScreen(expected: string | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      const matches = typeof expected === 'string' ? (s: string) => s.includes(expected) : expected;
      let last = '';
      while (Date.now() < deadline) {
        last = screen();
        if (matches(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${typeof expected === 'string' ? `"${expected}"` : 'the screen'} in the tmux pane; it showed:\n${last}`);
    },
  };
}
