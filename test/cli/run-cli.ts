import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = `${root}dist/cli.cjs`;
export const fixture = `${root}test/fixtures/content-cli`;

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/**
 * The locale every test run of the CLI gets: the tool speaks the language of LC_ALL, LC_MESSAGES
 * or LANG, so a tester's own LANG=da_DK must not turn the English assertions Danish.
 */
export const PINNED_LOCALE = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8' } as const;

/** Runs the built CLI the way users do, with the fixture content and a pinned, colourless environment. */
export function run(args: string[], options: { input?: string; env?: Record<string, string>; content?: boolean; nodeArgs?: string[] } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, CI: '1', NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', ...PINNED_LOCALE, ...options.env };
  const contentArgs = options.content === false ? [] : ['--content', fixture];
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...contentArgs, ...args], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

export function runJson(args: string[]): { json: unknown; status: number | null; stderr: string } {
  const result = run([...args, '--json']);
  return { json: result.stdout ? JSON.parse(result.stdout) : undefined, status: result.status, stderr: result.stderr };
}
