import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderWizard } from './harness.js';

afterEach(() => cleanup());

/** Types text one key at a time, as an admin does. */
async function type(w: Awaited<ReturnType<typeof renderWizard>>, text: string): Promise<void> {
  for (const key of text) await w.press(key);
}

// Below 40x10 the wizard asks for more room in one line, but keys still work: a field that
// opens there (q on the first screen starts the description) is shown on the line under it.
describe('a terminal smaller than 40x10', () => {
  it('q on the first screen at 39x9 shows the description field, and what is typed there counts', async () => {
    const w = await renderWizard();
    w.resize(39, 9);
    const small = await w.waitFor('Need a 40x10 terminal (now 39x9)');
    expect(small.trim().split('\n')).toHaveLength(1);
    await w.press('q');
    await w.waitFor('Describe it: q');
    expect(w.quit()).toBe(false);
    await type(w, 'uota');
    const field = await w.waitFor('Describe it: quota');
    expect(field.trim().split('\n')).toEqual(['Need a 40x10 terminal (now 39x9)', 'Describe it: quota']);
    // Given room again, the whole screen shows the same text in its field.
    w.resize(100, 30);
    const full = await w.waitFor('What do you see with provisioning to the app?');
    expect(full).toContain('Describe it: quota');
  });

  it('the field line keeps the end of a long text, where the cursor is', async () => {
    const w = await renderWizard();
    w.resize(39, 9);
    await w.waitFor('Need a 40x10 terminal');
    await w.press('tab');
    await w.press('sync stopped for everyone after the token was renewed');
    const frame = await w.waitFor('token was renewed');
    expect(frame.split('\n')[1]!.length).toBeLessThanOrEqual(39);
  });

  it('the search field opened by Enter is shown too, and Esc goes back to the one line', async () => {
    const w = await renderWizard();
    w.resize(39, 9);
    await w.waitFor('Need a 40x10 terminal');
    await type(w, 'quarantine');
    await w.press('enter');
    await w.waitFor('Search: quarantine');
    // The results, once the index has loaded, show when there is room for them.
    w.resize(100, 30);
    await w.waitFor('[remedy] Take the job out of quarantine');
    w.resize(39, 9);
    await w.waitFor('Need a 40x10 terminal');
    await w.press('esc');
    await w.waitFor((f) => f.trim() === 'Need a 40x10 terminal (now 39x9)');
  });
});
