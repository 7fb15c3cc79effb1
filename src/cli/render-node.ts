import type { Content, ContentNode } from '../content/model.js';
import { linksOf } from '../content/model.js';
import { cautionLines, codeEntryJson, retryText } from './render-code.js';
import { messages } from '../i18n/messages.js';
import { plainStyle, type Style } from './style.js';

export interface RenderOptions {
  style?: Style;
  /** Show the node ids that options and "next" lead to (for `show`; the dialogue hides them). */
  ids?: boolean;
  /** Where "did not help" leads in this walk (the engine skips causes already seen or ruled out). */
  next?: string;
}

function linkLines(content: Content, ids: string[] | undefined, indent = '  '): string[] {
  return linksOf(content, ids ?? []).flatMap((link) => [`${indent}- ${link.title}`, `${indent}  ${link.url}`]);
}

function numbered(items: string[]): string[] {
  return items.map((item, i) => `  ${i + 1}. ${item}`);
}

/** Plain text with URLs in full, so it reads the same in a terminal, a ticket and a screen reader. */
export function renderNode(content: Content, node: ContentNode, options: RenderOptions = {}): string {
  const { heading } = options.style ?? plainStyle;
  const m = messages(content.language);
  const target = (id: string | undefined) => (options.ids && id ? ` (-> ${id})` : '');
  const lines: string[] = [];
  switch (node.kind) {
    case 'question':
      lines.push(heading(node.prompt));
      if (node.explain) lines.push(node.explain);
      lines.push(...numbered(node.options.map((o) => `${o.label}${target(o.next)}`)));
      break;
    case 'code-lookup':
      lines.push(heading(node.title), node.prompt);
      if (node.explain) lines.push(node.explain);
      break;
    case 'info':
      lines.push(heading(node.title));
      for (const fact of node.facts) lines.push(`- ${fact.text}`, ...linkLines(content, fact.links, '    '));
      lines.push(`${m.next}: ${content.nodes[node.next]?.title ?? node.next}${target(node.next)}`);
      break;
    case 'remedy':
      lines.push(heading(`${m.remedy}: ${node.title}`), `${m.cause}: ${node.cause}`, ...cautionLines(node.caution, heading, m), '', `${m.steps}:`, ...numbered(node.steps));
      lines.push('', `${m.read}:`, ...linkLines(content, node.links));
      const notHelped = options.next ?? node.ifNotHelped;
      if (notHelped) {
        lines.push('', `${m.ifNotHelped}: ${content.nodes[notHelped]?.title ?? notHelped}${target(notHelped)}`);
      }
      break;
    case 'code':
      lines.push(heading(`${node.code}: ${node.title}`), `${m.whatItMeans}: ${node.meaning}`, `${m.retry}: ${retryText(node, m)}`, ...cautionLines(node.caution, heading, m));
      lines.push('', `${m.steps}:`, ...numbered(node.steps), '', `${m.read}:`, ...linkLines(content, node.links));
      const after = options.next ?? node.next;
      if (after) lines.push('', `${m.next}: ${content.nodes[after]?.title ?? after}${target(after)}`);
      break;
  }
  return lines.join('\n');
}

/** What a step can harm, said before the steps, marked so it stands out without colour. */

/** One node as JSON: links resolved to title and URL so consumers need no second lookup. */
export function nodeJson(content: Content, node: ContentNode) {
  const links = (ids: string[] | undefined) => linksOf(content, ids ?? []).map(({ title, url }) => ({ title, url }));
  switch (node.kind) {
    case 'question':
      return {
        id: node.id,
        kind: node.kind,
        title: node.title,
        prompt: node.prompt,
        ...(node.explain ? { explain: node.explain } : {}),
        options: node.options.map((o) => ({ label: o.label, next: o.next })),
      };
    case 'code-lookup':
      return { id: node.id, kind: node.kind, title: node.title, prompt: node.prompt, ...(node.explain ? { explain: node.explain } : {}) };
    case 'info':
      return { id: node.id, kind: node.kind, title: node.title, facts: node.facts.map((f) => ({ text: f.text, links: links(f.links) })), next: node.next };
    case 'remedy':
      return {
        id: node.id,
        kind: node.kind,
        title: node.title,
        cause: node.cause,
        ...(node.caution ? { caution: node.caution } : {}),
        steps: node.steps,
        links: links(node.links),
        ...(node.ifNotHelped ? { ifNotHelped: node.ifNotHelped } : {}),
      };
    case 'code':
      return { kind: node.kind, ...codeEntryJson(content, node) };
  }
}
