import Fuse from 'fuse.js';
import type { Content, ContentNode } from '../content/model.js';
import { normalizeCode } from './lookup.js';

export interface SearchHit {
  id: string;
  kind: ContentNode['kind'];
  title: string;
  /** The code for catalogue entries, for display beside the title. */
  code?: string;
  /** 0 is a perfect match; lower ranks first. */
  score: number;
}

interface Doc {
  id: string;
  kind: ContentNode['kind'];
  title: string;
  codes: string[];
  /** Codes and aliases normalised as the code lookup does ("entry-conflict" and "EntryConflict" agree). */
  codeKeys: string[];
  text: string[];
}

function toDoc(node: ContentNode): Doc {
  const text: string[] = [];
  const codes: string[] = [];
  if (node.kind === 'question') text.push(node.prompt, ...node.options.map((o) => o.label));
  if (node.kind === 'remedy') text.push(node.cause, ...node.steps);
  if (node.kind === 'info') text.push(...node.facts.map((f) => f.text));
  if (node.kind === 'code-lookup') text.push(node.prompt);
  if (node.kind === 'code') {
    codes.push(node.code, ...node.aliases);
    text.push(node.meaning);
  }
  return { id: node.id, kind: node.kind, title: node.title, codes, codeKeys: codes.map(normalizeCode), text };
}

/** Short and common words match almost everything fuzzily, so they do not narrow a query. */
const MIN_WORD = 3;
const STOP_WORDS = new Set(['and', 'are', 'but', 'can', 'for', 'from', 'has', 'have', 'not', 'the', 'this', 'that', 'was', 'with', 'why', 'what', 'does', 'doesnt', 'dont']);
const MIN_PREFIX = 2;
/** Fuzzy matches scoring worse than this are noise (e.g. "entry" inside "insufficient"). */
const MAX_FUZZY_SCORE = 0.5;

/**
 * Fuzzy search over titles, prompts, options, steps, error codes and aliases, shared
 * by the wizard's search and the `search` command. Build once per content, query often.
 *
 * Ranking, best first: an exact code, alias or node id; then codes that start with the
 * query (shorter codes first: fuzzy scoring does badly on short codes); then fuzzy
 * matches, where a query of several words needs every word to match somewhere.
 */
export class ContentSearch {
  private readonly fuse: Fuse<Doc>;
  private readonly docs: Doc[];

  constructor(content: Content) {
    this.docs = Object.values(content.nodes).map(toDoc);
    this.fuse = new Fuse(this.docs, {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.3,
      ignoreFieldNorm: true,
      keys: [
        { name: 'codes', weight: 3 },
        { name: 'title', weight: 2 },
        { name: 'id', weight: 1 },
        { name: 'text', weight: 1 },
      ],
    });
  }

  search(query: string, limit = 10): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const ranked = new Map<string, { doc: Doc; score: number }>();
    const add = (doc: Doc, score: number) => {
      if (!ranked.has(doc.id)) ranked.set(doc.id, { doc, score });
    };

    const key = normalizeCode(trimmed);
    const id = trimmed.toLowerCase();
    for (const doc of this.docs) if (doc.id === id || (key && doc.codeKeys.includes(key))) add(doc, 0);
    if (key.length >= MIN_PREFIX) {
      const prefixed = this.docs
        .map((doc) => ({ doc, extra: Math.min(...doc.codeKeys.filter((k) => k.startsWith(key)).map((k) => k.length - key.length)) }))
        .filter(({ extra }) => Number.isFinite(extra))
        .sort((a, b) => a.extra - b.extra || a.doc.id.localeCompare(b.doc.id));
      for (const { doc, extra } of prefixed) add(doc, 0.001 * (1 + extra));
    }
    for (const { doc, score } of this.fuzzy(trimmed)) add(doc, Math.max(score, 0.01));
    return [...ranked.values()].slice(0, limit).map(({ doc, score }) => ({
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      ...(doc.codes[0] ? { code: doc.codes[0] } : {}),
      score,
    }));
  }

  /**
   * The whole query, and for several words each word on its own: a word that matches
   * nothing counts as the worst score, so most words must match for a hit to stay.
   */
  private fuzzy(query: string): Array<{ doc: Doc; score: number }> {
    const best = new Map<string, { doc: Doc; score: number }>();
    const keep = (doc: Doc, score: number) => {
      const seen = best.get(doc.id);
      if (!seen || score < seen.score) best.set(doc.id, { doc, score });
    };
    for (const r of this.fuse.search(query)) keep(r.item, r.score ?? 1);

    const words = query
      .toLowerCase()
      .split(/[^a-z0-9-]+/)
      .filter((w) => w.length >= MIN_WORD && !STOP_WORDS.has(w));
    if (words.length > 1) {
      const perWord = words.map((w) => new Map(this.fuse.search(w).map((r) => [r.item.id, r.score ?? 1])));
      for (const doc of this.docs) {
        const scores = perWord.map((m) => m.get(doc.id) ?? 1);
        keep(doc, scores.reduce((a, b) => a + b, 0) / scores.length);
      }
    }
    return [...best.values()]
      .filter(({ score }) => score < MAX_FUZZY_SCORE)
      .sort((a, b) => a.score - b.score || a.doc.id.localeCompare(b.doc.id));
  }
}
