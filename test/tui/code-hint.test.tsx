import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderWizard } from './harness.js';

afterEach(() => cleanup());

/** Types text one key at a time, as an admin does. */
async function type(w: Awaited<ReturnType<typeof renderWizard>>, text: string): Promise<void> {
  for (const key of text) await w.press(key);
}

// The hint under an error-code field with no code to offer says what Enter will do there.
describe('the error-code field says what Enter does when no code matches', () => {
  it('a sentence whose words answer a remedy: the hint names it, and Enter goes there', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await type(w, 'the job is in quarantine');
    const frame = await w.waitFor('Enter opens what the words answer: Take the job out of quarantine');
    expect(frame).not.toContain('Enter shows the general advice');
    await w.press('enter');
    await w.waitFor('Cause: Too many failures put the job in quarantine.');
  });

  it('a word that answers nothing: the hint says general advice, and Enter shows it', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await type(w, 'zzqx');
    await w.waitFor('No code in the catalogue matches yet; Enter shows the general advice.');
    await w.press('enter');
    await w.waitFor('"zzqx" is not in the error-code catalogue: here is the general advice.');
  });

  it('the same on the e screen, in Danish', async () => {
    const w = await renderWizard({ path: 'missing-users', language: 'da' });
    await w.press('e');
    await type(w, 'the job is in quarantine');
    await w.waitFor('Enter åbner det, ordene svarer til: Take the job out of quarantine');
  });
});
