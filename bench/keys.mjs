#!/usr/bin/env node
// Keystroke to frame: the wizard on the built-in content in a pseudo-terminal (`script`), one key
// at a time, timed from the write of the key to the end of the frame it causes (Ink ends each
// frame with the end of a synchronized update, ESC[?2026l). Several runs; the median of their
// p50 and p95 is printed against the target (p95 <= 16 ms).
// Usage: npm run build && node bench/keys.mjs [--runs 5] [--keys 120]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = process.env.BENCH_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args[args.indexOf(name) + 1]) || fallback;
const runs = option('--runs', 5);
const perRun = option('--keys', 120);
const env = { ...process.env, NO_COLOR: '1', COLUMNS: '100', LINES: '30' };
delete env.NODE_EXTRA_CA_CERTS;

const FRAME_END = '\u001B[?2026l';
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
const median = (xs) => percentile(xs, 50);

const DOWN = '\u001B[B';
const UP = '\u001B[A';
const ESC = '\u001B';
const BACKSPACE = '\u007F';
const keys = (label, list) => list.map((key) => ({ label, key }));

/**
 * The keys an admin presses on the way through, each a move that redraws: the answer list on
 * the first screen (with the arrows: letters type there), the next question's list (with j/k),
 * a sentence typed into the error-code field, a description typed on the first screen, and
 * typing into search. Tab opens the first
 * screen's field, as a first letter does, so that builds from before letters typed there
 * run the same keys.
 */
const SCRIPT = [
  ...keys('first list', [DOWN, DOWN, DOWN, DOWN, UP, UP, UP, UP]),
  // No users show up: Down and Enter, as a digit on the first screen waits a moment for more digits.
  ...keys('first list', [DOWN]),
  ...keys('choose', ['\r']),
  ...keys('second list', ['j', 'j', 'k', 'k']),
  // A sentence in the error-code field: no code matches, so each key also asks where Enter goes.
  ...keys('code field', ['e', ...'job in quarantine'.split(''), ...Array(17).fill(BACKSPACE)]),
  ...keys('back', [ESC]),
  ...keys('back', [ESC]),
  ...keys('describe field', ['\t', ...'sync stopped'.split(''), ...Array(12).fill(BACKSPACE)]),
  ...keys('back', [ESC]),
  ...keys('search field', ['/', ...'quarantine'.split(''), ...Array(10).fill(BACKSPACE)]),
  ...keys('back', [ESC]),
];

function oneRun() {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', `stty rows 30 cols 100; ${process.execPath} ${process.env.BENCH_NODE_ARGS ?? ""} ${root}dist/cli.cjs`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const times = [];
    let missed = 0;
    let timer;
    let pending = null;
    let current = '';
    const byKey = new Map();
    let started = false;
    let sent = 0;
    let buffer = '';
    const next = () => {
      if (sent >= perRun) {
        child.stdin.write('\u0003');
        return;
      }
      const { label, key } = SCRIPT[sent % SCRIPT.length];
      current = label;
      sent++;
      // A lone Esc waits a turn in Ink in case a sequence follows; it is timed like any key.
      pending = process.hrtime.bigint();
      child.stdin.write(key);
      // A key that changes nothing draws no frame: counted, and the next one sent.
      timer = setTimeout(() => {
        missed++;
        pending = null;
        next();
      }, 1000);
    };
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      if (!buffer.includes(FRAME_END)) return;
      buffer = '';
      if (!started) {
        started = true;
        // As an admin reads the first screen before the first key.
        setTimeout(next, 1000);
        return;
      }
      if (pending !== null) {
        clearTimeout(timer);
        const ms = Number(process.hrtime.bigint() - pending) / 1e6;
        times.push(ms);
        byKey.set(current, [...(byKey.get(current) ?? []), ms]);
        pending = null;
        // A pause between keys, as a fast typist leaves: each frame is timed alone.
        setTimeout(next, 20);
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      if (process.env.BENCH_DEBUG) for (const [k, v] of byKey) console.error(`  ${k}: n=${v.length} p50 ${percentile(v, 50).toFixed(1)} max ${Math.max(...v).toFixed(1)}`);
      resolve(Object.assign(times, { missed }));
    });
  });
}

const p50s = [];
const p95s = [];
for (let i = 0; i < runs; i++) {
  const times = await oneRun();
  p50s.push(percentile(times, 50));
  p95s.push(percentile(times, 95));
  console.log(`run ${i + 1}: ${times.length} keys (${times.missed} drew nothing), p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
}
const p95 = median(p95s);
console.log(`keystroke to frame (median of ${runs} runs): p50 ${median(p50s).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; target p95 <= 16 ms: ${p95 <= 16 ? 'ok' : 'MISSED'}`);
