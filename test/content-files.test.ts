import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir } from '../src/content/load.js';
import { smallContent, sourcedSmallContent, writeContentDir } from './helpers/content.js';
import { PINNED_LOCALE } from './cli/run-cli.js';

/** The small valid content plus one hostile entry, made by `plant` inside the folder. */
function validateWith(plant: (dir: string) => void): { lines: string[]; ok: boolean } {
  const dir = writeContentDir(smallContent);
  plant(dir);
  const result = loadContentDir(dir, dir);
  return { lines: result.diagnostics.map(formatDiagnostic), ok: result.content !== null };
}

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['dist/cli.cjs', ...args], { encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, CI: '1' }, timeout: 15_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '',
].join('\n');

describe('content files that are not what their name says (M7)', () => {
  it('a link to /dev/zero is refused at once, not read until memory runs out', () => {
    expect(validateWith((dir) => symlinkSync('/dev/zero', join(dir, 'zero.yaml')))).toEqual({
      lines: ['zero.yaml:1:1: is not a regular file (a device, FIFO or socket): content is read from regular files only'],
      ok: false,
    });
  });

  it('a FIFO is refused without waiting for a writer', () => {
    const { lines } = validateWith((dir) => {
      const made = spawnSync('mkfifo', [join(dir, 'pipe.yaml')]);
      if (made.status !== 0) throw new Error('mkfifo failed');
    });
    expect(lines).toEqual(['pipe.yaml:1:1: is not a regular file (a device, FIFO or socket): content is read from regular files only']);
  });

  it('a link that points nowhere, and a folder named *.yaml, are one line each', () => {
    const { lines } = validateWith((dir) => {
      symlinkSync('nowhere', join(dir, 'dangling.yaml'));
      mkdirSync(join(dir, 'folder.yaml'));
    });
    expect(lines).toEqual([
      'dangling.yaml:1:1: cannot read: no such file, or a link that points nowhere (ENOENT)',
      'folder.yaml:1:1: is a folder, not a YAML file: rename it, or move its files into a folder without .yaml in its name',
    ]);
  });

  it('a file over 5 MB is refused with its size', () => {
    const { lines } = validateWith((dir) => writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(6 * 1024 * 1024)}\n`));
    expect(lines).toEqual(['huge.yaml:1:1: is 6 MB: a content file may hold at most 5 MB; split it by topic']);
  });

  it('an alias bomb is one problem at its first alias', () => {
    const { lines } = validateWith((dir) => writeFileSync(join(dir, 'bomb.yaml'), BOMB));
    expect(lines).toEqual([
      'bomb.yaml:2:8: YAML aliases expand too far (Excessive alias count indicates a resource exhaustion attack): content needs no aliases (*name)',
    ]);
  });

  it('a key written twice in one map is reported at the second one', () => {
    const { lines } = validateWith((dir) => writeFileSync(join(dir, 'twice.yaml'), 'links:\n  x:\n    title: X\n    title: Y\n    url: https://learn.microsoft.com/x\n'));
    expect(lines).toEqual(['twice.yaml:4:5: YAML syntax error: Map keys must be unique']);
  });

  it('a file of many links just under the limit is read (indexed once per map, not searched per entry)', () => {
    const entries = Array.from({ length: 40_000 }, (_, i) => `  link-${i}:\n    title: Link ${i}\n    url: https://learn.microsoft.com/en-us/entra/page-${i}\n`);
    const { lines } = validateWith((dir) => writeFileSync(join(dir, 'many.yaml'), `links:\n${entries.join('')}`));
    expect(lines).toEqual([]);
  });

  it('a file of many broken links gets every problem placed (key positions looked up once per map)', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => `  link-${i}:\n    title: Link ${i}\n    url: http://learn.microsoft.com/page-${i}\n`);
    const { lines } = validateWith((dir) => writeFileSync(join(dir, 'broken.yaml'), `links:\n${entries.join('')}`));
    expect(lines).toHaveLength(10_000);
    expect(lines.at(-1)).toBe('broken.yaml:30001:10: links.link-9999.url: must be an https:// address');
  });
});

describe('validate on hostile folders, as run from the command line (M7)', () => {
  it('prints one line per problem and no stack trace, with --json too', () => {
    const dir = writeContentDir({ ...sourcedSmallContent(), 'bomb.yaml': BOMB });
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync('nowhere', join(dir, 'dangling.yaml'));
    const text = cli('validate', dir);
    expect(text.stdout.split('\n').filter(Boolean)).toEqual([
      `${dir}/bomb.yaml:2:8: YAML aliases expand too far (Excessive alias count indicates a resource exhaustion attack): content needs no aliases (*name)`,
      `${dir}/dangling.yaml:1:1: cannot read: no such file, or a link that points nowhere (ENOENT)`,
      `${dir}/zero.yaml:1:1: is not a regular file (a device, FIFO or socket): content is read from regular files only`,
      `3 problems in ${dir}`,
    ]);
    // No stack trace: only the note that no heading snapshot sits beside this folder.
    expect(text.stderr).toBe(`provision-doctor validate: no docs-snapshot folder beside ${dir}: doc sources and anchors were not checked (give one with --snapshot)\n`);
    expect(text.status).toBe(1);
    const json = cli('validate', dir, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, problems: [{ code: 'yaml-syntax' }, { code: 'read-error' }, { code: 'read-error' }] });
    expect(json.status).toBe(1);
    const content = cli('--content', dir, 'topics');
    expect(content.stderr).toContain('zero.yaml:1:1: is not a regular file');
    expect(content.stderr).not.toMatch(/\n\s+at /);
    expect(content.status).toBe(1);
  });
});

describe('translation overlays (M7)', () => {
  it('an alias bomb is one problem, not an exception', async () => {
    const { applyOverlayFile } = await import('../src/content/overlay.js');
    const { contentFrom } = await import('./helpers/content.js');
    const result = applyOverlayFile(contentFrom(smallContent), 'da.yaml', BOMB);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'da.yaml:1:1: YAML aliases expand too far (Excessive alias count indicates a resource exhaustion attack): an overlay needs no aliases',
    ]);
  });
});
