import type { Content } from '../content/model.js';
import { UserError } from '../cli/exit-codes.js';
import { cliWords } from '../i18n/cli-words.js';
import { resumeState } from '../cli/resume.js';

declare const PACKAGE_VERSION: string;

export interface WizardOptions {
  /** A path (see src/engine/path.ts), e.g. "@entry-conflict", to open the wizard part-way. */
  path?: string;
}

/**
 * Starts the interactive wizard and resolves when the admin quits. This module
 * stays small: Ink, React and the screens load in one import below, after the
 * cheap checks, so a refusal is instant and the first frame comes soon.
 */
export async function runWizard(content: Content, options: WizardOptions = {}): Promise<void> {
  const { stdin, stdout, env } = process;
  // Decided once: isRawModeSupported is undefined (not false) for pipes.
  const interactive = Boolean(stdin.isTTY) && typeof stdin.setRawMode === 'function';
  if (!interactive) {
    throw new UserError(cliWords(content.language).error.noTerminal);
  }
  const initial = resumeState(content, options.path);
  // NO_COLOR turns colour off, not structure: the theme drops every colour, and bold, underline
  // and the field's inverse cursor stay (FORCE_COLOR=0 would take them away as well).
  const color = !env.NO_COLOR;

  const [{ render }, { WizardApp }, { defaultServices }, { default: supportsHyperlinks }, { KeyStream, BRACKETED_PASTE_ON, BRACKETED_PASTE_OFF }] =
    await withoutFetch(() =>
      Promise.all([import('ink'), import('./app.js'), import('./services.js'), import('supports-hyperlinks'), import('./key-stream.js')]),
    );
  const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';
  let walk = initial;
  const app = render(
    <WizardApp
      content={content}
      services={defaultServices(version)}
      initial={initial}
      hyperlinks={supportsHyperlinks.stdout}
      color={color}
      onWalk={(state) => {
        walk = state;
      }}
    />,
    // Keys reach Ink one at a time, pastes whole, and sequences Ink cannot name never (see key-stream.ts).
    { exitOnCtrlC: true, patchConsole: false, stdin: new KeyStream(stdin) as unknown as NodeJS.ReadStream, maxFps: 0 },
  );
  // Pasted text comes between markers, so it can go into a field whole.
  stdout.write(BRACKETED_PASTE_ON);
  // Ctrl+C before raw mode is on (right after the first frame) is a signal, not a key: it ends
  // the wizard the same way, so the terminal is restored and the summary printed.
  const onInterrupt = () => app.unmount();
  process.on('SIGINT', onInterrupt);
  try {
    await app.waitUntilExit();
  } finally {
    process.off('SIGINT', onInterrupt);
    // Ink restores raw mode and the cursor on unmount; make sure of it on every exit path.
    app.unmount();
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write(`${BRACKETED_PASTE_OFF}\u001B[?25h`);
  }
  // Where the admin was, on the normal screen: q and Ctrl+C alike.
  const { leavingSummary } = await import('./node-text.js');
  const summary = leavingSummary(content, walk);
  if (summary.length > 0) stdout.write(`\n${summary.join('\n')}\n`);
}

/**
 * Yoga's wasm loader fetches its inlined `data:` URL with the global fetch() when
 * there is one, and fetch loads undici (about a tenth of start-up). Without it the
 * loader decodes the base64 synchronously. The property is restored right after.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}
