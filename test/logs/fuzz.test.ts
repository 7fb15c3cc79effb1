import { describe, expect, it } from 'vitest';
import { analyse, fixture } from './helpers.js';

// Deterministic mutations of real fixtures: whatever the bytes, the analyser returns a
// report, and every record it could not read shows up as a problem.
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

const NOISE = ['"', '\\', '{', '}', '[', ']', ',', '\n', '\r', ';', '\u0000', '\u001b[2J', '\uFEFF', 'é', '😀'];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * out.length);
    const kind = random();
    if (kind < 0.4) out = out.slice(0, at) + NOISE[Math.floor(random() * NOISE.length)] + out.slice(at);
    else if (kind < 0.7) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 40));
    else if (kind < 0.85) out = out.slice(0, at);
    else out = out.slice(0, at) + out.slice(at).replace(/[0-9]/, 'x');
  }
  return out;
}

describe('fuzz: mutated fixtures', () => {
  const names = ['portal-download.json', 'graph-pages/page-1.json', 'azure-monitor.jsonl', 'log-analytics.json', 'log-analytics.csv', 'portal-csv/ProvisioningLogs.csv', 'provision-on-demand.json'];
  for (const name of names) {
    it(`never throws on ${name}, and what it cannot read is reported`, () => {
      const original = fixture(name).toString();
      const clean = analyse({ [name]: original }).summary.recordsRead;
      const random = rng(name.length * 7919);
      for (let round = 0; round < 60; round++) {
        const text = mutate(original, random);
        const chunkSize = 1 + Math.floor(random() * 200);
        const report = analyse({ [name]: text }, { chunkSize });
        expect(report.summary.recordsRead).toBeLessThanOrEqual(clean + 5);
        // Fewer events than the clean file means something was unreadable, and said so
        // (a cut that falls between records loses them without a broken one: the total then shrinks with the text).
        if (report.summary.recordsRead < clean && text.length >= original.length - 40) {
          expect(report.problems.length + report.problemsNotShown, `round ${round}`).toBeGreaterThan(0);
        }
      }
    });
  }

  it('reports unreadable bytes instead of throwing', () => {
    const random = rng(42);
    const bytes = Buffer.from(Array.from({ length: 5000 }, () => Math.floor(random() * 256)));
    for (const head of ['[', '{', 'Date,Status\n', '']) {
      const report = analyse({ 'noise.bin': Buffer.concat([Buffer.from(head), bytes]) }, { chunkSize: 333 });
      expect(report.problems.length).toBeGreaterThan(0);
    }
  });
});
