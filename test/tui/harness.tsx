import { render } from 'ink-testing-library';
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
  const app = render(
    <WizardApp content={content} services={services} initial={initial} hyperlinks={options.hyperlinks ?? false} color={options.color ?? true} />,
  );
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
  const quit = () => app.stdin.listenerCount('readable') === 0;

  await waitFor(messages(content.language).wizard.hint.quit);
  await tick();
  return { app, raw, frame, waitFor, press, resize, quit, content };
}
