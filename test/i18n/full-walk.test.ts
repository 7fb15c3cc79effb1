import { describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../src/cli/content-dir.js';
import { replayPath } from '../../src/engine/path.js';
import { copyItems, leavingSummary, markdownReport } from '../../src/tui/node-text.js';
import { run } from '../cli/run-cli.js';

// A whole walk through the shipped content in Danish and in Dutch: two answers, two causes that
// did not help, a jump to an error code whose steps did not help either, and the cause after it; then the same by the --plain
// dialogue with a search, a pasted code and a wrong answer. No word of the interface may be
// left in English. Content that is not translated yet, codes, ids, product names and the
// command words a reader types (path, quit, --resume) are not the interface's words.

/** Two answers, "did not help" twice, a jump to an error code, "did not help" once more and the cause after it. */
const WALK = 'logs-start/logs-where/logs-roles/logs-licence/@conflict/wrong-users-matching-takeover';

/** What the dialogue is told: the same walk typed, with a search, a prefixed code and a wrong answer. */
const TYPED = ['6', '1', '2', '2', 'search quarantine', 'code SalesforceEntryConflict', 'xyz', '2', 'path', 'back', 'quit'].join('\n');

/**
 * The interface's English, as the tool prints it around content: headings and labels, the
 * answers it offers, its breadcrumbs, how it read a code, its prompts and farewells.
 */
const ENGLISH: RegExp[] = [
  /How you got here/,
  /-> this did not help/,
  /-> jumped to: /,
  /^Remedy: /m,
  /^Cause: /m,
  /^Steps:$/m,
  /^Read:$/m,
  /^Next: /m,
  /^If this did not help: /m,
  /^What it means: /m,
  /^Retry: /m,
  /Caution: /,
  /The provisioning service (retries|does not)/,
  /You need to act|Usually nothing for you to do/,
  /Did this help\?/,
  /Yes, this fixed it/,
  /No, show what to try next|No, go back/,
  /Answer with a number/,
  /^Path: /m,
  /Your path: |Replay it with: |Go on from there with: /,
  /Type "help"/,
  /Matches for "/,
  /\bmatched "/,
  /\(question;|\(remedy;|\(info;/,
  /\bread "SalesforceEntryConflict" as\b/,
  /ignored the (SCIM )?prefix|ignored the suffix/,
  /is not an answer here|is not one of the answers/,
  /Type a number to go there/,
];

function englishLeft(text: string): string[] {
  return ENGLISH.filter((pattern) => pattern.test(text)).map(String);
}

describe('a full walk has no English interface words left in Danish and Dutch', () => {
  it('the English walk has them all (the list above is the real interface)', () => {
    const path = run(['--lang', 'en', 'path', WALK], { content: false }).stdout;
    const plain = run(['--lang', 'en', '--plain'], { content: false, input: TYPED }).stdout;
    const missing = ENGLISH.filter((pattern) => !pattern.test(path) && !pattern.test(plain)).map(String);
    expect(missing).toEqual([]);
  });

  it.each([
    ['da', ['--lang', 'da'], {}, ['-> det hjalp ikke', '-> sprang til: ', 'Sådan kom du hertil:']],
    ['nl', [], { LANG: 'nl_NL.UTF-8' }, ['-> dit hielp niet', '-> gesprongen naar: ', 'Zo bent u hier gekomen:']],
  ] as const)('path in %s: the breadcrumbs and the node it reaches', (_, flags, env, said) => {
    const { stdout, status } = run([...flags, 'path', WALK], { content: false, env });
    expect(status).toBe(0);
    for (const words of said) expect(stdout).toContain(words);
    expect(englishLeft(stdout)).toEqual([]);
  });

  it.each([
    ['da', ['--lang', 'da'], {}, ['(læste "SalesforceEntryConflict" som "EntryConflict"', 'Hjalp det?', 'Din sti: ']],
    ['nl', [], { LANG: 'nl_BE.UTF-8' }, ['("SalesforceEntryConflict" gelezen als "EntryConflict"', 'Heeft dit geholpen?', 'Uw pad: ']],
  ] as const)('--plain in %s: through remedies, a search, a code, a wrong answer and the farewell', (_, flags, env, said) => {
    const { stdout, status } = run([...flags, '--plain'], { content: false, env, input: TYPED });
    expect(status).toBe(0);
    for (const words of said) expect(stdout).toContain(words);
    expect(englishLeft(stdout)).toEqual([]);
  });

  it.each(['da', 'nl'] as const)('%s: the quit summary, the copied remedy and the saved report of the same walk', (language) => {
    const content = { ...loadContentFolder('content', language), language };
    const walk = replayPath(content, WALK);
    if (!walk.ok) throw new Error(walk.error);
    const node = content.nodes[walk.state.current]!;
    const report = markdownReport(content, walk.state, node, new Date('2026-11-30T09:00:00Z'), '0.1.0');
    const copied = copyItems(content, walk.state, node)[0]!.text;
    const summary = leavingSummary(content, walk.state).join('\n');
    // The report's and the copy's own English: its title and headings, its labels ("Links" is Danish too).
    const englishAround = [/this did not help|jumped to:|^ {3}- continue$/m, /Provisioning troubleshooting report|Questions and answers|Where it led|### Steps/, /^Cause: |^Steps:$|^Read:$|^Caution: /m, /\*\*Cause:\*\*|> \*\*Caution:\*\*/, /^Last remedy: |^Read: |^Path: |^Go on from there: /m];
    for (const text of [report, copied, summary]) expect(englishAround.filter((p) => p.test(text)).map(String)).toEqual([]);
    expect(report).toContain(language === 'da' ? '   - sprang til: ' : '   - gesprongen naar: ');
  });

  it('English stays English in the saved report of the same walk', () => {
    const content = loadContentFolder('content');
    const walk = replayPath(content, WALK);
    if (!walk.ok) throw new Error(walk.error);
    const report = markdownReport(content, walk.state, content.nodes[walk.state.current]!, new Date('2026-11-30T09:00:00Z'), '0.1.0');
    // The error code's steps did not help either: that is said, not "continue".
    expect(report.match(/^ {3}- this did not help$/gm)).toHaveLength(3);
    expect(report).toContain('   - jumped to: ');
    expect(report).not.toContain('   - continue');
  });
});
