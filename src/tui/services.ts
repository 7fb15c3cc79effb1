import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { RefusedAddress, urlFault } from '../text/safe-url.js';
import { homedir, tmpdir } from 'node:os';
import { osc52 } from './terminal-codes.js';
import { messages, type Messages } from '../i18n/messages.js';

/**
 * The wizard's ways out to the world, injected so tests can see exactly what
 * was copied, written and opened. The heavy libraries load on first use.
 */
export interface WizardServices {
  /** An SSH session: the system clipboard and browser are on the wrong machine. */
  remote: boolean;
  /** A desktop to open a browser on. */
  desktop: boolean;
  /** The system clipboard, or null where no clipboard tool can exist (headless). */
  clipboard: { write(text: string): Promise<void> } | null;
  /** Raw bytes to the terminal, for OSC 52. */
  writeTerminal(bytes: string): void;
  openUrl(url: string): Promise<void>;
  writeFile(path: string, text: string): void;
  cwd: string;
  /** Where a report goes when the current folder cannot be written to. */
  fallbackDir: string;
  now(): Date;
  version: string;
}

export function isRemoteSession(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.SSH_CONNECTION || env.SSH_TTY || env.SSH_CLIENT);
}

export function hasDesktop(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (env.BROWSER) return true;
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY || env.WSL_DISTRO_NAME);
}

export function defaultServices(version: string): WizardServices {
  const { env, platform } = process;
  const remote = isRemoteSession(env);
  const desktop = hasDesktop(env, platform);
  return {
    remote,
    desktop,
    // On Linux without a display no clipboard tool can work: go straight to OSC 52.
    clipboard:
      remote || (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.WSL_DISTRO_NAME)
        ? null
        : { write: async (text) => (await import('clipboardy')).default.write(text) },
    writeTerminal: (bytes) => process.stdout.write(bytes),
    openUrl: async (url) => {
      // The browser gets a plain https address or nothing: never bytes it or a shell could act on.
      const fault = urlFault(url);
      if (fault) throw new RefusedAddress(fault);
      const browser = env.BROWSER ? browserCommand(env.BROWSER, url) : null;
      if (browser) return spawnDetached(browser.command, browser.args);
      const { default: open } = await import('open');
      await open(url);
    },
    writeFile: (path, text) => writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
    cwd: process.cwd(),
    fallbackDir: homedir() || tmpdir(),
    now: () => new Date(),
    version,
  };
}

export type CopyMethod = 'clipboard' | 'osc52';

/** Copies with the system clipboard where there is one, otherwise with OSC 52; says which, in the reader's words. */
export async function copyText(services: WizardServices, text: string, say: Messages['walk']['clipboard'] = messages('en').walk.clipboard): Promise<{ method: CopyMethod; why?: string }> {
  if (!services.remote && services.clipboard) {
    try {
      await services.clipboard.write(text);
      return { method: 'clipboard' };
    } catch (error) {
      services.writeTerminal(osc52(text));
      return { method: 'osc52', why: say.failed(firstLine(error)) };
    }
  }
  services.writeTerminal(osc52(text));
  return { method: 'osc52', why: services.remote ? say.ssh : say.noTool };
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * The command BROWSER names, with its arguments: "firefox --new-window", a quoted path with
 * spaces, the first of a colon-separated list, and %s standing for the address (else the
 * address comes last), as xdg-open and Python's webbrowser read it.
 */
export function browserCommand(browser: string, url: string): { command: string; args: string[] } | null {
  const first = browser.split(':').find((part) => part.trim()) ?? '';
  const words = [...first.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const [command, ...args] = words;
  if (!command) return null;
  const placed = args.some((arg) => arg.includes('%s'));
  return { command, args: placed ? args.map((arg) => arg.replaceAll('%s', url)) : [...args, url] };
}

/** Starts the browser and lets it live on after the wizard; fails if it cannot be started. */
function spawnDetached(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
