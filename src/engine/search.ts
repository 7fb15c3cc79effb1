import Fuse from 'fuse.js';
import type { Content, ContentNode } from '../content/model.js';
import { normalizeCode } from './lookup.js';

export interface SearchHit {
  id: string;
  kind: ContentNode['kind'];
  title: string;
  /** The code for catalogue entries, for display beside the title. */
  code?: string;
  score: number;
}

interface Doc {
  id: string;
  kind: ContentNode['kind'];
  title: string;
  codes: string[];
  text: string[];
}

function toDoc(node: ContentNode): Doc {
  const text: string[] = [];
  const codes: string[] = [];
  if (node.kind === 'question') text.push(node.prompt, ...node.options.map((o) => o.label));
  if (node.kind === 'remedy') text.push(node.cause);
  if (node.kind === 'code') {
    codes.push(node.code, ...node.aliases);
    text.push(node.meaning);
  }
  return { id: node.id, kind: node.kind, title: node.title, codes, text };
}

/**
 * Fuzzy search over titles, prompts, options, error codes and aliases, shared by
 * the wizard's "/" and the `search` command. Build once per content, query often.
 */
export class ContentSearch {
  private readonly fuse: Fuse<Doc>;
  private readonly docs: Doc[];

  constructor(content: Content) {
    this.docs = Object.values(content.nodes).map(toDoc);
    this.fuse = new Fuse(this.docs, {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.35,
      keys: [
        { name: 'codes', weight: 3 },
        { name: 'title', weight: 2 },
        { name: 'text', weight: 1 },
      ],
    });
  }

  search(query: string, limit = 10): SearchHit[] {
    const trimmed = query.trim();
    if (!trimmed) return [];
    // Short codes score poorly in fuzzy matching: exact and prefix code matches come first.
    const key = normalizeCode(trimmed);
    const codeHits = key
      ? this.docs.filter((d) => d.codes.some((c) => normalizeCode(c).startsWith(key)))
      : [];
    const fuzzy = this.fuse.search(trimmed).map((r) => ({ doc: r.item, score: r.score ?? 1 }));
    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    for (const { doc, score } of [...codeHits.map((doc) => ({ doc, score: 0 })), ...fuzzy]) {
      if (seen.has(doc.id)) continue;
      seen.add(doc.id);
      hits.push({ id: doc.id, kind: doc.kind, title: doc.title, ...(doc.codes[0] ? { code: doc.codes[0] } : {}), score });
      if (hits.length === limit) break;
    }
    return hits;
  }
}
