import type { Content, ContentNode, NodeHead } from './model.js';

/**
 * A node as the shipped tool reads it: where its text comes from and when it was last checked
 * (`sources`, `reviewed`) are the validator's business, and every start parses what is shipped.
 */
export function shippedNode(node: ContentNode, { keywords = true } = {}): ContentNode {
  const { sources: _sources, reviewed: _reviewed, keywords: words, ...rest } = node as ContentNode & { sources?: unknown; reviewed?: unknown };
  return (keywords && words ? { ...rest, keywords: words } : rest) as ContentNode;
}

/** The whole content as dist/content.json holds it. */
export function shippedContent(content: Content): Content {
  return { ...content, nodes: Object.fromEntries(Object.entries(content.nodes).map(([id, node]) => [id, shippedNode(node)])) };
}

/**
 * The error-code catalogue (dist/codes.json): the entries, the start question (search offers its
 * topics when nothing matches), the heads of the nodes the entries lead on to and the links they
 * cite, without keywords. `explain` of a known code reads only this; `search` reads it with its
 * prebuilt index, whose heads name every other node.
 */
export function codeCatalogue(content: Content): Content {
  const codes = Object.values(content.nodes).filter((node) => node.kind === 'code');
  const held = [...codes.map((code) => code.id), content.start];
  const nodes = Object.fromEntries(held.flatMap((id) => (content.nodes[id] ? [[id, shippedNode(content.nodes[id]!, { keywords: false })]] : [])));
  const heads: Record<string, NodeHead> = {};
  for (const code of codes) {
    const next = code.kind === 'code' && code.next ? content.nodes[code.next] : undefined;
    if (next && !nodes[next.id]) heads[next.id] = { id: next.id, kind: next.kind, title: next.title };
  }
  const linkIds = new Set(codes.flatMap((code) => (code.kind === 'code' ? code.links : [])));
  const links = Object.fromEntries(Object.entries(content.links).filter(([id]) => linkIds.has(id)));
  return { ...content, nodes, links, heads, part: 'codes' };
}
