import type { AllowedHost, CodeEntry, Link, TreeNode } from './schema.js';

/** An error-code catalogue entry as the engine sees it: a node of its own kind. */
export type CodeNode = CodeEntry & { kind: 'code' };

export type ContentNode = (TreeNode | CodeNode) & { id: string };

/**
 * The whole knowledge after loading and checking: what the build writes to
 * dist/content.json and what every mode (wizard, CLI, log analyser) reads.
 */
export interface Content {
  start: string;
  allowedHosts: AllowedHost[];
  links: Record<string, Link & { id: string }>;
  nodes: Record<string, ContentNode>;
  /** The language of the text when a translation overlay was applied (English otherwise). */
  language?: string;
  /** Ids of the nodes whose text the overlay replaced, so search stems them in that language. */
  translated?: string[];
  /**
   * The search index the build wrote for exactly this content, in its language (the shipped
   * content only; content loaded with --content is indexed when first searched).
   */
  searchIndexFile?: string;
  /**
   * 'codes' for the error-code catalogue the build writes beside the whole content: the codes
   * and the start question. Search reads the rest from its prebuilt index.
   */
  part?: 'codes';
  /** In the catalogue: the nodes its entries lead on to, named but not held (`If this did not help: ...`). */
  heads?: Record<string, NodeHead>;
}

/** What a hit or a pointer shows of a node: enough to name it without the whole content. */
export interface NodeHead {
  id: string;
  kind: ContentNode['kind'];
  title: string;
  code?: string;
}

/** Ids of the honest "this tool does not cover that" outcomes start with this. */
export const NOT_COVERED_PREFIX = 'not-covered-';

export function isNotCovered(id: string): boolean {
  return id.startsWith(NOT_COVERED_PREFIX);
}

export function isCodeNode(node: ContentNode): node is CodeNode & { id: string } {
  return node.kind === 'code';
}

export function codeNodes(content: Content): Array<CodeNode & { id: string }> {
  return Object.values(content.nodes).filter(isCodeNode);
}

/** The links with these ids, in order; an id the catalogue lacks is left out (the validator reports it). */
export function linksOf(content: Content, ids: string[]): Array<Link & { id: string }> {
  return ids.flatMap((id) => {
    const link = content.links[id];
    return link ? [{ id, title: link.title, url: link.url }] : [];
  });
}
