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
