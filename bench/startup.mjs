#!/usr/bin/env node
// Start-up benchmark: time from process start to the first output of each mode (and of a
// search for a sentence), with the launcher's code cache and without it (a build's first
// start), as a median ratio against `node -e 0` measured in the same run, plus package sizes
// and a cold `npx` against a one-file package.
// Usage: npm run build && node bench/startup.mjs [--runs 15] [--no-npx]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
// Users do not have this machine's extra CA bundle; it alone makes node start ~3x slower.
const baseEnv = { ...process.env, NO_COLOR: '1', CI: '' };
delete baseEnv.NODE_EXTRA_CA_CERTS;
delete baseEnv.CI;
delete baseEnv.NODE_DISABLE_COMPILE_CACHE;
// A code cache of the bench's own: each command's is written by its first run here, as a user's is
// by their first run of it. One written by another run (a test with --content, an unknown code)
// holds other code, and would make the figures depend on what ran before.
const cacheHome = mkdtempSync(join(tmpdir(), 'pd-bench-cache-'));
Object.assign(baseEnv, { TMPDIR: cacheHome, TMP: cacheHome, TEMP: cacheHome });
const env = baseEnv;
// The launcher's code cache makes every start after the first faster; the first start of a
// build (or of a new Node version) compiles everything, as every start does without the cache.
const noCache = { NODE_DISABLE_COMPILE_CACHE: '1' };

const cli = join(root, 'dist/cli.cjs');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `argv` until `ready(output)` is true (or it exits), returning milliseconds. */
/**
 * Runs `argv` until `ready(output)` is true (or until it exits) and returns the milliseconds to
 * that point; it resolves only once the process is gone, so that a process still exiting
 * never runs alongside the next measurement.
 */
function timeTo(argv, ready, extraEnv = {}) {
  const env = { ...baseEnv, ...extraEnv };
  // Without a point to wait for, the whole run is timed synchronously: the least overhead.
  if (!ready) {
    const started = process.hrtime.bigint();
    const run = spawnSync(argv[0], argv.slice(1), { env, stdio: 'ignore' });
    if (run.error) throw run.error;
    return Promise.resolve(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let elapsed;
    // A frame that never comes (a footer this script does not know) fails the run instead of hanging it.
    const giveUp = setTimeout(() => child.kill(), 10_000);
    child.on('close', () => clearTimeout(giveUp));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (elapsed === undefined && ready(output)) {
        elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        // Quit the wizard as an admin would (Ctrl+C: on the first screen q types): killing
        // `script` would leave it running in its own session, competing with the next measurement.
        child.stdin.write('\u0003');
      }
    });
    child.on('error', reject);
    child.on('close', () => (elapsed === undefined ? reject(new Error(`never ready: ${argv.join(' ')}`)) : resolve(elapsed)));
  });
}

/**
 * Each command once per round, for `runs` rounds: a change in the shared machine's load
 * then falls on the baseline and the command alike, and the ratios stay fair. A first round,
 * not counted, writes the code caches.
 */
async function measureAll(commands) {
  for (const { argv, ready, env: extra } of commands) await timeTo(argv, ready, extra);
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [j, { argv, ready, env: extra }] of commands.entries()) times[j].push(await timeTo(argv, ready, extra));
  }
  return commands.map(({ name }, j) => ({ name, ms: median(times[j]) }));
}

// The wizard needs a terminal: `script` gives it a pseudo-terminal. The same wrapper
// runs the baseline, so the ratio compares like with like; `script` running `true`
// shows what the wrapper itself costs.
const inPty = (command) => ['script', '-qfec', command, '/dev/null'];
// The footer is the last line of the first frame ("Ctrl+C quit" there; "q quit" in older builds).
const firstFrame = (out) => /\bq quit|Ctrl\+C quit/.test(out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''));

