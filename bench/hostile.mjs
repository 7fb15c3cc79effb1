#!/usr/bin/env node
// The big hostile inputs of the hostile-input review, generated into .bench/hostile/ and
// read by `analyze` (text and --json), each with its peak RSS and time; then --redact
// against the same run without it. Target: peak RSS at most 150 MB for every input.
// Not run in CI (it writes about 700 MB and runs for minutes).
// Usage: npm run build && node bench/hostile.mjs [--scale 0.25] [--keep]
//   --scale shrinks the generated sizes (1: the review's sizes); --keep reuses files already generated.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1]) || 1;
const keep = args.includes('--keep');
const root = new URL('../', import.meta.url).pathname;
const dir = join(root, '.bench/hostile');
const cli = join(root, 'dist/cli.cjs');
if (!existsSync(cli)) throw new Error('run npm run build first');
if (!existsSync('/usr/bin/time')) throw new Error('needs /usr/bin/time (GNU time) for peak RSS');
mkdirSync(dir, { recursive: true });
const MB = 1 << 20;

/** Writes a file from pieces, without holding it in memory. */
function write(name, pieces) {
  const path = join(dir, name);
  if (keep && existsSync(path)) return path;
  const fd = openSync(path, 'w');
  try {
    for (const piece of pieces()) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  return path;
}

/** An event as the portal writes it, as in the review's gen.py. */
function event(i, status, code) {
  const info = status === 'success' ? { status } : { status, errorInformation: { errorCode: code, errorCategory: 'failure', reason: `The value user${i}@contoso.com of userName is already used by another user.` } };
  return JSON.stringify({
    id: `eeeeeeee-0000-0000-0000-${String(i).padStart(12, '0')}`,
    activityDateTime: `2024-05-01T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}Z`,
    cycleId: 'cccccccc-0000-0000-0000-000000000001',
    changeId: `dddddddd-0000-0000-0000-${String(i).padStart(12, '0')}`,
    provisioningAction: 'create',
    provisioningStatusInfo: info,
    provisioningSteps: [{ name: 'EntryImport', status: 'success', description: `Retrieved User 'user${i}@contoso.com' from Microsoft Entra ID`, details: { UPN: `user${i}@contoso.com` } }],
    servicePrincipal: { id: '11111111-2222-3333-4444-555555555555', displayName: 'Contoso HR' },
    sourceIdentity: { id: `aaaaaaaa-0000-0000-0000-${String(i).padStart(12, '0')}`, displayName: `User Number ${i}`, identityType: 'User', details: {} },
  });
}

/** A JSON array of events of about `bytes`, each made by `make(i)`. */
function* events(bytes, make) {
  yield '[';
  for (let i = 0, n = 0; n < bytes; i++) {
    const text = (i ? ',\n' : '') + make(i);
    n += text.length;
    yield text;
  }
  yield ']\n';
}

const good = event(1, 'failure', 'EntryConflict');
const inputs = [
  ['many distinct codes', write(`codes-${scale}.json`, () => events(200 * MB * scale, (i) => event(i, 'failure', `AppSpecificError${i}`)))],
  [
    'one 400 MB reason',
    write(`one-record-${scale}.json`, function* () {
      yield `[{"activityDateTime":"2024-05-01T10:00:00Z","changeId":"x","provisioningStatusInfo":{"status":"failure","errorInformation":{"errorCode":"Big","reason":"`;
      const block = 'A'.repeat(MB);
      for (let k = 0; k < 400 * scale; k++) yield block;
      yield `"}}},${good}]`;
    }),
  ],
  [
    'a record that never closes',
    write(`never-closes-${scale}.json`, function* () {
      yield `[${good},{"a":"`;
      const block = 'B'.repeat(MB);
      for (let k = 0; k < 300 * scale; k++) yield block;
    }),
  ],
  ['100,000 nested lists', write('deep.json', function* () {
    yield `[{"changeId":"x","provisioningStatusInfo":${'['.repeat(100_000)}{}${']'.repeat(100_000)}},${good}]`;
  })],
  ['CSV line with no break', write(`csv-line-${scale}.csv`, function* () {
    yield 'Date,Status,Action,Error Code,Reason\n2024-05-01T10:00:00Z,failure,create,Long,';
    const block = 'B'.repeat(MB);
    for (let k = 0; k < 300 * scale; k++) yield block;
    yield '\n2024-05-01T10:00:01Z,failure,create,After,why\n';
  })],
  ['folder with 6 links back up', fanFolder()],
];

function fanFolder() {
  const fan = join(dir, 'fan');
  rmSync(fan, { recursive: true, force: true });
  mkdirSync(fan);
  write('fan/log.json', () => events(MB, (i) => event(i, i % 10 ? 'success' : 'failure', 'EntryConflict')));
  for (let k = 1; k <= 6; k++) symlinkSync('.', join(fan, `l${k}`));
  return fan;
}

function measure(path, flags) {
  const env = { ...process.env, CI: 'true' };
  delete env.NODE_EXTRA_CA_CERTS;
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %M', process.execPath, cli, 'analyze', path, ...flags], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 900_000 });
  const m = /@@([\d.]+) (\d+)/.exec(r.stderr ?? '');
  const trace = /\n\s+at /.test(r.stderr ?? '');
  return { s: m ? Number(m[1]) : NaN, mb: m ? Number(m[2]) / 1024 : NaN, exit: r.status ?? 'killed', trace };
}

const rows = [];
for (const [label, path] of inputs) {
  for (const flags of [[], ['--json']]) {
    const r = measure(path, flags);
    rows.push([label, flags.join(' ') || 'text', r.s.toFixed(2), r.mb.toFixed(0), String(r.exit), r.trace ? 'STACK TRACE' : '', r.mb <= 150 ? 'ok' : 'OVER']);
  }
}
const table = (header, body) => {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  for (const row of [header, ...body]) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
};
console.log(`scale ${scale} (1 = the review's sizes)\n`);
table(['input', 'output', 'seconds', 'peak MB', 'exit', 'trace', '<=150 MB'], rows);

// --redact on the same inputs as without it.
const redactRows = [];
for (const [label, path] of [inputs[0], inputs[5]]) {
  const plain = measure(path, ['--json']);
  const redacted = measure(path, ['--json', '--redact']);
  redactRows.push([label, plain.s.toFixed(2), redacted.s.toFixed(2), (redacted.s / plain.s).toFixed(2), redacted.mb.toFixed(0)]);
}
console.log('');
table(['--redact', 'without s', 'with s', 'ratio', 'peak MB'], redactRows);
