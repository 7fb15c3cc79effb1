import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderWizard } from './harness.js';

afterEach(() => cleanup());

describe('question screen', () => {
  it('shows the prompt, the explanation, numbered options and the keys', async () => {
    const w = await renderWizard();
    const frame = w.frame();
    expect(frame).toContain('What do you see with provisioning to the app?');
    expect(frame).toContain('Pick the answer closest to what the admin center shows.');
    expect(frame).toMatch(/> 1\. Users are missing in the app/);
    expect(frame).toMatch(/ {2}2\. I have an error code from the logs/);
    // The first screen, where letters type, names only the keys that work there.
    expect(frame).toContain('Up/Down move  Enter choose  Tab describe  / search  ? help  Ctrl+C quit');
  });

  it('after the first answer, the key bar has every letter key', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    const frame = await w.waitFor('Are all users missing, or only some?');
    for (const hint of ['Esc back', 'r restart', '/ search', 'e error code', 'c copy', 'o open', 's save', '? help', 'q quit']) {
      expect(frame).toContain(hint);
    }
  });

  it('moves the cursor with the arrows, and Enter chooses the highlighted answer', async () => {
    const w = await renderWizard();
    await w.press('down');
    await w.waitFor(/> 2\. I have an error code/);
    await w.press('up');
    await w.waitFor(/> 1\. Users are missing/);
    await w.press('up');
    await w.waitFor(/> 3\. The job is in quarantine/);
    await w.press('enter');
    await w.waitFor('Cause: Too many failures put the job in quarantine.');
  });

  it('moves with j/k too once past the first screen', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('j');
    await w.waitFor(/> 2\. Only some users/);
    await w.press('k');
    await w.waitFor(/> 1\. Nobody at all/);
  });

  it('number keys choose directly and the right arrow chooses too', async () => {
    const w = await renderWizard();
    await w.press('1');
    await w.waitFor('Are all users missing, or only some?');
    await w.press('down');
    await w.press('right');
    await w.waitFor('The scope decides who is provisioned.');
  });

  it('a number with no answer does nothing', async () => {
    const w = await renderWizard();
    await w.press('7');
    await w.press('0');
    expect(w.frame()).toContain('What do you see with provisioning to the app?');
  });

  it('shows breadcrumbs of the answers given', async () => {
    const w = await renderWizard();
    await w.press('1');
    await w.press('1');
    const frame = await w.waitFor('Assign the users to the app');
    expect(frame).toContain('What do you see? > Users are missing in the app');
    expect(frame).toContain('Missing users > Nobody at all');
  });

  it('keeps the answer of a breadcrumb whole and cuts its title when the row is short', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users' });
    w.resize(40, 30);
    const frame = await w.waitFor((f) => f.split('\n').every((line) => line.length <= 40));
    // Title and answer do not fit on one row: the answer goes whole onto the next.
    expect(frame).toContain('  What do you see? >\n    Users are missing in the app');
    expect(frame).toContain('  Missing users > Nobody at all');
  });

  it.each(['esc', 'backspace', 'left'])('%s goes back one step, any number of times', async (key) => {
    const w = await renderWizard({ path: 'missing-users/assign-users' });
    await w.waitFor('Cause: Only users assigned');
    await w.press(key);
    await w.waitFor('Are all users missing, or only some?');
    await w.press(key);
    await w.waitFor('What do you see with provisioning to the app?');
    await w.press(key);
    await w.waitFor('This is the first question: nothing to go back to.');
  });

  it('r starts again from the first question', async () => {
    const w = await renderWizard({ path: 'missing-users/assign-users' });
    await w.press('r');
    const frame = await w.waitFor('Started again.');
    expect(frame).toContain('What do you see with provisioning to the app?');
    expect(frame).not.toContain('Nobody at all');
  });

  it('q quits, and so does Ctrl+C', async () => {
    const first = await renderWizard({ path: 'missing-users' });
    expect(first.quit()).toBe(false);
    await first.press('q');
    await first.waitFor(() => first.quit());
    cleanup();
    const second = await renderWizard();
    await second.press('ctrl-c');
    await second.waitFor(() => second.quit());
  });

  it('? shows every key and Esc closes the help', async () => {
    const w = await renderWizard();
    await w.press('?');
    const frame = await w.waitFor('Keys');
    for (const line of ['Esc, Backspace, Left', 'start again', 'search questions', 'look up an error code', 'copy a link', 'open a doc link', 'Markdown report', 'quit']) {
      expect(frame).toContain(line);
    }
    await w.press('esc');
    await w.waitFor('What do you see with provisioning to the app?');
    await w.press('?');
    await w.waitFor('Keys');
    await w.press('q');
    await w.waitFor(() => w.quit());
  });
});
