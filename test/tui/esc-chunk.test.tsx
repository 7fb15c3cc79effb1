import { afterEach, describe, expect, it } from 'vitest';
import { cleanupKeyStream, renderWizard } from './harness.js';

afterEach(() => cleanupKeyStream());

// Over slow SSH, Esc and the key typed right after it arrive in one read. Ink alone would take
// "\u001b/" for Alt+/ and do nothing; through the wizard's KeyStream it is Esc, then /.
describe('Esc and the next key in one read', () => {
  it('Esc closes the help and / then opens the search', async () => {
    const w = await renderWizard({ keyStream: true });
    w.app.stdin.write('?');
    await w.waitFor('Keys on this screen');
    w.app.stdin.write('\u001b/');
    await w.waitFor('Search the questions, remedies and error codes:');
    await w.waitFor((f) => !f.includes('Loading the search index'));
  });

  it('Esc goes back a screen and ? then opens the help there', async () => {
    const w = await renderWizard({ keyStream: true, path: 'missing-users' });
    const before = w.frame();
    w.app.stdin.write('\u001b?');
    const help = await w.waitFor('Keys on this screen');
    expect(before).not.toContain('Keys on this screen');
    // Back on the first question: its help lists its own keys first.
    expect(help).toContain('Keys on the other screens');
  });

  it('Esc leaves the search field and q on the next screen quits, as pressed one after the other', async () => {
    const w = await renderWizard({ keyStream: true, path: 'missing-users' });
    w.app.stdin.write('/');
    await w.waitFor((f) => f.includes('Search the questions, remedies and error codes:') && !f.includes('Loading the search index'));
    w.app.stdin.write('\u001bq');
    await w.waitFor(() => w.quit());
  });
});

// Option+Left and Option+Right send ESC b and ESC f in macOS Terminal (and iTerm2's natural text
// editing), as Alt+B and Alt+F move by words in readline: they are word moves, not Esc then a letter.
describe('ESC b and ESC f, the terminals\' word moves', () => {
  it('move the cursor a word in the search field, which stays open', async () => {
    const w = await renderWizard({ keyStream: true, path: 'missing-users' });
    w.app.stdin.write('/');
    await w.waitFor((f) => f.includes('Search the questions, remedies and error codes:') && !f.includes('Loading the search index'));
    for (const key of 'job quarantine') w.app.stdin.write(key);
    await w.waitFor('job quarantine');
    w.app.stdin.write('\u001bb');
    w.app.stdin.write('\u001bb');
    w.app.stdin.write('the ');
    await w.waitFor('the job quarantine');
    w.app.stdin.write('\u001bf');
    w.app.stdin.write(' in');
    const frame = await w.waitFor('the job in quarantine');
    expect(frame).toContain('Search the questions, remedies and error codes:');
  });

  it('leave the first screen\'s description as typed, with no letter added', async () => {
    const w = await renderWizard({ keyStream: true });
    for (const key of 'users missing') w.app.stdin.write(key);
    await w.waitFor('users missing');
    w.app.stdin.write('\u001bb');
    w.app.stdin.write('all ');
    const frame = await w.waitFor('users all missing');
    expect(frame).not.toContain('missingb');
  });
});
