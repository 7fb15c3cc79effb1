import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../src/content/load.js';
import { smallContent, writeContentDir } from './helpers/content.js';

const base = smallContent['main.yaml']!;
const lines = base.split('\n');

/** Small seeded generator, so a failing mutation can be reproduced from the test name. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: T[]): T => list[Math.floor(rand() * list.length)]!;
const lineIndexes = (pattern: RegExp) => lines.flatMap((line, i) => (pattern.test(line) ? [i] : []));
const withLine = (i: number, replacement: string[]) => [...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)].join('\n');

type Mutation = { name: string; alwaysBreaks: boolean; apply: (rand: () => number) => string };

const requiredKeys = lineIndexes(/^\s+(-\s+)?(kind|title|prompt|cause|label|next|code|category|meaning|url):/);
const textValues = lineIndexes(/^\s+(-\s+)?(title|prompt|cause|label|meaning):/);
const firstUnresolved = base.indexOf('  code-entry:\n');

const mutations: Mutation[] = [
  { name: 'delete a required key', alwaysBreaks: true, apply: (rand) => withLine(pick(rand, requiredKeys), []) },
  {
    name: 'give a text field the wrong type',
    alwaysBreaks: true,
    apply: (rand) => {
      const i = pick(rand, textValues);
      return withLine(i, [lines[i]!.replace(/:.*$/, `: ${pick(rand, ['42', '[1, 2]', '{ a: 1 }', 'true', 'null'])}`)]);
    },
  },
  {
    name: 'truncate before the last referenced node',
    alwaysBreaks: true,
    apply: (rand) => base.slice(0, 20 + Math.floor(rand() * (firstUnresolved - 20))),
  },
  {
    name: 'break the indentation of a line',
    alwaysBreaks: false,
    apply: (rand) => {
      const i = 1 + Math.floor(rand() * (lines.length - 2));
      const line = lines[i]!;
      return withLine(i, [rand() < 0.5 ? ` ${line}` : line.replace(/^ {1,3}/, '')]);
    },
  },
  {
    name: 'insert stray characters',
    alwaysBreaks: false,
    apply: (rand) => {
      const at = Math.floor(rand() * base.length);
      return base.slice(0, at) + pick(rand, [':', '- ', '"', '{', '\t', '&a ', '*b', '\u0000', '%']) + base.slice(at);
    },
  },
  {
    name: 'duplicate a line',
    alwaysBreaks: false,
    apply: (rand) => {
      const i = Math.floor(rand() * lines.length);
      return withLine(i, [lines[i]!, lines[i]!]);
    },
  },
];

describe('validator under random mutations of valid content', () => {
  it.each(mutations)('$name: no crash, every message positioned inside the file', ({ apply, alwaysBreaks }) => {
    const rand = random(20261123);
    let broken = 0;
    for (let run = 0; run < 150; run++) {
      const text = apply(rand);
      const dir = writeContentDir({ 'main.yaml': text });
      const result = loadContentDir(dir, dir);
      const lineCount = text.split('\n').length;
      for (const d of result.diagnostics) {
        expect(d.file).toBe('main.yaml');
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lineCount);
        expect(d.col).toBeGreaterThanOrEqual(1);
        expect(d.message.length).toBeGreaterThan(0);
      }
      // Content is either usable or explained: never rejected without a message.
      expect(result.content === null).toBe(result.diagnostics.length > 0);
      if (result.diagnostics.length > 0) broken++;
      else if (alwaysBreaks) expect.fail(`mutation produced no message:\n${text}`);
    }
    expect(broken).toBeGreaterThan(0);
  });
});
