import { describe, expect, it } from 'vitest';
import { tmuxPane } from './tmux-pane.js';

// The built wizard's first screen in a real terminal, typed into as an admin types: tmux sends
// the keys of a sentence one by one, and the screen is read back.
const { send, type, start: startPane, waitForScreen } = tmuxPane('first');

const builtIn = 'node dist/cli.cjs; echo "EXIT=$?"';

describe('the first screen of the built wizard: typing just types', () => {
  it.each([
    ['sync stopped for everyone', 'Restart the job so it sees everyone again', /Why: matched "sync", "everyone"/],
    ['quarantine', 'quarantine', /Why: matched "quarantine"/],
    ['every user fails', 'Why did the user fail?', /Why: matched "user", "fails"/],
  ])('"%s" typed key by key stays in the field, and Enter shows the search results for the whole text', async (sentence, best, why) => {
    startPane(builtIn);
    await waitForScreen('Ctrl+C quit');
    type(sentence);
    const field = await waitForScreen(`Describe it: ${sentence}`);
    // No letter ran a command: still the first question, nothing saved or quit.
    expect(field).toContain('Which of these is closest to your problem');
    expect(field).not.toContain('Saved the report');
    send('Enter');
    const results = await waitForScreen((s) => s.includes(`Search: ${sentence}`) && s.includes('> ['));
    expect(results).toContain('provision-doctor Search');
    // The best hit answers the whole sentence, not only its first letter or word.
    expect(results).toMatch(new RegExp(`^> \\[[a-z-]+\\] .*${best.replace(/[?]/g, '\\?')}`, 'm'));
    expect(results).toMatch(why);
    send('Escape');
    await waitForScreen((s) => !s.includes('Search:') && s.includes('Ctrl+C quit'));
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it.each([
    ['q in the field is a letter: the wizard goes on, and Ctrl+C quits', 80, 24, 'Ctrl+C quit'],
    ['at 39x9 the screen asks for more room, and q shows the description field under that line', 39, 9, 'Need a 40x10 terminal (now 39x9)'],
  ])('%s', async (_, columns, rows, firstScreen) => {
    startPane(builtIn, columns, rows);
    await waitForScreen(firstScreen);
    type('q');
    await waitForScreen('Describe it: q');
    type('uota exceeded');
    const field = await waitForScreen('Describe it: quota exceeded');
    expect(field).not.toContain('EXIT=');
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('a burst of letters typed at once goes into the field whole', async () => {
    startPane(builtIn);
    await waitForScreen('Ctrl+C quit');
    send('-l', 'sync stopped');
    await waitForScreen('Describe it: sync stopped');
    send('C-c');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('two digits still choose answer 12 of sixteen, and the next screen has its letter keys again', async () => {
    startPane(builtIn);
    await waitForScreen('16. None of these fits');
    send('-l', '12');
    const twelve = await waitForScreen('q quit');
    expect(twelve).toContain('What are you seeing? > The provisioning agent');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });

  it('an HTTP status typed key by key goes into the field and Enter searches for it; a digit alone still chooses', async () => {
    startPane(builtIn);
    await waitForScreen('16. None of these fits');
    type('401');
    const field = await waitForScreen('Describe it: 401');
    expect(field).toContain('16. None of these fits');
    send('Enter');
    const results = await waitForScreen((s) => s.includes('Search: 401') && s.includes('> ['));
    expect(results).toMatch(/^> \[code\] .*\(HTTP 401\)/m);
    send('Escape');
    // Back on the first screen the typed number is kept; a digit there still chooses.
    await waitForScreen('Tab goes on with what you typed: 401');
    type('4');
    const four = await waitForScreen('q quit');
    expect(four).toContain('What are you seeing? > An attribute is missing from the mapping list');
    send('q');
    expect(await waitForScreen('EXIT=')).toContain('EXIT=0');
  });
});
