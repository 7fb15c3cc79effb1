import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallContent, writeContentDir } from './helpers/content.js';

const sourcedContent = readFileSync('test/fixtures/sources/content/main.yaml', 'utf8');
const sourcedSnapshot = 'test/fixtures/sources/docs-snapshot';

function cli(...args: string[]) {
  // English whatever the machine's locale: validate's summary line follows LC_ALL, LC_MESSAGES or LANG.
  const env = { ...process.env, CI: '1', NO_COLOR: '1', LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('provision-doctor validate', () => {
  it('passes on the shipped content', () => {
    const { code, stdout } = cli('validate', 'content');
    const lines = stdout.trimEnd().split('\n');
    // Text not yet translated is listed as warnings; nothing else may be reported.
    expect(lines.at(-1)).toMatch(/^content: \d+ files, \d+ nodes, \d+ error codes, \d+ links, translations: da, nl: no problems(, \d+ warnings)?$/);
    expect(lines.slice(0, -1).filter((line) => !/^content\/\S+:\d+:\d+: warning: .* has no (Danish|Dutch) translation in content\/locales\/(da|nl)\.yaml \(source hash en-[0-9a-f]{8}\)$/.test(line))).toEqual([]);
    expect(code).toBe(0);
  });

  it('lists every problem as file:line:col and exits 1, without a stack trace', () => {
    const dir = writeContentDir({
      'main.yaml': smallContent['main.yaml']!.replace('next: assign-users', 'next: asign-users').replace('kind: info', 'kind: infos'),
      'broken.yaml': 'nodes:\n  x:\n   - bad\n  y: [\n',
    });
    const { code, stdout, stderr } = cli('validate', dir);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(`${lines.length - 1} problems in ${dir}`);
    expect(lines).toContain(`${dir}/main.yaml:38:11: nodes.about-cycles.kind: "infos" is not a node kind: use question, remedy, info or code-lookup`);
    expect(lines.some((l) => l.startsWith(`${dir}/broken.yaml:`) && l.includes('YAML syntax error'))).toBe(true);
    // No stack trace: only the note that no heading snapshot sits beside this folder.
    expect(stderr).toBe(`provision-doctor validate: no docs-snapshot folder beside ${dir}: doc sources and anchors were not checked (give one with --snapshot)\n`);
    expect(code).toBe(1);
  });

  it('--snapshot that is not a folder is one usage line, not a problem per source', () => {
    const dir = writeContentDir({ 'main.yaml': sourcedContent });
    const { code, stdout, stderr } = cli('validate', dir, '--snapshot', `${dir}/nowhere`);
    expect(stdout).toBe('');
    expect(stderr).toBe(`provision-doctor: --snapshot: "${dir}/nowhere" is not a folder; give the folder scripts/snapshot-headings.mjs wrote\n`);
    expect(code).toBe(2);
  });

  it('checks sources only against a snapshot it has, and says when it has none', () => {
    const dir = writeContentDir({ 'main.yaml': sourcedContent });
    const { code, stdout, stderr } = cli('validate', dir);
    expect(stdout).not.toContain('no heading snapshot');
    expect(stderr).toContain(`no docs-snapshot folder beside ${dir}`);
    expect(code).toBe(0);
    // A script reading --json can tell a partial check from a full one.
    expect(JSON.parse(cli('validate', dir, '--json').stdout)).toMatchObject({ ok: true, sourcesChecked: false });
    expect(JSON.parse(cli('validate', dir, '--json', '--snapshot', sourcedSnapshot).stdout)).toMatchObject({ sourcesChecked: true });
  });

  it('--json lists the problems as objects', () => {
    const dir = writeContentDir({ 'main.yaml': sourcedContent.replace('start: start\n', '') });
    const { code, stdout } = cli('validate', dir, '--json', '--snapshot', sourcedSnapshot);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      problems: [{ file: `${dir}/main.yaml`, line: 1, col: 1, code: 'missing-start' }],
    });
    expect(code).toBe(1);
  });

  it('checks sources and link anchors against the docs-snapshot folder beside the content', () => {
    expect(cli('validate', 'test/fixtures/sources/content')).toMatchObject({
      code: 0,
      stdout: 'test/fixtures/sources/content: 1 files, 3 nodes, 1 error codes, 4 links: no problems\n',
    });
    const dir = writeContentDir({ 'main.yaml': sourcedContent.replace('#provisioning-cycles-initial', '#provisioning-cycle-initial') });
    const { code, stdout } = cli('validate', dir, '--snapshot', sourcedSnapshot);
    expect(stdout).toBe(
      `${dir}/main.yaml:11:10: anchor "#provisioning-cycle-initial-and-incremental" is not a heading of entra/identity/app-provisioning/how-it-works (did you mean "provisioning-cycles-initial-and-incremental"?)\n` +
        `1 problem in ${dir}\n`,
    );
    expect(code).toBe(1);
  });

  it('names a remedy without a source', () => {
    const { code, stdout } = cli('validate', writeContentDir(smallContent), '--snapshot', sourcedSnapshot);
    expect(stdout).toContain('/main.yaml:29:5: remedy without a source: add sources: [{ link, heading }] naming the page (and heading) its facts come from\n');
    expect(stdout).toMatch(/\n4 problems in /);
    expect(code).toBe(1);
  });

  it('a folder that does not exist is one line and exit 1', () => {
    const { code, stdout } = cli('validate', 'no-such-folder');
    expect(stdout).toBe('no-such-folder:1:1: cannot read content: no such folder\n1 problem in no-such-folder\n');
    expect(code).toBe(1);
  });

  it('--content with broken YAML stops any command with the same list', () => {
    const dir = writeContentDir({ 'main.yaml': smallContent['main.yaml']!.replace('start: start\n', '') });
    const { code, stderr } = cli('--content', dir, 'explain', 'Conflict');
    expect(stderr).toBe(`provision-doctor: ${dir}/main.yaml:1:1: no start node: add "start: <node-id>" to one content file\n1 problem(s) in ${dir}\n`);
    expect(code).toBe(1);
  });
});
