import type { Content, ContentNode } from './model.js';

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
 * The error-code catalogue (dist/codes.json): the entries, the nodes they lead on to, the start
 * question (search offers its topics when nothing matches) and the links the entries cite,
 * without keywords. `explain` of a known code reads only this; `search` reads it with its
 * prebuilt index, whose heads name every other node.
 */
export function codeCatalogue(content: Content): Content {
  const codes = Object.values(content.nodes).filter((node) => node.kind === 'code');
  const wanted = new Set([...codes.flatMap((code) => [code.id, ...(code.kind === 'code' && code.next ? [code.next] : [])]), content.start]);
  const nodes = Object.fromEntries([...wanted].flatMap((id) => (content.nodes[id] ? [[id, shippedNode(content.nodes[id]!, { keywords: false })]] : [])));
  const linkIds = new Set(codes.flatMap((code) => (code.kind === 'code' ? code.links : [])));
  const links = Object.fromEntries(Object.entries(content.links).filter(([id]) => linkIds.has(id)));
  return { ...content, nodes, links, part: 'codes' };
}
