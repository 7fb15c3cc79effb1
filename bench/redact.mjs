#!/usr/bin/env node
// Cost of --redact: `analyze --json` with and without it on the inputs that made the old
// redactor quadratic (a log where every failure has its own code, one huge reason text)
// and on a log of failures only (every event's identity is remembered), as the median
// ratio of several rounds, in wall time and (where /usr/bin/time exists) in CPU time, with
// peak RSS. On a shared machine the wall time of the same run varies by half; the CPU time
// (user + system) of the process is the steadier measure of the work --redact adds.
// Usage: npm run build && node bench/redact.mjs [--runs 7] [--mb 5] [--reason-mb 2]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option('--runs', 7);
const logMB = option('--mb', 5);
const reasonMB = option('--reason-mb', 2);
const cli = join(root, 'dist/cli.cjs');
if (!existsSync(cli)) throw new Error('missing dist/cli.cjs: run npm run build first');
// Measured as an admin runs it: no extra CA bundle to load.
const env = { ...process.env, CI: 'true', NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
const hasTime = existsSync('/usr/bin/time');
const dir = join(root, '.bench/redact');
mkdirSync(dir, { recursive: true });

/** A failure as the review's gen.py writes it: the reason names the user's address. */
function record(i, code) {
  const n = String(i).padStart(12, '0');
  return JSON.stringify({
    id: `eeeeeeee-0000-0000-0000-${n}`,
    activityDateTime: `2024-05-01T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
    cycleId: 'cccccccc-0000-0000-0000-000000000001',
    changeId: `dddddddd-0000-0000-0000-${n}`,
    provisioningAction: 'create',
    provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: code, errorCategory: 'failure', reason: `The value user${i}@contoso.com of userName is already used by another user.` } },
    provisioningSteps: [{ name: 'EntryImport', provisioningStepType: 'import', status: 'success', description: `Retrieved User 'user${i}@contoso.com' from Microsoft Entra ID`, details: { UPN: `user${i}@contoso.com` } }],
    modifiedProperties: [{ displayName: 'userName', oldValue: null, newValue: `user${i}@contoso.com` }],
    servicePrincipal: { id: '11111111-2222-3333-4444-555555555555', displayName: 'Contoso HR' },
    sourceIdentity: { id: `aaaaaaaa-0000-0000-0000-${n}`, displayName: `User Number ${i}`, identityType: 'User', details: {} },
    targetIdentity: { id: `t-${i}`, displayName: '', identityType: 'User', details: {} },
  });
}

function writeLog(name, codeOf) {
  const path = join(dir, name);
  const parts = [];
  let size = 0;
  for (let i = 0; size < logMB * 1e6; i++) {
    const text = record(i, codeOf(i));
    parts.push(text);
    size += text.length + 2;
  }
  writeFileSync(path, `[${parts.join(',\n')}]\n`);
  return { path, events: parts.length };
}

const manyCodes = writeLog('many-codes.json', (i) => `AppSpecificError${i}`);
const allFailures = writeLog('all-failures.json', () => 'EntryConflict');
const reasonPath = join(dir, 'long-reason.json');
writeFileSync(reasonPath, JSON.stringify([{ activityDateTime: '2024-05-01T10:00:00Z', changeId: 'c', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'X', reason: 'a.'.repeat(reasonMB * 5e5) } } }]));

function once(file, redact) {
  const argv = [process.execPath, cli, 'analyze', file, '--json', ...(redact ? ['--redact'] : [])];
  const cmd = hasTime ? ['/usr/bin/time', '-f', '@@%e %U %S %M', ...argv] : argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { s: wall, cpu: m ? Number(m[2]) + Number(m[3]) : NaN, rssMB: m ? Number(m[4]) / 1024 : NaN };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const inputs = [
  [`many codes, ${logMB} MB (${manyCodes.events} events, a code each)`, manyCodes.path],
  [`failures only, ${logMB} MB (${allFailures.events} events, one code)`, allFailures.path],
  [`one reason of ${reasonMB} MB`, reasonPath],
];
const rows = [];
let worstWall = 0;
let worstCpu = 0;
for (const [name, file] of inputs) {
  const plain = [];
  const redacted = [];
  // Alternated within each round, so a change in the shared machine's load falls on both alike.
  for (let i = 0; i < runs; i++) {
    plain.push(once(file, false));
    redacted.push(once(file, true));
  }
  const ratio = median(redacted.map((r, i) => r.s / plain[i].s));
  const cpuRatio = median(redacted.map((r, i) => r.cpu / plain[i].cpu));
  worstWall = Math.max(worstWall, ratio);
  worstCpu = Math.max(worstCpu, cpuRatio);
  rows.push({
    input: name,
    'wall s without / with': `${median(plain.map((r) => r.s)).toFixed(2)} / ${median(redacted.map((r) => r.s)).toFixed(2)}`,
    'wall ratio': ratio.toFixed(2),
    'CPU s without / with': hasTime ? `${median(plain.map((r) => r.cpu)).toFixed(2)} / ${median(redacted.map((r) => r.cpu)).toFixed(2)}` : 'n/a',
    'CPU ratio': hasTime ? cpuRatio.toFixed(2) : 'n/a',
    'peak RSS MB (without / with)': hasTime ? `${Math.max(...plain.map((r) => r.rssMB)).toFixed(0)} / ${Math.max(...redacted.map((r) => r.rssMB)).toFixed(0)}` : 'n/a',
  });
}
console.log(`analyze --json with and without --redact, medians of ${runs} rounds (Node ${process.version})`);
console.table(rows);
const check = (label, worst) => console.log(`${worst <= 1.5 ? 'ok  ' : 'MISS'} --redact / without, ${label}: worst median ratio ${worst.toFixed(2)} (target <= 1.5)`);
check('wall time', worstWall);
if (hasTime) check('CPU time', worstCpu);
