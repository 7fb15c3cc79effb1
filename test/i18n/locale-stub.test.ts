import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { stubOverlay } from '../../src/content/locale-stub.js';
import { checkOverlayFile } from '../../src/content/overlay.js';
import { root, run } from '../cli/run-cli.js';
import { smallContent, sourcedSmallContent, writeContentDir } from '../helpers/content.js';

const fixture = readFileSync('test/fixtures/locale-overlay/da.yaml', 'utf8');

function load(files: Record<string, string>) {
  const dir = writeContentDir(files);
  const loaded = loadContentDir(dir, dir);
  return { dir, content: loaded.content!, whereDeclared: loaded.whereDeclared! };
}

const ids = (section: string, text: string) => [...text.split(`\n${section}:\n`)[1]!.split(/\n\S/)[0]!.matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]);

describe('the overlay stub', () => {
  it('gives a new overlay every node, code entry and link, with the hash and the English to translate', () => {
    const { content, whereDeclared } = load(smallContent);
    const { text, added, stale } = stubOverlay({ content, whereDeclared, locale: 'nl', header: ['yaml-language-server: $schema=x.json'] });
    expect(added).toHaveLength(Object.keys(content.nodes).length + Object.keys(content.links).length);
    expect(stale).toEqual([]);
    expect(text).toContain('# yaml-language-server: $schema=x.json\nlocale: nl\nnodes:\n  # from main.yaml\n  start:\n    source: en-3234dc56\n    title: Start\n    prompt: What do you see?\n    options:\n      - No users arrive\n      - I have a code\n');
    expect(text).toContain('  conflict:\n    source: en-df9af57f\n    title: A value clashes\n    meaning: Another object holds the value.\n    steps:\n      - Fix the value.\n');
    expect(text).toContain('links:\n  # from main.yaml\n  doc-a:\n    source: en-775d17de\n    title: Doc A\n');
    // Complete: validate finds nothing missing and nothing wrong.
    expect(checkOverlayFile(content, 'nl.yaml', text).diagnostics).toEqual([]);
  });

  it('adds what an overlay lacks in the content’s order and keeps its translations and comments', () => {
    const { content, whereDeclared } = load(smallContent);
    const existing = fixture.replace('  assign-users:\n', '  # checked by Mette\n  assign-users:\n');
    const { text, added } = stubOverlay({ content, whereDeclared, locale: 'da', existing });
    expect(added).toEqual(['scope', 'about-cycles', 'wait-for-cycle', 'code-entry', 'unknown-error-code']);
    expect(ids('nodes', text)).toEqual(['start', 'scope', 'assign-users', 'about-cycles', 'wait-for-cycle', 'code-entry']);
    expect(text.split('\n').slice(0, 3)).toEqual(fixture.split('\n').slice(0, 3));
    expect(text).toContain('  # checked by Mette\n  assign-users:\n    source: en-610a556d\n    title: Tildel brugerne\n    steps:\n      - Åbn Brugere og grupper.\n      - Tilføj brugerne.\n    keywords: [tildeling]\n');
    expect(text).toContain('    prompt: Hvad ser du?\n');
    // Running it again changes nothing.
    expect(stubOverlay({ content, whereDeclared, locale: 'da', existing: text }).text).toBe(text);
  });

  it('keeps an entry byte for byte however it is wrapped, spaced or commented', () => {
    const { content, whereDeclared } = load(smallContent);
    const handWritten = [
      '  # The first question; keep it short.',
      '  start:',
      '    source: en-3234dc56   # checked 2026-11-30',
      '    prompt: >-',
      '      Hvad ser',
      '      du?',
      '    options: ["Ingen brugere kommer frem", Jeg har en fejlkode]',
      '',
      '',
    ].join('\n');
    const existing = `locale: da\nnodes:\n${handWritten}  assign-users:\n    source: en-610a556d\n    title: Tildel brugerne\n`;
    const { text } = stubOverlay({ content, whereDeclared, locale: 'da', existing });
    expect(text).toContain(`nodes:\n  # from main.yaml\n${handWritten}  scope:\n`);
    expect(text.startsWith('locale: da\nnodes:\n')).toBe(true);
    expect(text).toMatch(/\ncodes:\n {2}# from main.yaml\n {2}conflict:\n/);
  });

  it('leaves a stale entry as it is and names it with the English it now translates; an orphan stays for validate to report', () => {
    const { content, whereDeclared } = load({ 'main.yaml': smallContent['main.yaml']!.replace('What do you see?', 'What do you see now?') });
    const existing = fixture.replace('codes:\n', 'codes:\n  gone:\n    source: en-00000000\n    title: Væk\n');
    const { text, stale } = stubOverlay({ content, whereDeclared, locale: 'da', existing });
    expect(stale).toEqual([{ id: 'start', source: 'en-3234dc56', now: expect.stringMatching(/^en-[0-9a-f]{8}$/), english: { title: 'Start', prompt: 'What do you see now?', options: ['No users arrive', 'I have a code'] } }]);
    expect(text).toContain('  start:\n    source: en-3234dc56\n    prompt: Hvad ser du?\n');
    expect(ids('codes', text)).toEqual(['conflict', 'unknown-error-code', 'gone']);
  });

  it('keeps the CRLF line ends of a file saved on Windows, and fills an empty section', () => {
    const { content, whereDeclared } = load(smallContent);
    const existing = 'locale: da\r\nnodes: {}\r\nlinks:\r\n  doc-a:\r\n    source: en-775d17de\r\n    title: Dokument A\r\n';
    const { text, added } = stubOverlay({ content, whereDeclared, locale: 'da', existing });
    expect(added).toHaveLength(8);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(text).toContain('locale: da\r\nnodes:\r\n  # from main.yaml\r\n  start:\r\n');
    expect(text).toContain('links:\r\n  # from main.yaml\r\n  doc-a:\r\n    source: en-775d17de\r\n    title: Dokument A\r\ncodes:\r\n');
  });

  it('only the ids asked for with --only, for a translation made a few entries at a time', () => {
    const { content, whereDeclared } = load(smallContent);
    const { text, added } = stubOverlay({ content, whereDeclared, locale: 'da', only: new Set(['scope', 'doc-a']) });
    expect(added).toEqual(['scope', 'doc-a']);
    expect(text).not.toContain('codes:');
  });
});

describe('scripts/locale-stub.mjs', () => {
  const stub = (args: string[]) => spawnSync(process.execPath, [join(root, 'scripts/locale-stub.mjs'), ...args], { cwd: root, encoding: 'utf8' });

  it('writes a complete overlay that validate accepts without a missing translation, and reports stale entries', () => {
    const dir = writeContentDir(sourcedSmallContent());
    const first = stub(['da', '--content', dir]);
    expect(first.stdout).toContain(`${join(dir, 'locales', 'da.yaml')}: 9 entries added with the English to translate`);
    expect(first.status).toBe(0);
    const file = join(dir, 'locales', 'da.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/locale\.schema\.json$/);
    const validated = run(['validate', dir], { content: false });
    expect(validated.stdout).not.toContain('has no Danish translation');
    expect(validated.status).toBe(0);

    writeFileSync(join(dir, 'main.yaml'), sourcedSmallContent()['main.yaml']!.replace('Fix the value.', 'Fix the value in the app.'));
    const again = stub(['da', '--content', dir]);
    expect(again.stdout).toContain('0 entries added');
    expect(again.stdout).toContain('stale: conflict (source en-df9af57f, now en-');
    expect(again.stdout).toContain('  steps[1]: Fix the value in the app.');
    expect(readFileSync(file, 'utf8')).toContain('  conflict:\n    source: en-df9af57f\n');
  });

  it('in a git work tree, shows for a stale entry what the English was when it was translated and what it is now', () => {
    const dir = writeContentDir(smallContent);
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'content');
    writeFileSync(join(dir, 'main.yaml'), smallContent['main.yaml']!.replace('What do you see?', 'What do you see now?').replace('I have a code', 'I have an error code'));
    const overlay = join(dir, 'locales', 'da.yaml');
    stub(['da', '--content', dir, '--only', 'start']);
    writeFileSync(overlay, readFileSync(overlay, 'utf8').replace(/source: en-[0-9a-f]{8}/, 'source: en-3234dc56'));
    const result = stub(['da', '--content', dir]);
    expect(result.stdout).toContain('stale: start (source en-3234dc56, now en-');
    expect(result.stdout).toContain('); the English that changed:\n  prompt: "What do you see?" -> "What do you see now?"\n  options[2]: "I have a code" -> "I have an error code"\n');
    expect(result.stdout).not.toContain('  title:');
  });

  it('refuses a language it does not know (usage, exit 2) and an --only id that matches nothing (exit 1), writing nothing', () => {
    const dir = writeContentDir(smallContent);
    const refused = stub(['fr', '--content', dir]);
    expect(refused.stderr).toContain('locale-stub: give one language: da or nl');
    expect(refused.stderr).toContain('usage: node scripts/locale-stub.mjs <da|nl>');
    expect(refused.status).toBe(2);
    expect(existsSync(join(dir, 'locales'))).toBe(false);
    const typo = stub(['da', '--content', dir, '--only', 'start,strat']);
    expect(typo.stderr).toContain('locale-stub: --only: no node, error code or link "strat" in');
    expect(typo.status).toBe(1);
    expect(existsSync(join(dir, 'locales'))).toBe(false);
  });
});
