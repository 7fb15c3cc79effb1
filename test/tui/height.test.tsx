import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { longFixtureDir, renderWizard } from './harness.js';

afterEach(() => cleanup());

const TITLE = "provision-doctor Start from the app's own provisioning tutorial";
const LAST_LINK = 'Manage user account provisioning for enterprise apps';
const LAST_STEP = 'Last step, check that the Provisioning page';

const lines = (frame: string) => frame.split('\n');
const height = (frame: string) => lines(frame).length;
const widest = (frame: string) => Math.max(...lines(frame).map((line) => line.length));

/** The long remedy, three answers deep, in a terminal of the given size. */
async function tallRemedy(columns: number, rows: number) {
  const w = await renderWizard({ contentDir: longFixtureDir, path: 'setup/where/tutorial' });
  w.resize(columns, rows);
  // A frame as tall as the terminal makes Ink clear the screen: one row stays spare.
  await w.waitFor((f) => height(f) <= rows - 1);
  return w;
}

describe('a remedy taller than an 80x24 terminal', () => {
  it('keeps the title, the last breadcrumbs, the first steps, the answers and the footer on screen', async () => {
    const w = await tallRemedy(80, 24);
    const frame = w.frame();
    expect(height(frame)).toBeLessThanOrEqual(23);
    expect(widest(frame)).toBeLessThanOrEqual(80);
    expect(lines(frame)[0]).toBe(TITLE);
    expect(frame).toContain('... Setting up > I have not started yet');
    expect(frame).toContain('Where to start > Yes, it is in the gallery');
    expect(frame).not.toContain('What is the problem? >');
    expect(frame).toContain("Cause: Every app wants its own token, address and attribute set. The app's");
    expect(frame).toContain('1. Open the list of SaaS app tutorials.');
    expect(frame).toMatch(/lines 1-\d+ of \d+, more below \(PgDn, Space\)/);
    expect(frame).not.toContain(LAST_LINK);
    expect(frame).toContain('Did this help?');
    expect(frame).toContain('> 1. Yes, this fixed it');
    expect(frame).toContain('2. No, show what to try next');
    expect(frame).toContain('q quit');
  });

  it('PgDn shows later steps and the last link, PgUp and Home go back to the top', async () => {
    const w = await tallRemedy(80, 24);
    await w.press('pgdn');
    let frame = await w.waitFor(/more below \(PgDn\) and above \(PgUp\)/);
    expect(frame).toContain('5. Go to Entra ID > Enterprise apps > the app > Provisioning.');
    expect(frame).not.toContain('1. Open the list of SaaS app tutorials.');
    expect(lines(frame)[0]).toBe(TITLE);
    await w.press('pgdn');
    frame = await w.waitFor('the end; more above (PgUp, b)');
    expect(frame).toContain(LAST_LINK);
    expect(frame).toContain('https://learn.microsoft.com/en-us/entra/identity/app-provisioning/configure-au');
    expect(height(frame)).toBeLessThanOrEqual(23);
    // Past the end it stays at the end.
    await w.press('pgdn');
    expect(w.frame()).toContain(LAST_LINK);
    await w.press('pgup');
    frame = await w.waitFor((f) => !f.includes('the end'));
    expect(frame).toContain('and above (PgUp)');
    await w.press('home');
    frame = await w.waitFor('Cause: Every app wants');
    expect(frame).toMatch(/lines 1-/);
    await w.press('end');
    await w.waitFor(LAST_LINK);
  });

  it('Space and b page like PgDn and PgUp, and Up/Down still move through the answers', async () => {
    const w = await tallRemedy(80, 24);
    await w.press(' ');
    await w.waitFor('5. Go to Entra ID');
    await w.press('down');
    const frame = await w.waitFor('> 2. No, show what to try next');
    expect(frame).toContain('5. Go to Entra ID');
    await w.press('b');
    await w.waitFor('Cause: Every app wants');
  });

  it('starts at the top again on every other node, also coming back', async () => {
    const w = await tallRemedy(80, 24);
    await w.press('end');
    await w.waitFor(LAST_LINK);
    await w.press('2');
    await w.waitFor('Start over with the basics');
    await w.press('esc');
    const frame = await w.waitFor(TITLE);
    expect(frame).toContain('Cause: Every app wants');
    expect(frame).not.toContain(LAST_LINK);
  });

  it('shows everything without an indicator once the terminal is tall enough', async () => {
    const w = await tallRemedy(80, 24);
    w.resize(80, 60);
    const frame = await w.waitFor(LAST_LINK);
    expect(frame).toContain('Cause: Every app wants');
    expect(frame).toContain('What is the problem? > The app is not set up for provisioning yet');
    expect(frame).not.toMatch(/lines \d+-\d+ of/);
  });
});

