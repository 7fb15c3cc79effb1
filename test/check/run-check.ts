import { spawn } from 'node:child_process';
import { cli, root, PINNED_LOCALE } from '../cli/run-cli.js';

export interface Ran {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs the built CLI without blocking, so a server in this process can answer it. */
export function runAsync(args: string[], env: Record<string, string | undefined> = {}, input = ''): Promise<Ran> {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: root,
    env: { ...process.env, ...PINNED_LOCALE, CI: '1', NO_COLOR: undefined, FORCE_COLOR: undefined, PROVISION_DOCTOR_GRAPH_TOKEN: undefined, HTTPS_PROXY: undefined, https_proxy: undefined, ...env } as NodeJS.ProcessEnv,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (status) => resolve({ stdout, stderr, status })));
}
