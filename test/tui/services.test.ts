import { describe, expect, it } from 'vitest';
import { hasDesktop, isRemoteSession } from '../../src/tui/services.js';

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
