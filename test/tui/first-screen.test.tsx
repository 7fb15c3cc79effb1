import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { messages } from '../../src/i18n/messages.js';
import { renderWizard } from './harness.js';

afterEach(() => cleanup());

/** Types text one key at a time, as an admin does, each key reaching the key map alone. */
async function type(w: Awaited<ReturnType<typeof renderWizard>>, text: string): Promise<void> {
  for (const key of text) await w.press(key);
}

// Descriptions that begin with a letter that is a command on the other screens (s, e, o, b, r, c, q, j, k).
const SENTENCES = ['sync stopped for everyone', 'every user fails', 'our token expired', 'bulk import', 'roles missing', "can't save", 'quarantine', 'job failed', 'keys rotated'];

describe('the first screen: typing just types', () => {
  it.each(SENTENCES)('"%s" typed key by key goes into the field whole, and Enter searches for all of it', async (sentence) => {
    const w = await renderWizard();
    await type(w, sentence);
    await w.waitFor(`Describe it: ${sentence}`);
    // Still the first screen: no command ran, nothing quit, nothing was saved.
    expect(w.frame()).toContain('What do you see with provisioning to the app?');
    expect(w.quit()).toBe(false);
    await w.press('enter');
    await w.waitFor(`Search: ${sentence}`);
  });

  it('q starts the field instead of quitting, and q inside the field is a letter; Ctrl+C quits', async () => {
    const w = await renderWizard();
    await w.press('q');
    await w.waitFor('Describe it: q');
    await type(w, 'uit');
    await w.waitFor('Describe it: quit');
    expect(w.quit()).toBe(false);
    expect(w.frame()).toContain('Ctrl+C quit');
    await w.press('ctrl-c');
    await w.waitFor(() => w.quit());
  });

  it('finds what a typed description says: the search results for the whole sentence', async () => {
    const w = await renderWizard();
    await type(w, 'the job is in quarantine');
    await w.press('enter');
    const frame = await w.waitFor('> [remedy] Take the job out of quarantine');
    expect(frame).toContain('Search: the job is in quarantine');
  });

  it('a digit as the first key still chooses an answer', async () => {
    const w = await renderWizard();
    await w.press('3');
    await w.waitFor('Cause: Too many failures put the job in quarantine.');
  });

  it('in the built-in list of sixteen, two digits choose answer 12, and one digit with Enter answer 1', async () => {
    const w = await renderWizard({ contentDir: 'content' });
    await w.waitFor('16. None of these fits');
    await w.press('1');
    await w.waitFor('1_: Enter or a pause chooses');
    await w.press('2');
    await w.waitFor('12_: Enter or a pause chooses');
    const twelve = await w.waitFor((f) => !f.includes('16. None of these fits'));
    expect(twelve).toContain('What are you seeing? > The provisioning agent');
    cleanup();
    const v = await renderWizard({ contentDir: 'content' });
    await v.press('1');
    await v.waitFor('1_: Enter or a pause chooses');
    await v.press('enter');
    const one = await v.waitFor((f) => !f.includes('16. None of these fits'));
    expect(one).toContain('What are you seeing? > I am setting up provisioning for an app');
  });

  it('digits typed after the first letter are part of the description', async () => {
    const w = await renderWizard();
    await type(w, 'error 409');
    await w.waitFor('Describe it: error 409');
  });

  it('/ opens the search, ? the help, without starting the field', async () => {
    const w = await renderWizard();
    await w.press('/');
    await w.waitFor('Search the questions, remedies and error codes:');
    await w.press('esc');
    await w.waitFor('Or type what you see');
    await w.press('?');
    await w.waitFor('Keys on this screen');
  });

  it('the help opened there says that letters type, and how to quit', async () => {
    const w = await renderWizard();
    await w.press('?');
    const help = await w.waitFor('Keys on the other screens');
    expect(help).toMatch(/A letter, Tab +describe the problem in your own words, or paste an error; Enter searches for it/);
    expect(help).toMatch(/Ctrl\+C +quit \(prints where you were/);
    expect(help).toMatch(/Letter keys +here every letter types/);
    // The first screen's own list has no letter keys in it.
    const own = help.slice(help.indexOf('Keys on this screen'), help.indexOf('Keys on the other screens'));
    expect(own).not.toMatch(/^(j|k|q|r|e|c|o|s|b)\b/m);
    expect(own).not.toContain('PgUp, b');
    await w.press('esc');
    await w.waitFor('Or type what you see');
  });

  it('the help of the other screens keeps its one list', async () => {
    const w = await renderWizard({ path: 'missing-users' });
    await w.press('?');
    const help = await w.waitFor('Keys');
    expect(help).not.toContain('Keys on this screen');
    expect(help).toMatch(/^q, Ctrl\+C +quit/m);
  });

  it('Esc there has nothing to go back to, and says how to quit', async () => {
    const w = await renderWizard();
    await w.press('esc');
    await w.waitFor('This is the first question: nothing to go back to. Ctrl+C quits.');
  });

  it('Esc leaves the field keeping the text: shown under the answers, Tab goes on with it, Enter searches all of it', async () => {
    const w = await renderWizard();
    const sentence = 'sync stopped for everyone after the secret token was renewed';
    await type(w, sentence);
    await w.waitFor(`Describe it: ${sentence}`);
    await w.press('esc');
    const left = await w.waitFor('Tab goes on with what you typed: sync stopped');
    expect(left).not.toContain('Describe it:');
    expect(left).not.toContain('Or type what you see');
    await w.press('tab');
    await w.waitFor(`Describe it: ${sentence}`);
    await w.press('enter');
    await w.waitFor(`Search: ${sentence}`);
    // Back from the search, the text is still there to go on with.
    await w.press('esc');
    await w.waitFor('Tab goes on with what you typed: sync stopped');
  });

  it('a letter after a stray Esc goes on with the text, and only an emptied field forgets it', async () => {
    const w = await renderWizard();
    await type(w, 'sync');
    await w.press('esc');
    await w.waitFor('Tab goes on with what you typed: sync');
    await type(w, 'ing fails');
    await w.waitFor('Describe it: syncing fails');
    await w.press('\u0015'); // Ctrl+U erases everything before the cursor
    await w.waitFor((f) => /Describe it: *$/m.test(f));
    await w.press('esc');
    await w.waitFor('Or type what you see');
  });

  it('a long kept text shows its end on one row, after how to go on with it', async () => {
    const w = await renderWizard();
    await w.press('tab');
    await w.press('x'.repeat(150) + ' the end');
    await w.press('esc');
    const frame = await w.waitFor('Tab goes on with what you typed: ...');
    expect(frame).toMatch(/^Tab goes on with what you typed: \.\.\.x+ the end$/m);
  });

  it('keeps the letter commands on the next screen: s saves there', async () => {
    const w = await renderWizard();
    await w.press('1');
    await w.waitFor('Are all users missing, or only some?');
    await w.press('s');
    await w.waitFor('Saved the report to:');
  });

  it.each([
    ['da', 'Up/Down flyt  Enter vælg  Tab beskriv  / søg  ? hjælp  Ctrl+C afslut', 'Taster på dette skærmbillede', 'Taster på de andre skærmbilleder'],
    ['nl', 'Up/Down verplaatsen  Enter kiezen  Tab beschrijven  / zoeken  ? help  Ctrl+C stoppen', 'Toetsen op dit scherm', 'Toetsen op de andere schermen'],
  ] as const)('in %s: the key bar and the help say the same', async (language, bar, own, others) => {
    const w = await renderWizard({ language });
    const frame = await w.waitFor(messages(language).wizard.describeHint);
    // The bar may wrap on the test terminal's width: compared with runs of white space as one.
    expect(frame.replace(/\s+/g, ' ')).toContain(bar.replace(/\s+/g, ' '));
    await w.press('e');
    await w.waitFor(`${messages(language).wizard.describeField}e`);
    await w.press('esc');
    await w.press('?');
    const help = await w.waitFor(others);
    expect(help).toContain(own);
    expect(help).toContain('Ctrl+C');
    // The letter typed before Esc is kept, and the first screen says how to go on with it.
    await w.press('esc');
    await w.waitFor(`${messages(language).wizard.describeKept}e`);
  });
});

describe('the first screen: a description that starts with a digit', () => {
  it.each(['401', '409 conflict', '0x80070005', '5xx errors'])('"%s" typed key by key on the built-in screen of sixteen goes into the field, and Enter searches for it', async (typed) => {
    const w = await renderWizard({ contentDir: 'content' });
    await type(w, typed);
    const field = await w.waitFor(`Describe it: ${typed}`);
    // No answer was chosen: still the first question.
    expect(field).toContain('16. None of these fits');
    await w.press('enter');
    await w.waitFor(`Search: ${typed}`);
  });

  it('a first digit alone still chooses, after a pause or at once with Enter', async () => {
    const w = await renderWizard({ contentDir: 'content' });
    await w.press('4');
    await w.waitFor('4_: Enter or a pause chooses; a third digit or a letter types it (401)');
    const four = await w.waitFor((f) => !f.includes('16. None of these fits'));
    expect(four).toContain('What are you seeing? > An attribute is missing from the mapping list');
  });

  it('a key that comes before the pause chooses the answer, then does what it does on the next screen', async () => {
    const w = await renderWizard({ contentDir: 'content' });
    await w.press('4');
    await w.press('?');
    const help = await w.waitFor('Keys');
    expect(help).not.toContain('4_: Enter or a pause chooses');
    await w.press('esc');
    // Answer 4 was taken before the help opened.
    expect(await w.waitFor('An attribute is missing from the mapping list')).not.toContain('16. None of these fits');
  });

  it('two digits that are no answer of a short list are one answer each, as typed', async () => {
    const w = await renderWizard();
    await w.press('1');
    await w.press('1');
    const frame = await w.waitFor('Assign the users to the app');
    expect(frame).toContain('Missing users > Nobody at all');
  });

  it('Tab first still types digits, and the help gives the rule', async () => {
    const w = await renderWizard();
    await w.press('?');
    const help = await w.waitFor('401, 5xx');
    expect(help.replace(/\s+/g, ' ')).toContain('three digits, or digits with a letter after them, are no answer: they go into the description field, and Enter searches for them');
    expect(help.replace(/\s+/g, ' ')).toContain('a number waits a moment for more digits, Enter takes it at once');
    await w.press('esc');
    await w.press('tab');
    await w.waitFor('Describe it:');
    for (const key of '12 users') await w.press(key);
    await w.waitFor('Describe it: 12 users');
  });
});
