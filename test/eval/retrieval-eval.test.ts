import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { findByMeaning } from '../../src/engine/search.js';
import { evaluate, readQueries } from './evaluate.js';

// The targets of the retrieval evaluation (npm run eval prints the figures and the misses).
const content = loadContentDir('content').content!;
const queries = readQueries();
const figures = evaluate(queries, (q) => findByMeaning(content, q, 10).map((h) => h.id));

describe('retrieval evaluation on the built-in content', () => {
  it('has at least 200 queries, each answer an id that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    const unknown = queries.flatMap((e) => e.expect).filter((id) => !content.nodes[id]);
    expect(unknown).toEqual([]);
  });

  it('puts a right answer in the top 3 for at least 95% of the answerable queries', () => {
    expect(figures.recallAt3).toBeGreaterThanOrEqual(0.95);
  });

  it('has a mean reciprocal rank of at least 0.85', () => {
    expect(figures.mrr).toBeGreaterThanOrEqual(0.85);
  });

  it('finds nothing for at least 90% of the off-topic queries', () => {
    expect(figures.foundNothing).toBeGreaterThanOrEqual(0.9);
  });
});
