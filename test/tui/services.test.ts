import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserCommand, defaultServices, hasDesktop, isRemoteSession } from '../../src/tui/services.js';

describe('where the wizard runs', () => {
  it.each([
    [{ SSH_CONNECTION: '10.0.0.1 5000 10.0.0.2 22' }, true],
    [{ SSH_TTY: '/dev/pts/3' }, true],
    [{ DISPLAY: ':0' }, false],
  ])('%j is remote: %s', (env, remote) => {
    expect(isRemoteSession(env)).toBe(remote);
  });

  it.each([
    [{}, 'linux', false],
    [{ DISPLAY: ':0' }, 'linux', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', true],
    [{ BROWSER: 'w3m' }, 'linux', true],
    [{}, 'darwin', true],
    [{}, 'win32', true],
  ] as const)('%j on %s has a desktop: %s', (env, platform, desktop) => {
    expect(hasDesktop(env, platform)).toBe(desktop);
  });
});

describe('BROWSER', () => {
  const url = 'https://learn.microsoft.com/en-us/entra/identity/app-provisioning/';

  it('runs a command with arguments, a quoted path, the first of a list, and %s where the address goes', () => {
    expect(browserCommand('firefox --new-window', url)).toEqual({ command: 'firefox', args: ['--new-window', url] });
    expect(browserCommand('"/opt/My Browser/run" -a', url)).toEqual({ command: '/opt/My Browser/run', args: ['-a', url] });
    expect(browserCommand('w3m:lynx', url)).toEqual({ command: 'w3m', args: [url] });
    expect(browserCommand('open -a Safari %s --fresh', url)).toEqual({ command: 'open', args: ['-a', 'Safari', url, '--fresh'] });
    expect(browserCommand('   ', url)).toBeNull();
  });

  it('opens the address with a BROWSER that has arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-browser-'));
    const script = join(dir, 'browser.sh');
    writeFileSync(script, `#!/bin/sh\necho "$@" > "${dir}/opened"\n`);
    chmodSync(script, 0o755);
    const saved = process.env.BROWSER;
    process.env.BROWSER = `${script} --new-window`;
    try {
      await defaultServices('test').openUrl(url);
    } finally {
      if (saved === undefined) delete process.env.BROWSER;
      else process.env.BROWSER = saved;
    }
    for (let i = 0; i < 100 && !existsSync(join(dir, 'opened')); i++) await new Promise((r) => setTimeout(r, 20));
    expect(readFileSync(join(dir, 'opened'), 'utf8').trim()).toBe(`--new-window ${url}`);
  });
});
