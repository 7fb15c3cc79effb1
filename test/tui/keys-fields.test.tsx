import { describe, expect, it } from 'vitest';
import { fakeServices, longFixtureDir, renderWizard } from './harness.js';

// The field is ink-text-input and the lists ink-select-input; the key map decides which keys they hear.
describe('a text field', () => {
  it('Backspace on an empty field does nothing: holding it never walks back through the answers', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('ab');
    await w.waitFor('Code: ab');
    for (let i = 0; i < 6; i++) await w.press('backspace');
    const frame = await w.waitFor((f) => /Code: *$/m.test(f));
    expect(frame).toContain('Type or paste the error code from the provisioning log.');
    expect(frame).toContain('> I have an error code from the logs');
    await w.press('esc');
    await w.waitFor('> 1. Users are missing in the app');
  });

  it('Ctrl+W deletes the word before the cursor, Ctrl+U everything before it; Left and Right move the cursor', async () => {
    const w = await renderWizard({ path: 'code-entry' });
    await w.press('entry conflict');
    await w.waitFor('Code: entry conflict');
    await w.press('\u0017');
    await w.waitFor((f) => /Code: entry\s*$/m.test(f));
    await w.press('Conflict');
    await w.waitFor('Code: entry Conflict');
    for (let i = 0; i < 8; i++) await w.press('left');
    await w.press('\u0015');
    await w.waitFor((f) => /Code: Conflict/.test(f) && !f.includes('entry'));
    await w.press('Entry');
    await w.waitFor('Code: EntryConflict');
    await w.press('enter');
    await w.waitFor('Error code: EntryConflict');
  });
});

describe('numbers in a list of ten or more', () => {
  const path = 'setup/where/tutorial';

  it('two digits choose item 11 of the copy menu, and nothing reaches the screen after it', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ contentDir: longFixtureDir, path, services });
    await w.press('c');
    await w.waitFor('11. the path');
    await w.press('1');
    await w.waitFor('Answer 1_');
    await w.press('1');
    await w.waitFor('Copied the path');
    expect(record.clipboard).toEqual(['setup/where/tutorial']);
    // The remedy behind the menu got neither digit: its answers are untouched.
    expect(w.frame()).not.toContain('Marked as fixed');
  });

  it('one digit chooses once Enter comes, or when no second digit follows', async () => {
    const { services, record } = fakeServices();
    const w = await renderWizard({ contentDir: longFixtureDir, path, services });
    await w.press('c');
    await w.waitFor('11. the path');
    await w.press('2');
    await w.waitFor('Copied step 1');
    await w.press('c');
    await w.press('1');
    await w.press('enter');
    await w.waitFor('Copied the whole remedy');
    await w.press('c');
    await w.press('1');
    await w.waitFor('Copied the whole remedy', 3000);
    expect(record.clipboard).toHaveLength(3);
    expect(w.frame()).not.toContain('Marked as fixed');
  });
});

describe('the first screen', () => {
  it('takes a description pasted straight away, and Enter shows the search results for it', async () => {
    const w = await renderWizard();
    expect(w.frame()).toContain('Or type what you see, or paste an error from a log (Tab)');
    await w.press('quarantine');
    await w.waitFor('Describe it: quarantine');
    expect(w.frame()).toContain('What do you see with provisioning to the app?');
    await w.press('enter');
    await w.waitFor('> [remedy] Take the job out of quarantine');
    expect(w.frame()).toContain('Search: quarantine');
  });

  it('Tab opens the field, Esc leaves it with the answers as they were', async () => {
    const w = await renderWizard();
    await w.press('down');
    await w.press('tab');
    await w.waitFor('Describe it:');
    await w.press('esc');
    await w.waitFor('Or type what you see');
    await w.press('enter');
    await w.waitFor('Type or paste the error code from the provisioning log.');
  });
});
