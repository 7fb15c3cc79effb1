import { chmodSync, copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, PINNED_LOCALE, root, run } from './run-cli.js';

// The entry keeps V8's code cache itself only where Node has no compile cache of its own.
const ownCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const folderName = `provision-doctor-cache${typeof process.getuid === 'function' ? `-${process.getuid()}` : ''}`;

/** Runs the built CLI with its own temporary folder, where the code cache goes. */
function runIn(temp: string, args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
  return run(args, { content: false, env: { TMPDIR: temp, TMP: temp, TEMP: temp, ...env }, nodeArgs });
}

const explain = ['explain', 'EntryConflict'];

describe.runIf(ownCache)('the code cache of the entry (Node 20 and 21)', () => {
  it('is written on the first start and gives the same output on the next', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const first = runIn(temp, explain);
    const folder = join(temp, folderName);
    const files = readdirSync(folder);
    expect(files.some((name) => name.startsWith('main.cjs-'))).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const name of files) expect(statSync(join(folder, name)).mode & 0o777).toBe(0o600);
    const second = runIn(temp, explain);
    expect(second).toEqual(first);
    expect(first.stdout).toContain('EntryConflict');
  });

  it('keeps one cache per command, so the first command after an install does not decide what the others find cached', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    expect(runIn(temp, ['--version']).status).toBe(0);
    expect(runIn(temp, ['--lang', 'da', ...explain]).status).toBe(0);
    expect(runIn(temp, explain).status).toBe(0);
    const mains = readdirSync(join(temp, folderName)).filter((name) => name.startsWith('main.cjs-'));
    const sizeOf = (command: string) => statSync(join(temp, folderName, mains.find((name) => name.includes(`-${command}-`))!)).size;
    // One for --version, one for explain (with or without --lang before it).
    expect(mains).toHaveLength(2);
    // explain's holds the code explain compiled besides the start-up's.
    expect(sizeOf('explain')).toBeGreaterThan(sizeOf('version'));
  });

  it('keeps one cache per install, as V8 keeps the file names of the run that wrote it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const other = join(temp, 'other-install', 'dist');
    cpSync(join(root, 'dist'), other, { recursive: true });
    expect(runIn(temp, explain).status).toBe(0);
    const elsewhere = spawnSync(process.execPath, [join(other, 'cli.cjs'), ...explain], { encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, TMPDIR: temp } });
    expect(elsewhere.status).toBe(0);
    const explains = readdirSync(join(temp, folderName)).filter((name) => name.startsWith('main.cjs-') && name.includes('-explain-'));
    expect(explains).toHaveLength(2);
  });

  it('knows every command of the program by name', () => {
    const help = run(['--help'], { content: false }).stdout;
    const commands = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    const launcher = readFileSync(`${root}dist/cli.cjs`, 'utf8');
    const known = JSON.parse(launcher.match(/const COMMANDS = (\[.*\]);/)![1]!.replaceAll("'", '"'));
    expect(commands.length).toBeGreaterThan(5);
    expect(known).toEqual(commands);
  });

  it('still loads the heavy modes and the search once cached', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const log = join(temp, 'log.json');
    writeFileSync(log, '{"value": []}');
    for (let i = 0; i < 2; i++) {
      const search = runIn(temp, ['search', 'quarantine']);
      expect(search.status).toBe(0);
      expect(search.stdout).toContain('quarantine');
      // The analyser is an ES module, loaded by import() from the cached code.
      const analyze = runIn(temp, ['analyze', log]);
      expect(analyze.stderr).toBe('');
      expect(analyze.stdout).toContain('0 events');
    }
  });

  it('is not used from a folder that others can write to', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const folder = join(temp, folderName);
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const result = runIn(temp, explain);
    expect(result.status).toBe(0);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reads no cache through a link, nor one that others can write, and replaces either', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const clean = runIn(temp, explain);
    const folder = join(temp, folderName);
    const main = join(folder, readdirSync(folder).find((name) => name.startsWith('main.cjs-'))!);
    // A link to a cache file elsewhere, as another user could plant one in a folder of theirs.
    const elsewhere = join(temp, 'planted.bin');
    copyFileSync(main, elsewhere);
    unlinkSync(main);
    symlinkSync(elsewhere, main);
    expect(runIn(temp, explain)).toEqual(clean);
    expect(lstatSync(main).isSymbolicLink()).toBe(false);
    chmodSync(main, 0o666);
    expect(runIn(temp, explain)).toEqual(clean);
    expect(statSync(main).mode & 0o777).toBe(0o600);
  });

  it('does not wait on a FIFO planted under the cache\'s name (as another user can in a folder of theirs in /tmp)', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const clean = runIn(temp, explain);
    const folder = join(temp, folderName);
    const main = join(folder, readdirSync(folder).find((name) => name.startsWith('main.cjs-'))!);
    unlinkSync(main);
    execFileSync('mkfifo', ['-m', '600', main]);
    // Opening a FIFO to read blocks until someone writes to it: the run is stopped if it hangs there.
    const env = { ...process.env, CI: '1', NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', ...PINNED_LOCALE, TMPDIR: temp, TMP: temp, TEMP: temp };
    const result = spawnSync(process.execPath, [cli, ...explain], { cwd: root, env, input: '', encoding: 'utf8', timeout: 30_000 });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual(clean);
  });

  it('survives a damaged cache file, and replaces it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const clean = runIn(temp, explain);
    const folder = join(temp, folderName);
    const main = readdirSync(folder).find((name) => name.startsWith('main.cjs-'))!;
    writeFileSync(join(folder, main), 'not a code cache');
    expect(runIn(temp, explain)).toEqual(clean);
    expect(statSync(join(folder, main)).size).toBeGreaterThan(1000);
  });

  it('forgets the caches of builds unused for a month when it writes a new one, and keeps recent ones', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const folder = join(temp, folderName);
    mkdirSync(folder, { mode: 0o700 });
    const old = join(folder, 'main.cjs-0000000000000000-v20.0.0-x64.bin');
    const recent = join(folder, 'main.cjs-1111111111111111-v20.0.0-x64.bin');
    writeFileSync(old, 'an old build');
    writeFileSync(recent, 'another build, used last week');
    const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(old, fortyDaysAgo, fortyDaysAgo);
    expect(runIn(temp, explain).status).toBe(0);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it('runs the search once however many unknown codes explain answers', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const codes = Array.from({ length: 12 }, (_, i) => `Unknown${i}Thing`);
    const first = runIn(temp, ['explain', ...codes]);
    expect(first.stderr).toBe('');
    expect(first.stdout.match(/is not in the error-code catalogue/g)).toHaveLength(12);
    expect(runIn(temp, ['explain', ...codes])).toEqual(first);
  });

  it('renews the time of a cache it uses, so a build in use is not taken for an old one', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    runIn(temp, explain);
    const folder = join(temp, folderName);
    const main = join(folder, readdirSync(folder).find((name) => name.startsWith('main.cjs-'))!);
    const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(main, fortyDaysAgo, fortyDaysAgo);
    runIn(temp, explain);
    expect(statSync(main).mtimeMs).toBeGreaterThan(Date.now() - 24 * 60 * 60 * 1000);
  });

  it('where user ids cannot be checked (Windows), keeps it in the user\'s LOCALAPPDATA, never in the shared temporary folder', () => {
    const noUserIds = ['--require', `${process.cwd()}/test/fixtures/launcher/no-user-ids.cjs`];
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    const appData = join(temp, 'appdata');
    expect(runIn(temp, explain, { LOCALAPPDATA: appData }, noUserIds).status).toBe(0);
    expect(readdirSync(join(appData, 'provision-doctor', 'cache')).some((name) => name.startsWith('main.cjs-'))).toBe(true);
    expect(readdirSync(temp)).toEqual(['appdata']);
    const bare = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    expect(runIn(bare, explain, {}, noUserIds).status).toBe(0);
    expect(readdirSync(bare)).toEqual([]);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, as Node has it', () => {
    const temp = mkdtempSync(join(tmpdir(), 'pd-cache-'));
    expect(runIn(temp, explain, { NODE_DISABLE_COMPILE_CACHE: '1' }).status).toBe(0);
    expect(existsSync(join(temp, folderName))).toBe(false);
  });
});
