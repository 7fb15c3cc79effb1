import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root, run } from './run-cli.js';

/** Strings that only the bundled copy of each library contains. */
const MARKERS: Record<string, string> = {
  ink: 'Raw mode is not supported',
  react: 'react.transitional.element',
  zod: '$ZodType',
  yaml: 'YAMLParseError',
  // The Graph client of `check`: offline modes never load network code.
  graph: 'ConsistencyLevel',
  minisearch: 'MiniSearch: duplicate ID',
};

/** Runs the built CLI and names the heavy libraries among the files it loaded. */
function librariesLoaded(args: string[], input = ''): string[] {
  const trace = join(mkdtempSync(join(tmpdir(), 'pd-trace-')), 'loads');
  const result = run(args, { content: false, input, env: { TRACE_LOADS: trace }, nodeArgs: ['--import', `${root}test/fixtures/trace-loads/register.mjs`] });
  expect(result.stderr).toBe('');
  const files = readFileSync(trace, 'utf8').trim().split('\n').filter((url) => url.includes('/dist/'));
  expect(files.length).toBeGreaterThan(0);
  const text = files.map((url) => readFileSync(fileURLToPath(url), 'utf8')).join('\n');
  return Object.entries(MARKERS).flatMap(([name, marker]) => (text.includes(marker) ? [name] : []));
}

/** The files of dist/ a run of the built CLI reads or loads, by name. */
function distFilesUsed(args: string[]): string[] {
  const trace = join(mkdtempSync(join(tmpdir(), 'pd-trace-')), 'loads');
  const result = run(args, { content: false, env: { TRACE_LOADS: trace }, nodeArgs: ['--import', `${root}test/fixtures/trace-loads/register.mjs`] });
  expect(result.stderr).toBe('');
  const names = readFileSync(trace, 'utf8').trim().split('\n').filter((url) => url.includes('/dist/')).map((url) => url.slice(url.lastIndexOf('/dist/') + 6));
  return [...new Set(names)];
}

describe('output into a pipe, a file or /dev/null', () => {
  // process.stdout for anything but a terminal loads Node's socket and stream modules: a third of what explain costs.
  it.each([['a pipe', ''], ['a file', '> "$OUT_FILE"'], ['/dev/null', '> /dev/null']])('into %s loads neither node:net nor node:tty', (_, redirect) => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-builtins-'));
    const trace = join(dir, 'builtins');
    const script = `"${process.execPath}" --require "${root}test/fixtures/trace-loads/builtins.cjs" "${root}dist/cli.cjs" explain EntryConflict ${redirect}`;
    const result = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, TRACE_BUILTINS: trace, OUT_FILE: join(dir, 'out') } });
    expect(result.status).toBe(0);
    const builtins = readFileSync(trace, 'utf8').split('\n');
    expect(builtins).toContain('fs');
    expect(builtins).not.toContain('net');
    expect(builtins).not.toContain('tty');
  });
});

describe('what each command reads of the knowledge', () => {
  it('explain of a known code reads the error-code catalogue alone', () => {
    const used = distFilesUsed(['explain', 'EntryConflict']).filter((name) => name.endsWith('.json'));
    expect(used).toEqual(['codes.json']);
  });

  it.each([[['search', 'users are missing']], [['explain', 'NoSuchCodeAtAll']], [['--lang', 'da', 'search', 'brugere mangler']]])(
    '%j reads the catalogue and the search index, not the whole content',
    (args) => {
      const used = distFilesUsed(args).filter((name) => name.endsWith('.json'));
      expect(used).toContainEqual(expect.stringMatching(/^codes(\.da)?\.json$/));
      expect(used).toContainEqual(expect.stringMatching(/^search-index(\.da)?\.json$/));
      expect(used).not.toContain('content.json');
    },
  );
});

describe('start-up loads only what the command needs', () => {
  it.each([
    [['--version']],
    [['explain', 'EntryConflict']],
    [['topics']],
    [['codes']],
    [['show', 'start']],
    [['path', '']],
    [['explain', 'SalesforceEntryConflict']],
  ])('%j loads none of Ink, React, zod, yaml, the Graph client or the search index', (args) => {
    expect(librariesLoaded(args)).toEqual([]);
  });

  // The dialogue loads the search code with its commands; it indexes only at the first search.
  it.each([[['search', 'quarantine']], [['explain', 'NoSuchCodeAtAll']], [['--plain']]])('%j loads the search library, nothing heavier', (args) => {
    expect(librariesLoaded(args)).toEqual(['minisearch']);
  });

  it('--content loads the YAML parser and zod (so the check above can fail)', () => {
    expect(librariesLoaded(['--content', 'test/fixtures/content-cli', 'topics']).sort()).toEqual(['yaml', 'zod']);
  });
});
