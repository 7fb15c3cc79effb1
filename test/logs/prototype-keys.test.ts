import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, digest, fixtureFiles, SCENARIO } from './helpers.js';

// Log text is used as keys (actions, apps, codes, skip reasons, columns). Names that a
// plain object answers from its prototype must count like any other name, in every format.
const RENAMES: Array<[RegExp, string]> = [
  [/\b[Cc]reate\b/g, 'constructor'],
  [/Contoso HR/g, '__proto__'],
  [/FrobnicationFailed/g, 'toString'],
  [/NotEffectivelyEntitled/g, 'hasOwnProperty'],
];

function renamed(files: Record<string, Buffer>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, RENAMES.reduce((text, [from, to]) => text.replace(from, to), data.toString('utf8'))]));
}

describe('prototype names in the log are names like any other (H2)', () => {
  it.each(['portal-download.json', 'graph-pages', 'graph-beta-old.json', 'azure-monitor.jsonl', 'log-analytics.json', 'log-analytics.csv', 'portal-csv'])('%s', (name) => {
    for (const chunkSize of [7, 65_536]) {
      const report = analyse(renamed(fixtureFiles(name)), { chunkSize });
      const got = digest(report);
      // Azure Monitor writes actions as numbers; old beta spells them "Create user".
      const create = name === 'azure-monitor.jsonl' ? 'create' : name === 'graph-beta-old.json' ? 'constructor user' : 'constructor';
      expect(Object.entries(got.byAction)).toEqual([[create, 4], ['update', 2], ['delete', 1]]);
      expect(Object.entries(got.byApp)).toEqual([['__proto__', 7]]);
      expect({ ...got, byAction: null, byApp: null }).toEqual({
        ...SCENARIO,
        byAction: null,
        byApp: null,
        groups: SCENARIO.groups.map((g) => (g[0] === 'FrobnicationFailed' ? ['toString', ...g.slice(1)] : g)),
        skipped: [['hasOwnProperty', 1, null]],
      });
    }
  });

  it('the reproductions: an action or app named __proto__ or constructor is counted, and later records are read', () => {
    const read = (name: string) => readFileSync(join('test/fixtures/hostile', name));
    const big = analyse({ 'proto-big.json': read('proto-big.json') });
    expect(big.summary.records).toBe(3);
    expect(Object.entries(big.summary.byAction)).toEqual([['create', 2], ['__proto__', 1]]);
    expect(big.groups.map((g) => [g.code, g.count])).toEqual([['EntryConflict', 3]]);
    expect(big.problems).toEqual([]);
    const app = analyse({ 'proto-app.json': read('proto-app.json') });
    expect(Object.entries(app.summary.byApp)).toEqual([['App', 2], ['__proto__', 1]]);
    const csv = analyse({ 'proto.csv': read('proto.csv'), 'proto-small.json': read('proto-small.json') });
    expect(Object.entries(csv.summary.byAction).sort()).toEqual([['__proto__', 1], ['constructor', 1], ['create', 1]]);
  });
});

// The rule behind the test above, over the whole analyser: a lookup table or a map
// built from log text is a Map, a Set or an object without a prototype. An object
// literal typed as a string-keyed record is the shape that went wrong before.
describe('the analyser keys no plain object by text', () => {
  const files = [...readdirSync('src/logs', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join('src/logs', f)), ...readdirSync('src/cli').filter((f) => f.startsWith('analyze')).map((f) => join('src/cli', f))];
  it.each(files)('%s', (file) => {
    const source = readFileSync(file, 'utf8');
    const plainMaps = source.split('\n').filter((line) => /\b(const|let|readonly|private)\s+\w+:\s*(Record<string,|Bag\b|\{\s*\[\w+:\s*string\]).*=\s*\{/.test(line));
    expect(plainMaps).toEqual([]);
  });
});
