import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const START = 'What do you see with provisioning to the app?';

/** Splits a transcript into the replies that follow each echoed answer ("> ..."). */
function replies(stdout: string): string[] {
  return stdout.split(/^> .*$/m).map((part) => part.trim());
}

describe('--plain dialogue', () => {
  it('walks a full path with back, restart, search and code, reading answers from piped stdin', () => {
    const answers = ['1', 'back', 'users missing', '1', '2', 'restart', 'search entry', '2', 'restart', 'The provisioning job', 'continue', 'quit'];
    const { stdout, stderr, status } = run(['--plain'], { input: `${answers.join('\n')}\n` });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const r = replies(stdout);
    expect(r).toHaveLength(answers.length + 1);
    expect(r[0]).toContain(`${START}\n  1. Users are missing in the app\n  2. The provisioning job is in quarantine\n  3. I have an error code from the logs\nAnswer with a number or the words of an answer, or describe what you see in your own words, or paste an error.`);
    expect(r[1]).toMatch(/^Are the missing users assigned to the app\?/); // 1
    expect(r[2]).toMatch(new RegExp(`^${START}`)); // back
    expect(r[3]).toMatch(/^Are the missing users assigned/); // option text (unique prefix)
    expect(r[4]).toMatch(/^Remedy: Assign the users to the app\nCause: Only users assigned/); // 1
    expect(r[4]).toContain('https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/assign-user-or-group-access-portal');
    // The wizard's answers with the wizard's numbers.
    expect(r[4]).toContain('Did this help?\n  1. Yes, this fixed it\n  2. No, show what to try next\nAnswer with a number. Path: users-missing/assign-users');
    expect(r[5]).toMatch(/^Remedy: Check the scope setting/); // 2: did not help
    expect(r[5]).toContain('  2. No, go back\nAnswer with a number. Path: users-missing/assign-users/check-scope');
    expect(r[6]).toMatch(new RegExp(`^Starting again.\n\n${START}`)); // restart
    expect(r[7]).toMatch(
      /^Matches for "entry":\n {2}1\. EntryConflict: A matching object already exists in the app \(code; matched "entry"\)\n {2}2\. EntryNotFound: The object was not found in the app \(code; matched "entry"\)\n(?: {2}\d\. .*\n)*Type a number to go there; anything else stays here\.$/,
    );
    expect(r[8]).toMatch(/^EntryNotFound: The object was not found in the app\nWhat it means:/); // 2 picks the search hit
    expect(r[9]).toMatch(/^Starting again./);
    expect(r[10]).toMatch(/^About quarantine\n- After repeated failures/); // option text
    expect(r[11]).toMatch(/^Remedy: Fix the cause and restart the job/); // continue
    expect(r[12]).toBe(
      [
        'Your path: quarantine-facts/fix-quarantine',
        'Replay it with: provision-doctor path quarantine-facts/fix-quarantine',
        'Go on from there with: provision-doctor --plain --resume quarantine-facts/fix-quarantine',
      ].join('\n'),
    );
  });

  it('looks up a typed code, offers near codes for an unknown one, and records the jump in the path', () => {
    const answers = ['3', 'EntryConflit', '1', '2', 'path'];
    const { stdout, status } = run(['--plain'], { input: answers.join('\n') });
    expect(status).toBe(0);
    const r = replies(stdout);
    expect(r[1]).toMatch(/^Look up an error code\nType or paste the error code/);
    expect(r[2]).toMatch(/^"EntryConflit" is not in the error-code catalogue.\nClose to it, not the same code:\n  1. EntryConflict: A matching object already exists in the app\n/);
    expect(r[2]).toMatch(/\n  \d\. What to do with an unknown code \(UnknownError\)\nType a number to go there, or type the code again.$/);
    expect(r[3]).toMatch(/^EntryConflict: A matching object/);
    expect(r[4]).toMatch(/^Remedy: Check the scope setting/);
    expect(r[5]).toMatch(/^Path: enter-code\/@entry-conflict\/check-scope\n/);
    // The input ended without "quit": the walk still ends cleanly with the path.
    expect(stdout.trimEnd().endsWith('Go on from there with: provision-doctor --plain --resume enter-code/@entry-conflict/check-scope')).toBe(true);
  });

  it('answers a pasted line without a known code by its words, and offers the general advice too', () => {
    const { stdout } = run(['--plain'], { input: 'code the provisioning job is in quarantine\nquit\n' });
    expect(replies(stdout)[1]).toMatch(
      /^"the provisioning job is in quarantine" is not in the error-code catalogue.\nNo known code in it; these answer its words:\n {2}1\. .*quarantine.*\n(?: {2}\d\. .*\n)*The general advice, for what the catalogue does not cover:\n {2}\d\. What to do with an unknown code \(UnknownError\)\n/i,
    );
  });

  it('offers only the general advice, said as such, when nothing is close to a typed description or code', () => {
    // A heading "Close to it" above the general advice alone read as if something close existed.
    const { stdout } = run(['--plain'], { input: 'code the weather is nice in copenhagen today\ncode Zzqxwv\n1\nquit\n' });
    const r = replies(stdout);
    for (const [reply, typed] of [[r[1], 'the weather is nice in copenhagen today'], [r[2], 'Zzqxwv']] as const) {
      expect(reply).toBe(
        [
          `"${typed}" is not in the error-code catalogue.`,
          'Nothing here comes close to it: it is not covered yet.',
          'The general advice, for what the catalogue does not cover:',
          '  1. What to do with an unknown code (UnknownError)',
          'Type a number to go there, or type the code again.',
        ].join('\n'),
      );
      expect(reply).not.toContain('Close to it');
    }
    expect(r[3]).toMatch(/^UnknownError: An error the catalogue does not know/);
  });

  it('keeps the general advice apart from the codes that are close', () => {
    const { stdout } = run(['--plain'], { input: 'code EntryConflit\nquit\n' });
    expect(replies(stdout)[1]).toMatch(
      /^"EntryConflit" is not in the error-code catalogue.\nClose to it, not the same code:\n {2}1\. EntryConflict: .*\n(?: {2}\d\. (?!What to do).*\n)*The general advice, for what the catalogue does not cover:\n {2}\d\. What to do with an unknown code \(UnknownError\)\nType a number to go there, or type the code again.$/,
    );
  });

  it('says what is wrong with an answer and stays on the question', () => {
    const { stdout } = run(['--plain'], { input: '7\nmaybe\n\u001B[31mred\nback\ncode\n' });
    const r = replies(stdout);
    expect(r[1]).toBe('"7" is not one of the answers. Type a number from 1 to 3, or help.');
    // At the first question words are searched as a description too, and the reply says both.
    expect(r[2]).toBe('"maybe" is not one of the answers, and nothing answers it as a description. Type a number from 1 to 3, other words, or help.');
    expect(r[3]).toBe('"red" is not one of the answers, and nothing answers it as a description. Type a number from 1 to 3, other words, or help.');
    expect(stdout).not.toContain('\u001B');
    expect(r[4]).toMatch(new RegExp(`^You are at the start.\n\n${START}`));
    expect(r[5]).toMatch(/^Type code and the error code, for example: code EntryConflict\n\nGoodbye.$/);
  });

  it('goes on from a saved path with --resume, and back returns along it', () => {
    const { stdout, status } = run(['--plain', '--resume', 'users-missing/assign-users'], { input: 'back\npath\n' });
    expect(status).toBe(0);
    const r = replies(stdout);
    expect(r[0]).toMatch(/^Type "help" for the words you can use.\n\nRemedy: Assign the users to the app/);
    expect(r[1]).toMatch(/^Are the missing users assigned to the app\?/);
    expect(r[2]).toMatch(/^Path: users-missing\n/);
  });

  it('refuses a --resume path that does not replay as "not found", exit 1 as path does, naming the bad step', () => {
    // The README's exit codes: 1 is an unknown code, id or path. A path naming nothing is that
    // whether it is replayed by path or resumed.
    const resumed = run(['--plain', '--resume', 'users-missing/no-such-answer'], { input: '' });
    expect(resumed.status).toBe(1);
    expect(resumed.stdout).toBe('');
    expect(resumed.stderr).toMatch(/^provision-doctor: --resume: .*no-such-answer.*\n$/);
    const replayed = run(['path', 'users-missing/no-such-answer']);
    expect(replayed.status).toBe(1);
    expect(replayed.stderr).toMatch(/^provision-doctor: path step 2 "no-such-answer".*\n$/);
    const noNode = run(['--plain', '--resume', '@no-such-node'], { input: '' });
    expect(noNode.status).toBe(1);
    expect(noNode.stderr).toMatch(/^provision-doctor: --resume: path step 1 "@no-such-node": there is no node "no-such-node"/);
  });

  it('ends at once on empty input with exit 0', () => {
    const { stdout, stderr, status } = run(['--plain'], { input: '' });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
  });

  it('is chosen automatically when TERM=dumb', () => {
    const { stdout, status } = run([], { input: '2\nquit\n', env: { TERM: 'dumb' } });
    expect(status).toBe(0);
    expect(replies(stdout)[1]).toMatch(/^About quarantine/);
  });

  it('never prints escape sequences, even with colour allowed', () => {
    const { stdout } = run(['--plain'], { input: '1\n1\nhelp\n' });
    expect(stdout).not.toContain('\u001B');
    expect(stdout).toContain('  search WORDS    find a question, remedy or error code');
  });
});

describe('--plain and the wizard offer the same answers', () => {
  it('a remedy asks whether it helped with the wizard\'s two answers: 1 marks it fixed, 2 goes on', () => {
    const { stdout, status } = run(['--plain', '--resume', 'users-missing/assign-users'], { input: '1\n2\nquit\n' });
    expect(status).toBe(0);
    const r = replies(stdout);
    expect(r[0]).toContain('  1. Yes, this fixed it\n  2. No, show what to try next');
    expect(r[1]).toMatch(/^Marked as fixed\. Good\. Path: users-missing\/assign-users/);
    expect(r[2]).toMatch(/^Remedy: Check the scope setting/);
  });
});
