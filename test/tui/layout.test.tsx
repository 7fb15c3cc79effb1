import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { runWizard } from '../../src/tui/run-wizard.js';
import { stripControl } from '../../src/text/strip-control.js';
import { fixtureContent, renderWizard } from './harness.js';

afterEach(() => cleanup());

const widest = (frame: string) => Math.max(...frame.split('\n').map((line) => line.length));
const lineWith = (frame: string, text: string) => frame.split('\n').findIndex((line) => line.includes(text));

describe('widths', () => {
  it('fits 60 columns: every line within the width, the footer on more lines', async () => {
    const w = await renderWizard({ path: 'quarantine' });
    w.resize(60);
    const frame = await w.waitFor((f) => widest(f) <= 60);
    expect(frame).toContain('Cause: Too many failures put the job in quarantine.');
    expect(frame).toContain('Provisioning logs error codes');
    expect(lineWith(frame, 'q quit')).toBeGreaterThan(lineWith(frame, 'Enter choose'));
    expect(frame).toContain('? help');
  });

  it('uses a readable width on a 200-column terminal with the footer on one line', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users/check-scope' });
    w.resize(200);
    const frame = await w.waitFor((f) => lineWith(f, 'q quit') === lineWith(f, 'Enter choose'));
    expect(widest(frame)).toBeLessThanOrEqual(110);
    expect(frame).toContain('Assign the users to the app > this did not help');
  });

  it('lays out again when the terminal is resized', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    w.resize(60);
    await w.waitFor((f) => lineWith(f, 'q quit') > lineWith(f, 'Enter choose'));
    w.resize(120);
    await w.waitFor((f) => lineWith(f, 'q quit') === lineWith(f, 'Enter choose'));
  });
});

describe('colour', () => {
  it('colours the screen normally and not at all with colour off (NO_COLOR)', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const coloured = await renderWizard({ color: true });
      expect(coloured.raw()).toMatch(/\u001B\[3\dm/);
      cleanup();
      const plain = await renderWizard({ color: false });
      await plain.press('/');
      await plain.press('quara'); // prefix matching starts at five letters
      await plain.waitFor('[remedy] Take the job out of quarantine');
      await plain.press('enter');
      await plain.waitFor('Did this help?');
      expect(plain.raw()).not.toMatch(/\u001B\[(3|9)\dm/);
      expect(plain.raw()).toContain('\u001B[1m');
    } finally {
      chalk.level = level;
    }
  });
});

describe('start-up', () => {
  it('refuses without a terminal with one line naming the non-interactive commands', async () => {
    // A pipe, whatever the test runner was started from: isTTY is undefined there, not false.
    const descriptor = Object.getOwnPropertyDescriptor(process.stdin, 'isTTY');
    Object.defineProperty(process.stdin, 'isTTY', { value: undefined, configurable: true });
    try {
      await expect(runWizard(fixtureContent())).rejects.toThrow(/needs an interactive terminal; without one use --plain \(a line-by-line dialogue\), explain <code>, search <words> or analyze <log file>/);
    } finally {
      if (descriptor) Object.defineProperty(process.stdin, 'isTTY', descriptor);
      else delete (process.stdin as { isTTY?: boolean }).isTTY;
    }
  });
});

describe('pasted text', () => {
  it.each([
    ['\u001B[31mEntryConflict\u001B[0m', 'EntryConflict'],
    ['\u001B]8;;https://x\u0007link\u001B]8;;\u0007', 'link'],
    ['a\u0000b\u0008c\u0085d\u202Ee', 'abcde'],
  ])('strips terminal sequences from %j', (input, expected) => {
    expect(stripControl(input)).toBe(expected);
  });
});
