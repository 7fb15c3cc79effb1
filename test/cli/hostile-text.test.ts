import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/output.js';
import { root, run } from './run-cli.js';

/** ESC, BEL, every other C0 control but the line break, DEL and the C1 controls. */
const CONTROL_BYTES = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
/** Bidi overrides and marks, zero-width characters and the byte-order mark. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

function expectClean(result: { stdout: string; stderr: string }): void {
  expect(result.stdout).not.toMatch(CONTROL_BYTES);
  expect(result.stderr).not.toMatch(CONTROL_BYTES);
  expect(result.stdout).not.toMatch(INVISIBLE);
  expect(result.stderr).not.toMatch(INVISIBLE);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** A copy of the shipped content with one line of one file replaced (the report's c-esc and c-url). */
function hostileContent(file: string, from: string, to: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'pd-hostile-')), 'content');
  cpSync(join(root, 'content'), dir, { recursive: true });
  // validate reads the docs heading snapshot beside the content folder.
  cpSync(join(root, 'docs-snapshot'), join(dir, '..', 'docs-snapshot'), { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`not found in ${file}: ${from}`);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

const cEsc = () =>
  hostileContent('tree/start.yaml', '    title: What are you seeing?\n', '    title: "What are you seeing?\\e]52;c;Y3VybCBldmlsLnNoIHwgc2gK\\a\\e]0;PWNED\\a"\n');
const cUrl = () =>
  hostileContent('links.yaml', '    url: https://learn.microsoft.com/en-us/entra/identity/saas-apps/tutorial-list\n', '    url: "https://learn.microsoft.com/x\\a\\e]52;c;ZXZpbAo=\\a"\n');

describe('content with escape sequences (H4, repro c-esc and c-url)', () => {
  it('validate names the field and the character, and prints none of it', () => {
    const dir = cEsc();
    const result = run(['validate', dir], { content: false });
    expect(result.stdout).toContain(
      'tree/start.yaml:7:12: nodes.start.title: holds an escape character (U+001B) at character 21: control and invisible characters are not allowed in text: remove it',
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe(`1 problem in ${dir}`);
    expect(result.status).toBe(1);
    expectClean(result);
  });

  it('--content refuses the folder before any text reaches the terminal', () => {
    const result = run(['--content', cEsc(), 'search', 'seeing'], { content: false });
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nodes.start.title: holds an escape character (U+001B)');
    expect(result.status).toBe(1);
    expectClean(result);
  });

  it('a link address with BEL and OSC 52 is refused by validate and by --content', () => {
    const dir = cUrl();
    const validate = run(['validate', dir], { content: false });
    expect(validate.stdout).toContain('links.yaml:7:10: links.saas-tutorial-list.url: holds a bell (U+0007) at character 30');
    expect(validate.status).toBe(1);
    expectClean(validate);
    const explain = run(['--content', dir, 'explain', 'InsufficientRights'], { content: false });
    expect(explain.status).toBe(1);
    expect(explain.stdout).toBe('');
    expectClean(explain);
  });
});

describe('the one writer of the command line', () => {
  it('cleans every line and keeps the lines', () => {
    expect(terminalText('a\u001B]0;x\u0007b\nc\td\u202E\n\u009B2Je')).toBe('ab\nc d\ne');
  });

  it("keeps the tool's own bold and dim only when asked, and nothing else", () => {
    const heading = '\u001B[1mTitle \u001B]52;c;ZXZpbA==\u0007\u001B[31mred\u001B[22m';
    expect(terminalText(heading, true)).toBe('\u001B[1mTitle red\u001B[22m');
    expect(terminalText(heading)).toBe('Title red');
  });

  it('leaves JSON valid: raw C1 and format characters go, the escapes JSON writes for C0 are plain text', () => {
    const json = JSON.stringify({ query: 'a\u009B2Jb\u202E\u009D0;x\u0007', list: ['\u001B[2J'] }, null, 2);
    expect(json).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    expect(JSON.parse(terminalText(json))).toEqual({ query: 'ab0;x\u0007', list: ['\u001B[2J'] });
  });
});

describe('arguments echoed in errors and messages (L2)', () => {
  // OSC 52 (set the clipboard), clear the screen, a bidi override and a C1 CSI.
  const X = 'id\u001B]52;c;Zm9vCg==\u0007\u001B[2J\u202E\u009B31m';

  it.each([
    [['show', X], 1, 'there is no node "id'],
    [['path', X], 1, 'path step 1 "id'],
    [['search', X], 1, 'No good match for "id'],
    [['search', X, '--json'], 1, '"query": "id'],
    [[X], 2, 'unknown command "id'],
    [[`--${X}`], 2, "unknown option '--id"],
    [['search', 'x', '--limit', X], 2, "argument 'id"],
    [['analyze', 'x', '--since', X], 2, '--since "id'],
    [['codes', '--category', X], 2, "argument 'id"],
    [['explain', X], 1, '"id'],
    [['--plain', '--resume', X], 1, '--resume: path step 1 "id'],
  ])('%j prints the argument without its control sequences', (args, status, echoed) => {
    const result = run(args);
    expect(result.status).toBe(status);
    expect(result.stdout + result.stderr).toContain(echoed);
    expectClean(result);
  });
});

describe('ids that are names of object properties', () => {
  it.each(['constructor', '__proto__', 'toString'])('show %s is "no node", not an empty node', (id) => {
    const result = run(['show', id]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`there is no node "${id}"`);
    expect(result.status).toBe(1);
  });

  // A word is looked up in tables of words (the same word as the content says it, words kept
  // from the stemmer): "constructor" took Object's constructor function for its term.
  it.each([
    ['en', 'constructor'],
    ['en', 'the constructor failed'],
    ['da', 'constructor'],
    ['nl', 'the constructor failed'],
  ])('search in %s for "%s" answers, without a stack trace', (language, query) => {
    const result = run(['--lang', language, 'search', ...query.split(' ')], { content: false });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`"${query}"`);
  });
});

describe('invisible characters in log values (L3)', () => {
  it('values that look the same are counted as one', () => {
    const event = (i: number, code: string, app: string) => ({
      activityDateTime: '2024-05-01T10:00:00Z',
      changeId: `c${i}`,
      provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: code, reason: 'x' } },
      servicePrincipal: { id: 's', displayName: app },
    });
    const log = join(mkdtempSync(join(tmpdir(), 'pd-zw-')), 'zw.json');
    const variants: Array<[string, string]> = [
      ['EntryConflict', 'Contoso HR'],
      ['Entry\u200BConflict', 'Contoso\u2060 HR'],
      ['EntryConflict\uFEFF', 'Contoso HR\u061C'],
      ['Entry\u200DConflict', '\u202AContoso HR'],
    ];
    writeFileSync(log, JSON.stringify(variants.map(([code, app], i) => event(i, code, app))));
    const result = run(['analyze', log, '--json']);
    const report = JSON.parse(result.stdout) as { summary: { byApp: Record<string, number> }; groups: Array<{ code: string; count: number }> };
    expect(report.summary.byApp).toEqual({ 'Contoso HR': 4 });
    expect(report.groups.map((g) => [g.code, g.count])).toEqual([['EntryConflict', 4]]);
    expectClean(result);
  });
});

