import { loadContentDir } from '../../src/content/load.js';
import { findByMeaning } from '../../src/engine/search.js';
import { evaluate, formatFigures, readQueries, TRANSLATED_EVALS, translatedContent, type EvalFigures } from './evaluate.js';

const verbose = process.argv.includes('--verbose');
const content = loadContentDir('content').content!;
const started = performance.now();
const figures = evaluate(readQueries(), (q) => findByMeaning(content, q, 10).map((h) => h.id));
console.log(formatFigures(figures));
console.log(`time: ${((performance.now() - started) / figures.queries).toFixed(2)} ms a query (index built once)`);
printDetails(figures);

// Danish and Dutch queries against the content with that language's overlay applied.
for (const language of TRANSLATED_EVALS) {
  const translated = translatedContent(content, language);
  const local = evaluate(readQueries(`test/eval/queries.${language}.yaml`), (q) => findByMeaning(translated, q, 10).map((h) => h.id));
  console.log(`\n${language}: ${formatFigures(local)}`);
  printDetails(local);
}

function printDetails(f: EvalFigures): void {
  if (!verbose) return;
  for (const m of f.misses) console.log(`miss: ${m.q}\n   want ${m.expect.join(', ')}\n   got  ${m.got.join(', ') || '(nothing)'}`);
  for (const m of f.notFirst) console.log(`not first: ${m.q}\n   want ${m.expect.join(', ')}\n   got  ${m.got.join(', ')}`);
  for (const n of f.noise) console.log(`noise: ${n.q} -> ${n.got.join(', ')}`);
}