describe('a 60x15 terminal', () => {
  it('fits the remedy with the title, one breadcrumb and the answers; PgDn reaches the last step and PgUp returns', async () => {
    const w = await tallRemedy(60, 15);
    let frame = w.frame();
    expect(height(frame)).toBeLessThanOrEqual(14);
    expect(widest(frame)).toBeLessThanOrEqual(60);
    expect(lines(frame)[0]).toMatch(/^provision-doctor Start from the app's/);
    expect(frame).toContain('... Where to start > Yes, it is in the gallery');
    expect(frame).not.toContain('Setting up >');
    expect(frame).toContain('> 1. Yes, this fixed it');
    expect(frame).toContain('2. No, show what to try next');
    expect(frame).toContain('Cause: Every app wants');
    expect(frame).not.toContain(LAST_STEP);
    for (let i = 0; i < 4 && !w.frame().includes(LAST_STEP); i++) await w.press('pgdn');
    frame = await w.waitFor(LAST_STEP);
    expect(height(frame)).toBeLessThanOrEqual(14);
    expect(frame).toContain('> 1. Yes, this fixed it');
    await w.press('home');
    await w.waitFor('Cause: Every app wants');
  });

  it('the help scrolls too, and keeps its own place apart from the remedy', async () => {
    const w = await tallRemedy(60, 15);
    await w.press('pgdn');
    await w.waitFor('above (PgUp)');
    await w.press('?');
    let frame = await w.waitFor('Keys');
    expect(height(frame)).toBeLessThanOrEqual(14);
    expect(frame).toContain('PgDn, Space / PgUp, b');
    expect(frame).not.toContain('q, Ctrl+C');
    await w.press('end');
    frame = await w.waitFor('q, Ctrl+C');
    expect(height(frame)).toBeLessThanOrEqual(14);
    await w.press('esc');
    frame = await w.waitFor('Did this help?');
    expect(frame).toContain('above (PgUp)');
  });

  it('the copy chooser shows a window of its list that follows the cursor', async () => {
    const w = await tallRemedy(60, 15);
    await w.press('c');
    let frame = await w.waitFor('Copy what?');
    expect(height(frame)).toBeLessThanOrEqual(14);
    expect(frame).toContain('> 1.  the whole remedy as text');
    expect(frame).toMatch(/\(1-\d+ of 11; Up\/Down for the others\)/);
    expect(frame).not.toContain('the path: setup/where/tutorial');
    await w.press('up');
    frame = await w.waitFor('> 11. the path: setup/where/tutorial');
    expect(height(frame)).toBeLessThanOrEqual(14);
    expect(frame).toContain('Copy what?');
  });
});

describe('small terminals', () => {
  const sizes: Array<[number, number]> = [
    [40, 10],
    [50, 12],
    [80, 12],
    [60, 14],
    [60, 20],
  ];

  it.each(sizes)('no frame is taller than %ix%i, and the title stays on its first row', async (columns, rows) => {
    for (const path of [undefined, 'setup/where/tutorial', 'setup']) {
      const w = await renderWizard({ contentDir: longFixtureDir, ...(path ? { path } : {}) });
      w.resize(columns, rows);
      const frame = await w.waitFor((f) => height(f) <= rows - 1 && widest(f) <= columns);
      expect(lines(frame)[0]).toMatch(/^provision-doctor /);
      expect(frame).toMatch(/> 1\. /);
      // An indicator only when part of the body is hidden.
      const indicator = /lines (\d+)-(\d+) of (\d+)/.exec(frame);
      if (indicator) expect(Number(indicator[2]) - Number(indicator[1]) + 1).toBeLessThan(Number(indicator[3]));
      for (const key of ['c', 'esc', '?', 'esc']) {
        await w.press(key);
        expect(height(w.frame()), `${path} after ${key}`).toBeLessThanOrEqual(rows - 1);
      }
      cleanup();
    }
  });

  it('below 40x10 asks for a larger terminal in one line', async () => {
    const w = await renderWizard({ contentDir: longFixtureDir });
    w.resize(39, 10);
    const frame = await w.waitFor('Need a 40x10 terminal (now 39x10)');
    expect(height(frame)).toBe(1);
  });
});
