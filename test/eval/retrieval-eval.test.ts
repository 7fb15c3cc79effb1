import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { findByMeaning } from '../../src/engine/search.js';
import { evaluate, readQueries, TRANSLATED_EVALS, translatedContent } from './evaluate.js';

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

// Danish and Dutch, run against the content with the overlay applied (only the translated
// nodes are in that language; the rest stays English and must still be found by English
// words and codes).
describe.each(TRANSLATED_EVALS.map((language) => [language]))('retrieval evaluation in %s', (language) => {
  const translated = translatedContent(content, language);
  const local = readQueries(`test/eval/queries.${language}.yaml`);
  const localFigures = evaluate(local, (q) => findByMeaning(translated, q, 10).map((h) => h.id));

  it('has at least 10 answerable queries, each answer an id that exists, some of them translated nodes', () => {
    expect(local.filter((e) => e.expect.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(local.flatMap((e) => e.expect).filter((id) => !content.nodes[id])).toEqual([]);
    const answeredByTranslation = local.filter((e) => e.expect.some((id) => translated.translated?.includes(id)));
    expect(answeredByTranslation.length).toBeGreaterThanOrEqual(10);
  });

  it('puts a right answer in the top 3 for at least 70% of the answerable queries', () => {
    expect(localFigures.recallAt3).toBeGreaterThanOrEqual(0.7);
  });

  it('finds nothing for at least 90% of the off-topic queries, as in English', () => {
    expect(localFigures.offTopic).toBeGreaterThanOrEqual(10);
    expect(localFigures.foundNothing).toBeGreaterThanOrEqual(0.9);
  });
});
