import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { applyOverlay } from '../../src/content/apply-overlay.js';
import { loadOverlays } from '../../src/content/load-overlays.js';
import type { Content } from '../../src/content/model.js';

export interface EvalQuery {
  q: string;
  /** Ids that answer the query; empty for a query that should find nothing. */
  expect: string[];
}

export interface EvalFigures {
  queries: number;
  answerable: number;
  offTopic: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Share of the off-topic queries that found nothing. */
  foundNothing: number;
  misses: Array<{ q: string; expect: string[]; got: string[] }>;
  /** Answered in the top 3 but not first: what recall@1 loses. */
  notFirst: Array<{ q: string; expect: string[]; got: string[] }>;
  noise: Array<{ q: string; got: string[] }>;
}

/** The content with a language's overlay applied (content/locales/<language>.yaml), as `--lang` shows it. */
export function translatedContent(content: Content, language: string, dir = 'content'): Content {
  const overlay = loadOverlays(dir, content).overlays.get(language);
  if (!overlay) throw new Error(`no ${language} overlay in ${dir}/locales`);
  return applyOverlay(content, overlay).content;
}

/** The languages with queries of their own: test/eval/queries.<language>.yaml. */
export const TRANSLATED_EVALS = ['da', 'nl'] as const;

export function readQueries(path = 'test/eval/queries.yaml'): EvalQuery[] {
  return (parse(readFileSync(path, 'utf8')) as { queries: EvalQuery[] }).queries.map((e) => ({ q: String(e.q), expect: e.expect }));
}

/** Scores a ranker (query to ranked ids, empty for "no good match") on the queries. */
export function evaluate(queries: EvalQuery[], rank: (query: string) => string[]): EvalFigures {
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  let nothing = 0;
  const misses: EvalFigures['misses'] = [];
  const notFirst: EvalFigures['notFirst'] = [];
  const noise: EvalFigures['noise'] = [];
  const answerable = queries.filter((e) => e.expect.length > 0);
  const offTopic = queries.filter((e) => e.expect.length === 0);
  for (const { q, expect } of answerable) {
    const got = rank(q).slice(0, 10);
    const at = got.findIndex((id) => expect.includes(id));
    if (at === 0) hit1++;
    if (at >= 0 && at < 3) hit3++;
    if (at >= 0) reciprocal += 1 / (at + 1);
    if (at < 0 || at >= 3) misses.push({ q, expect, got: got.slice(0, 3) });
    else if (at > 0) notFirst.push({ q, expect, got: got.slice(0, 3) });
  }
  for (const { q } of offTopic) {
    const got = rank(q);
    if (got.length === 0) nothing++;
    else noise.push({ q, got: got.slice(0, 3) });
  }
  const share = (n: number, of: number) => (of === 0 ? 1 : n / of);
  return {
    queries: queries.length,
    answerable: answerable.length,
    offTopic: offTopic.length,
    recallAt1: share(hit1, answerable.length),
    recallAt3: share(hit3, answerable.length),
    mrr: share(reciprocal, answerable.length),
    foundNothing: share(nothing, offTopic.length),
    misses,
    notFirst,
    noise,
  };
}

export function formatFigures(f: EvalFigures): string {
  const pct = (x: number) => x.toFixed(3);
  return [
    `queries: ${f.queries} (${f.answerable} answerable, ${f.offTopic} off-topic)`,
    `recall@1: ${pct(f.recallAt1)}  recall@3: ${pct(f.recallAt3)}  MRR: ${pct(f.mrr)}  should-find-nothing: ${pct(f.foundNothing)}`,
  ].join('\n');
}
