import { describe, expect, it } from 'vitest';
import { chooseMode } from '../../src/cli/mode.js';
import { stripControl } from '../../src/text/strip-control.js';
import { colourWanted, styleFor } from '../../src/cli/style.js';

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{}, undefined, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
  ])('env %j on a TTY=%s: colour %s', (env, isTTY, wanted) => {
    expect(colourWanted(env, isTTY)).toBe(wanted);
    expect(styleFor(env, isTTY).heading('x') !== 'x').toBe(wanted);
  });
});

describe('mode', () => {
  const tty = { stdinTTY: true, stdoutTTY: true };
  it.each([
    [{ plain: false, env: {}, ...tty }, 'wizard'],
    [{ plain: true, env: {}, ...tty }, 'plain'],
    [{ plain: false, env: { TERM: 'dumb' }, ...tty }, 'plain'],
    [{ plain: false, env: {}, stdinTTY: undefined, stdoutTTY: true }, 'no-terminal'],
    [{ plain: false, env: {}, stdinTTY: true, stdoutTTY: false }, 'no-terminal'],
    [{ plain: true, env: {}, stdinTTY: undefined, stdoutTTY: undefined }, 'plain'],
  ])('%j -> %s', (input, mode) => {
    expect(chooseMode(input)).toBe(mode);
  });
});


describe('stripControl', () => {
  it('removes colour, OSC (hyperlink, clipboard) and other control characters from untrusted text', () => {
    expect(stripControl('\u001B[31mEntryConflict\u001B[0m')).toBe('EntryConflict');
    expect(stripControl('a\u001B]52;c;ZXZpbA==\u0007b')).toBe('ab');
    expect(stripControl('code\tEntryConflict\r\nnext')).toBe('code EntryConflict next');
    expect(stripControl('a\u009B2Jb')).toBe('ab');
  });
});