const [baseline, baselinePty, ptyAlone, ...measured] = await measureAll([
  { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  { name: 'node -e 0 (in a pty)', argv: inPty(`${process.execPath} -e 0`) },
  { name: 'true (in a pty)', argv: inPty('true') },
  { name: '--version', argv: [process.execPath, cli, '--version'] },
  { name: 'explain EntryConflict', argv: [process.execPath, cli, 'explain', 'EntryConflict'] },
  { name: 'search <sentence>', argv: [process.execPath, cli, 'search', 'our', 'secret', 'token', 'expired', 'and', 'users', 'are', 'not', 'created'] },
  { name: 'explain, no code cache', argv: [process.execPath, cli, 'explain', 'EntryConflict'], env: noCache },
  { name: 'search, no code cache', argv: [process.execPath, cli, 'search', 'our', 'secret', 'token', 'expired', 'and', 'users', 'are', 'not', 'created'], env: noCache },
  { name: 'wizard first frame (pty)', argv: inPty(`${process.execPath} ${cli}`), ready: firstFrame },
  { name: 'first frame, no code cache', argv: inPty(`${process.execPath} ${cli}`), ready: firstFrame, env: noCache },
]);
const wizards = measured.splice(-2);
const results = measured;

console.log(`rounds: ${runs} (medians), NODE_EXTRA_CA_CERTS unset, Node ${process.versions.node}`);
console.log(`baseline node -e 0: ${baseline.ms.toFixed(1)} ms; in a pty: ${baselinePty.ms.toFixed(1)} ms; the pty alone: ${ptyAlone.ms.toFixed(1)} ms`);
for (const r of results) console.log(`${r.name.padEnd(28)} ${r.ms.toFixed(1).padStart(7)} ms  ${(r.ms / baseline.ms).toFixed(2)}x node -e 0`);
for (const wizard of wizards) console.log(`${wizard.name.padEnd(28)} ${wizard.ms.toFixed(1).padStart(7)} ms  ${(wizard.ms / baselinePty.ms).toFixed(2)}x node -e 0 (both in a pty)`);

const du = (path) => {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0) : s.size;
};
const work = mkdtempSync(join(tmpdir(), 'pd-bench-'));
const tarball = join(work, execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1));
const install = join(work, 'install');
mkdirSync(install);
writeFileSync(join(install, 'package.json'), '{"name":"bench-install","private":true}');
execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--silent', tarball], { cwd: install, env });
console.log(`packed tarball: ${(statSync(tarball).size / 1024).toFixed(1)} KiB; npm install pulls in: ${(du(join(install, 'node_modules')) / 1024).toFixed(1)} KiB`);

if (!args.includes('--no-npx')) {
  // A one-file package of the same kind, as the floor for a cold npx.
  const oneFile = join(work, 'one-file');
  mkdirSync(oneFile);
  writeFileSync(join(oneFile, 'package.json'), JSON.stringify({ name: 'one-file-cli', version: '1.0.0', bin: { 'one-file-cli': 'cli.js' } }));
  writeFileSync(join(oneFile, 'cli.js'), '#!/usr/bin/env node\nconsole.log("1.0.0");\n');
  const oneFileTarball = join(work, execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: oneFile, encoding: 'utf8' }).trim());
  const coldNpx = (tgz, bin) => {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const cache = mkdtempSync(join(work, 'cache-'));
      const cwd = mkdtempSync(join(work, 'cwd-'));
      writeFileSync(join(cwd, 'package.json'), '{"name":"npx-cwd","private":true}');
      const started = process.hrtime.bigint();
      execFileSync('npx', ['--yes', '--cache', cache, '--package', tgz, bin, '--version'], { cwd, env, stdio: 'pipe' });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return median(times);
  };
  const ours = coldNpx(tarball, 'provision-doctor');
  const floor = coldNpx(oneFileTarball, 'one-file-cli');
  console.log(`cold npx --version: ${ours.toFixed(0)} ms vs one-file package ${floor.toFixed(0)} ms: ${(ours / floor).toFixed(2)}x`);
}
rmSync(work, { recursive: true, force: true });
rmSync(cacheHome, { recursive: true, force: true });