describe('a very long search query (L8)', () => {
  it('search reads the first 200 characters and says so on stderr', () => {
    const result = run(['search', 'EntryConflict'.repeat(9000)]);
    expect(result.stderr).toBe('provision-doctor search: Only the first 20 words (200 characters at most) are searched.\n');
    // The code is still found in what was read; the rest of the paste never reaches the search.
    expect(result.stdout).toMatch(/^1\. +entry-conflict +code +EntryConflict/);
    expect(result.stdout).toContain(`read "${'EntryConflict'.repeat(15)}Entry"`);
    expect(result.status).toBe(0);
  });

  it('--json keeps its shape, with the query as searched', () => {
    const result = run(['search', ...Array.from({ length: 30 }, () => 'sync'), '--json']);
    expect((JSON.parse(result.stdout) as { query: string }).query).toBe(Array.from({ length: 20 }, () => 'sync').join(' '));
    expect(result.stderr).toContain('Only the first 20 words');
  });

  it('the dialogue search says so in its reply', () => {
    const result = run(['--plain'], { input: `search ${'quarantine '.repeat(50)}\nquit\n` });
    expect(result.stdout).toContain('Only the first 20 words (200 characters at most) are searched.\nMatches for "quarantine quarantine');
    expect(result.status).toBe(0);
  });
});
