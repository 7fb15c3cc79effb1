// Benchmark of `provision-doctor analyze` on the synthetic logs of generate.mjs.
// Compares with JSON.parse of the whole file, jq grouping by error code, and
// papaparse's bare parse of the CSV; medians of several runs, peak RSS per child.
// Usage: npm run build && node bench/logs/generate.mjs && node bench/logs/run.mjs [runs]
// --big also measures analyze on the ~1 GB JSON of `generate.mjs --big` (time, peak RSS);
// nothing else reads a file that size in one piece (JSON.parse stops at about 512 MiB).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const big = process.argv.includes('--big');
const runs = Number(process.argv.slice(2).find((a) => a !== '--big') ?? 3);
const root = new URL('../../', import.meta.url).pathname;
const json = `${root}.bench/logs/events.json`;
const csv = `${root}.bench/logs/events.csv`;
const bigJson = `${root}.bench/logs/events-1gb.json`;
for (const file of [json, csv, `${root}dist/cli.cjs`, ...(big ? [bigJson] : [])]) {
  if (!existsSync(file)) throw new Error(`missing ${file}: run npm run build and node bench/logs/generate.mjs${file === bigJson ? ' --big' : ''} first`);
}
// Measured as an admin runs it: no extra CA bundle to load.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const hasTime = existsSync('/usr/bin/time');
const hasJq = spawnSync('jq', ['--version']).status === 0;

const node = process.execPath;
// The built-in catalogue, as admins run it (--content would add YAML parsing and validation).
const analyze = (file) => [node, `${root}dist/cli.cjs`, 'analyze', file, '--json'];
const wholeParse = [node, '-e', `const d=JSON.parse(require('fs').readFileSync(${JSON.stringify(json)},'utf8'));const m=new Map();for(const e of d){const c=e.provisioningStatusInfo?.errorInformation?.errorCode;if(c)m.set(c,(m.get(c)||0)+1)}console.log(m.size)`];
const papa = [node, '-e', `const P=require(${JSON.stringify(`${root}node_modules/papaparse`)});let n=0;P.parse(require('fs').createReadStream(${JSON.stringify(csv)}),{step(){n++},complete(){console.log(n)}})`];
const jq = ['jq', '-c', '[.[] | select(.provisioningStatusInfo.status == "failure") | .provisioningStatusInfo.errorInformation.errorCode] | group_by(.) | map({code: .[0], count: length})', json];

function once(argv) {
  const cmd = hasTime ? ['/usr/bin/time', '-f', '@@%e %M', ...argv] : argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { env, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  const m = /@@([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { s: m ? Number(m[1]) : wall, rssMB: m ? Number(m[2]) / 1024 : NaN };
}

/**
 * Runs the commands in rounds, each once per round, so that a change in the machine's
 * load (it is shared) falls on all of them alike and the ratios stay fair.
 */
function measureAll(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((argv, j) => samples[j].push(once(argv)));
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return samples.map((list) => ({
    s: median(list.map((x) => x.s)),
    rssMB: Math.max(...list.map((x) => x.rssMB)),
    all: list.map((x) => x.s),
  }));
}

const mb = (file) => statSync(file).size / 1e6;
const rows = [];
const row = (name, file, result) => rows.push({ name, s: result.s, 'MB/s': mb(file) / result.s, 'peak RSS MB': result.rssMB, runs: result.all.map((x) => x.toFixed(2)).join(' ') });

const commands = {
  'analyze events.json': [json, analyze(json)],
  'JSON.parse whole file + count': [json, wholeParse],
  ...(hasJq ? { 'jq group_by error code': [json, jq] } : {}),
  'analyze events.csv': [csv, analyze(csv)],
  'papaparse bare parse (stream, step)': [csv, papa],
  ...(big ? { 'analyze events-1gb.json': [bigJson, analyze(bigJson)] } : {}),
};
const results = measureAll(Object.values(commands).map(([, argv]) => argv));
const result = {};
Object.entries(commands).forEach(([name, [file]], i) => {
  result[name] = results[i];
  row(name, file, results[i]);
});
const ours = result['analyze events.json'];
const parse = result['JSON.parse whole file + count'];
const jqResult = result['jq group_by error code'];
const oursCsv = result['analyze events.csv'];
const papaResult = result['papaparse bare parse (stream, step)'];
const oursBig = result['analyze events-1gb.json'];

console.log(`JSON ${mb(json).toFixed(0)} MB, CSV ${mb(csv).toFixed(0)} MB${big ? `, big JSON ${mb(bigJson).toFixed(0)} MB` : ''}, medians of ${runs} rounds (Node ${process.version})`);
console.table(rows.map((r) => ({ ...r, s: r.s.toFixed(2), 'MB/s': r['MB/s'].toFixed(0), 'peak RSS MB': Number.isNaN(r['peak RSS MB']) ? 'n/a' : r['peak RSS MB'].toFixed(0) })));
const check = (label, value, target, ok) => console.log(`${ok ? 'ok  ' : 'MISS'} ${label}: ${value} (target ${target})`);
check('analyze / whole-file JSON.parse', (ours.s / parse.s).toFixed(2), '<= 0.75', ours.s / parse.s <= 0.75);
if (jqResult) check('jq / analyze', (jqResult.s / ours.s).toFixed(1), '>= 4', jqResult.s / ours.s >= 4);
else console.log('jq not installed: skipped (apt-get install -y jq)');
check('peak RSS of analyze (JSON)', `${ours.rssMB.toFixed(0)} MB`, '< 150 MB', !(ours.rssMB >= 150));
check('analyze CSV / papaparse bare parse', (oursCsv.s / papaResult.s).toFixed(2), '<= 1.2', oursCsv.s / papaResult.s <= 1.2);
check('peak RSS of analyze (CSV)', `${oursCsv.rssMB.toFixed(0)} MB`, '< 150 MB', !(oursCsv.rssMB >= 150));
if (oursBig) check('peak RSS of analyze (1 GB JSON)', `${oursBig.rssMB.toFixed(0)} MB`, '< 150 MB', !(oursBig.rssMB >= 150));
else console.log('1 GB JSON: skipped (node bench/logs/generate.mjs --big, then run.mjs --big)');
