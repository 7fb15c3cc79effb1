// Time from spawn to the wizard's first frame, in a real pseudo-terminal (`script`),
// against `node -e 0` started the same way. Usage: node bench/wizard-first-frame.mjs [runs]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const env = { ...process.env, COLUMNS: '100', LINES: '30', TERM: 'xterm-256color' };
delete env.NODE_EXTRA_CA_CERTS;

/** Resolves with the milliseconds until `until` appears in the output (or the process ends). */
function time(command, until) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
    let seen = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - started) / 1e6);
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString('utf8');
      if (until && seen.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '').includes(until)) finish();
    });
    child.on('exit', () => (until && !done ? reject(new Error(`no "${until}" in: ${seen.slice(0, 400)}`)) : finish()));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = [];
const wizard = [];
const pty = [];
for (let i = 0; i < runs; i++) {
  pty.push(await time('true'));
  baseline.push(await time(`${process.execPath} -e 0`));
  wizard.push(await time(`${process.execPath} dist/cli.cjs`, 'q quit'));
}
const b = median(baseline);
const w = median(wizard);
// `script` itself costs time; the second ratio takes it out of both sides.
const p = median(pty);
console.log(`pty alone: ${p.toFixed(1)} ms, node -e 0: ${b.toFixed(1)} ms, wizard first frame: ${w.toFixed(1)} ms (medians of ${runs})`);
console.log(`ratio ${(w / b).toFixed(2)}; without the pty's own cost ${((w - p) / (b - p)).toFixed(2)}`);
