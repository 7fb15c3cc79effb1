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

  it('removes every invisible format character, so values that look the same are the same', () => {
    // Bidi marks (U+061C, U+200E/F, U+202E, U+2066), zero-width (U+200B-D, U+2060), invisible
    // operators (U+2061-4), the byte-order mark, a soft hyphen and a tag character (U+E0041).
    const hidden = '\u061C\u200B\u200C\u200D\u200E\u200F\u202E\u2060\u2061\u2062\u2063\u2064\u2066\uFEFF\u00AD\u{E0041}';
    expect(stripControl(`Entry${hidden}Conflict`)).toBe('EntryConflict');
    expect(stripControl('Contoso HR\u2028app\u2029two')).toBe('Contoso HR app two');
    expect(stripControl('Ærø Ünïcødé 名前 \u{1F600}')).toBe('Ærø Ünïcødé 名前 \u{1F600}');
  });
});
