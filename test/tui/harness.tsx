import { EventEmitter } from 'node:events';
import { render as inkRender } from 'ink';
import type { ReactElement } from 'react';
import { render } from 'ink-testing-library';
import { KeyStream } from '../../src/tui/key-stream.js';
import { fileURLToPath } from 'node:url';
import stripAnsi from 'strip-ansi';
import { loadContentDir } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { start } from '../../src/engine/engine.js';
import { replayPath } from '../../src/engine/path.js';
import { WizardApp } from '../../src/tui/app.js';
import type { WizardServices } from '../../src/tui/services.js';
import type { Language } from '../../src/i18n/language.js';
import { messages } from '../../src/i18n/messages.js';

export const fixtureDir = fileURLToPath(new URL('../fixtures/content-wizard', import.meta.url));
/** A remedy much taller than a small terminal. */
export const longFixtureDir = fileURLToPath(new URL('../fixtures/content-long', import.meta.url));

const cached = new Map<string, Content>();
export function fixtureContent(dir = fixtureDir): Content {
  const known = cached.get(dir);
  if (known) return known;
  const result = loadContentDir(dir);
  if (!result.content) throw new Error(`fixture content has problems: ${JSON.stringify(result.diagnostics)}`);
  cached.set(dir, result.content);
  return result.content;
}

/** Services that record what the wizard did instead of touching the machine. */
export function fakeServices(overrides: Partial<WizardServices> = {}) {
  const record = { clipboard: [] as string[], terminal: [] as string[], opened: [] as string[], files: new Map<string, string>() };
  const services: WizardServices = {
    remote: false,
    desktop: true,
    clipboard: { write: async (text) => void record.clipboard.push(text) },
    writeTerminal: (bytes) => void record.terminal.push(bytes),
    openUrl: async (url) => void record.opened.push(url),
    writeFile: (path, text) => void record.files.set(path, text),
    cwd: '/reports',
    fallbackDir: '/home/admin',
    now: () => new Date(2025, 0, 2, 3, 4, 5),
    version: '9.9.9',
    ...overrides,
  };
  return { services, record };
}

const KEYS: Record<string, string> = {
  enter: '\r',
  esc: '\u001B',
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  backspace: '\u007F',
  tab: '\t',
  pgdn: '\u001B[6~',
  pgup: '\u001B[5~',
  home: '\u001B[H',
  end: '\u001B[F',
  'ctrl-c': '\u0003',
};

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface Options {
  path?: string;
  contentDir?: string;
  services?: WizardServices;
  hyperlinks?: boolean;
  color?: boolean;
  /** The reader's language: the interface's own words follow it (the fixture's text stays English). */
  language?: Language;
  /**
   * Keys reach Ink through the wizard's KeyStream, as in a terminal (run-wizard.tsx): what is
   * written to stdin is one read, cut into keys there.
   */
  keyStream?: boolean;
}

/** A terminal's input as KeyStream reads it: each write is one read ('data'). */
class RawTerminal extends EventEmitter {
  readonly isTTY = true;
  write = (chunk: string) => void this.emit('data', chunk);
  setEncoding() {}
  setRawMode() {}
  pause() {}
  ref() {}
  unref() {}
}

class FakeStdout extends EventEmitter {
  columns = 100;
  private last: string | undefined;
  write = (frame: string) => {
    this.last = frame;
  };
  lastFrame = () => this.last;
}

const throughKeyStream: Array<{ unmount(): void }> = [];

/** Unmounts the wizards rendered with `keyStream` (ink-testing-library's cleanup knows only its own). */
export function cleanupKeyStream(): void {
  for (const instance of throughKeyStream.splice(0)) instance.unmount();
}

/** ink-testing-library's render, with the wizard's KeyStream between the terminal and Ink. */
function renderThroughKeyStream(tree: ReactElement) {
  const stdout = new FakeStdout();
  const stdin = new RawTerminal();
  const instance = inkRender(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout() as unknown as NodeJS.WriteStream,
    stdin: new KeyStream(stdin as unknown as NodeJS.ReadStream) as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  throughKeyStream.push(instance);
  // Ink stops listening when it quits: then KeyStream lets go of the terminal.
  const listening = () => stdin.listenerCount('data');
  return { stdin, stdout, lastFrame: stdout.lastFrame, listening, unmount: () => instance.unmount() };
}

export async function renderWizard(options: Options = {}) {
  const content = options.language ? { ...fixtureContent(options.contentDir), language: options.language } : fixtureContent(options.contentDir);
  let initial = start(content);
  if (options.path) {
    const replayed = replayPath(content, options.path);
    if (!replayed.ok) throw new Error(replayed.error);
    initial = replayed.state;
  }
  const services = options.services ?? fakeServices().services;
  const tree = <WizardApp content={content} services={services} initial={initial} hyperlinks={options.hyperlinks ?? false} color={options.color ?? true} />;
  const app = options.keyStream ? renderThroughKeyStream(tree) : { ...render(tree), listening: undefined };
  const raw = () => app.lastFrame() ?? '';
  const frame = () => stripAnsi(raw());

  /** Waits for the frame to contain `expected` (or satisfy it); fails with the last frame on screen. */
  async function waitFor(expected: string | RegExp | ((frame: string) => boolean), timeoutMs = 3000): Promise<string> {
    // Long notices wrap at the width: strings match with runs of white space read as one space.
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const matches = (f: string) =>
      typeof expected === 'string'
        ? flat(f).includes(flat(expected))
        : expected instanceof RegExp
          ? expected.test(f) || expected.test(flat(f))
          : expected(f);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (matches(frame())) return frame();
      await tick();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`timed out waiting for ${String(expected)}; the screen was:\n${frame()}`);
  }

  /** One key (by name, see KEYS) or literal text, then lets Ink and React settle. */
  async function press(key: string): Promise<void> {
    app.stdin.write(KEYS[key] ?? key);
    // A lone Esc is held back one turn by Ink in case more of a sequence follows.
    await tick();
    await tick();
  }

  /** Without rows the test terminal has no height, as before: nothing is limited. */
  function resize(columns: number, rows?: number): void {
    Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
    if (rows !== undefined) Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
    app.stdout.emit('resize');
  }

  /** True once Ink has stopped reading keys, i.e. the wizard has quit. */
  const quit = () => (app.listening ? app.listening() : app.stdin.listenerCount('readable')) === 0;

  await waitFor(messages(content.language).wizard.hint.quit);
  await tick();
  return { app, raw, frame, waitFor, press, resize, quit, content };
}
