import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

/** Splits a transcript into the replies that follow each echoed answer ("> ..."). */
function replies(stdout: string): string[] {
  return stdout.split(/^> .*$/m).map((part) => part.trim());
}

/** The built-in content, as an admin runs it. */
const dialogue = (lines: string[]) => run(['--plain'], { input: `${lines.join('\n')}\n`, content: false });

describe('--plain takes a description at the first question, as the wizard\'s first screen does', () => {
  it('says so under the first question, and only there', () => {
    const r = replies(dialogue(['2', 'quit']).stdout);
    expect(r[0]).toMatch(/Answer with a number or the words of an answer, or describe what you see in your own words, or paste an error\.$/);
    expect(r[1]).toMatch(/Answer with a number or the words of an answer\.$/);
  });

  it.each([
    ['sync stopped for everyone', 'Restart the job so it sees everyone again'],
    ['every user fails', 'Why did the user fail?'],
    ['our SCIM token expired', 'token'],
  ])('"%s" lists what answers the whole sentence, and a number goes there', (sentence, best) => {
    const { stdout, status } = dialogue([sentence, '1', 'quit']);
    expect(status).toBe(0);
    const r = replies(stdout);
    expect(r[1]).toMatch(new RegExp(`^Matches for "${sentence}":\\n {2}1\\. .*${best.replace(/[?]/g, '\\?')}`, 'i'));
    expect(r[2]).not.toMatch(/not one of the answers/);
    expect(r[2]).not.toBe(r[0]);
  });

  it('the words of an answer still choose it', () => {
    const r = replies(dialogue(['quarantine', 'quit']).stdout);
    expect(r[1]).toMatch(/^Which reason does the quarantine message give\?/);
  });

  it('a command word with more words after it describes the problem: it neither restarts, helps nor quits', () => {
    const { stdout, status } = dialogue(['restart of the job did not bring the users', 'help desk says users are missing', 'quit now', 'quit']);
    expect(status).toBe(0);
    const r = replies(stdout);
    expect(r[1]).not.toMatch(/^Starting again/);
    expect(r[2]).not.toContain('Other words you can type');
    expect(r[3]).toMatch(/^"quit now" is not one of the answers/);
    expect(r[4]).toBe('Goodbye.');
  });

  it('search and code keep the words after them', () => {
    const r = replies(dialogue(['search quarantine', 'code EntryConflict', 'quit']).stdout);
    expect(r[1]).toMatch(/^Matches for "quarantine":/);
    expect(r[2]).toMatch(/^Conflict: A value clashes with an account/);
  });

  it('after the first question, words that are no answer are not searched', () => {
    const r = replies(dialogue(['2', 'sync stopped for everyone', 'quit']).stdout);
    expect(r[2]).toMatch(/^"sync stopped for everyone" is not one of the answers\. Type a number from 1 to \d+, or help\.$/);
  });
});
