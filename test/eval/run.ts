import { loadContentDir } from '../../src/content/load.js';
import { findByMeaning } from '../../src/engine/search.js';
import { evaluate, formatFigures, readQueries } from './evaluate.js';

const verbose = process.argv.includes('--verbose');
const content = loadContentDir('content').content!;
const started = performance.now();
const figures = evaluate(readQueries(), (q) => findByMeaning(content, q, 10).map((h) => h.id));
console.log(formatFigures(figures));
console.log(`time: ${((performance.now() - started) / figures.queries).toFixed(2)} ms a query (index built once)`);
if (verbose) {
  for (const m of figures.misses) console.log(`miss: ${m.q}\n   want ${m.expect.join(', ')}\n   got  ${m.got.join(', ') || '(nothing)'}`);
  for (const n of figures.noise) console.log(`noise: ${n.q} -> ${n.got.join(', ')}`);
}
