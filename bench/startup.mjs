#!/usr/bin/env node
// Start-up benchmark: time from process start to the first output of each mode,
// as a median ratio against `node -e 0` measured in the same run, plus package sizes
// and a cold `npx` against a one-file package.
// Usage: npm run build && node bench/startup.mjs [--runs 15] [--no-npx]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
// Users do not have this machine's extra CA bundle; it alone makes node start ~3x slower.
const env = { ...process.env, NO_COLOR: '1', CI: '' };
delete env.NODE_EXTRA_CA_CERTS;
delete env.CI;

const cli = join(root, 'dist/cli.cjs');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `argv` until `ready(output)` is true (or it exits), returning milliseconds. */
function timeTo(argv, ready = () => false) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (ready(output)) finish();
    });
    child.on('error', reject);
    child.on('exit', finish);
  });
}

async function measure(name, argv, ready) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await timeTo(argv, ready));
  return { name, ms: median(times) };
}

// The wizard needs a terminal: `script` gives it a pseudo-terminal. The same
// wrapper runs the baseline, so the ratio compares like with like; `script` running
// `true` gives the wrapper's own cost, taken out of both sides in the second ratio.
const inPty = (command) => ['script', '-qfec', command, '/dev/null'];
// The footer is the last line of the first frame.
const firstFrame = (out) => out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes('q quit');

const results = [];
const baseline = await measure('node -e 0', [process.execPath, '-e', '0']);
const baselinePty = await measure('node -e 0 (in a pty)', inPty(`${process.execPath} -e 0`));
const ptyAlone = await measure('true (in a pty)', inPty('true'));
results.push(await measure('--version', [process.execPath, cli, '--version']));
results.push(await measure('explain EntryConflict', [process.execPath, cli, 'explain', 'EntryConflict']));
const wizard = await measure('wizard first frame (pty)', inPty(`${process.execPath} ${cli}`), firstFrame);

console.log(`runs per figure: ${runs} (median), NODE_EXTRA_CA_CERTS unset, Node ${process.versions.node}`);
console.log(`baseline node -e 0: ${baseline.ms.toFixed(1)} ms; in a pty: ${baselinePty.ms.toFixed(1)} ms; the pty alone: ${ptyAlone.ms.toFixed(1)} ms`);
for (const r of results) console.log(`${r.name.padEnd(28)} ${r.ms.toFixed(1).padStart(7)} ms  ${(r.ms / baseline.ms).toFixed(2)}x node -e 0`);
const withoutPty = (wizard.ms - ptyAlone.ms) / (baselinePty.ms - ptyAlone.ms);
console.log(`${wizard.name.padEnd(28)} ${wizard.ms.toFixed(1).padStart(7)} ms  ${(wizard.ms / baselinePty.ms).toFixed(2)}x node -e 0 (both in a pty); ${withoutPty.toFixed(2)}x without the pty's own cost`);

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
