import { retryText } from '../cli/render-code.js';
import { messages } from '../i18n/messages.js';
import { linksOf } from '../content/model.js';
import type { Content, ContentNode } from '../content/model.js';
import { breadcrumbs, type WizardState } from '../engine/engine.js';
import { serializePath } from '../engine/path.js';
import { markdownText as md, markdownUrl } from '../text/markdown.js';
import { stripControl } from '../text/strip-control.js';

export interface DocLink {
  id: string;
  title: string;
  url: string;
}

/** Something the admin can copy: its label in the chooser and the exact text copied. */
export interface CopyItem {
  label: string;
  text: string;
}

export function nodeLinks(content: Content, node: ContentNode): DocLink[] {
  if (node.kind === 'remedy' || node.kind === 'code') return linksOf(content, node.links);
  if (node.kind === 'info') return linksOf(content, [...new Set(node.facts.flatMap((f) => f.links ?? []))]);
  return [];
}

function nodeSteps(node: ContentNode): string[] {
  return node.kind === 'remedy' || node.kind === 'code' ? node.steps : [];
}

/** The node as plain text, URLs in full, labelled in the reader's language: for the clipboard and a support ticket. */
function nodeAsText(content: Content, node: ContentNode): string {
  const m = messages(content.language);
  const lines = [node.title, ''];
  if (node.kind === 'question') {
    lines.push(node.prompt, ...node.options.map((o, i) => `  ${i + 1}. ${o.label}`));
  } else if (node.kind === 'code-lookup') {
    lines.push(node.prompt);
  } else if (node.kind === 'info') {
    lines.push(...node.facts.map((f) => `- ${f.text}`));
  } else {
    if (node.kind === 'remedy') lines.push(`${m.cause}: ${node.cause}`);
    else lines.push(`${m.saved.errorCode}: ${node.code}`, `${m.whatItMeans}: ${node.meaning}`, `${m.retry}: ${retryText(node, m)}`);
    if (node.caution) lines.push('', `${m.caution}: ${node.caution}`);
    lines.push('', `${m.steps}:`, ...node.steps.map((s, i) => `  ${i + 1}. ${s}`));
  }
  const links = nodeLinks(content, node);
  if (links.length > 0) lines.push('', `${m.read}:`, ...links.flatMap((l) => [`  - ${l.title}`, `    ${l.url}`]));
  return lines.join('\n');
}

export function copyItems(content: Content, state: WizardState, node: ContentNode): CopyItem[] {
  const say = messages(content.language).wizard.copy;
  const whole = node.kind === 'remedy' || node.kind === 'code' ? say.wholeRemedy : say.thisScreen;
  const items: CopyItem[] = [{ label: whole, text: nodeAsText(content, node) }];
  nodeSteps(node).forEach((step, i) => items.push({ label: say.step(i + 1, step), text: step }));
  for (const link of nodeLinks(content, node)) items.push({ label: say.link(link.title), text: link.url });
  const path = serializePath(state);
  if (path) items.push({ label: say.path(path), text: path });
  return items;
}

/** A Markdown report of the walk for a support ticket: the questions and answers, where it led, the links. */
export function markdownReport(content: Content, state: WizardState, node: ContentNode, when: Date, version: string): string {
  const m = messages(content.language);
  const r = m.saved;
  const crumbs = breadcrumbs(content, state, m.walk.crumbs);
  const lines = [`# ${r.title}`, '', r.made(version, when.toISOString()), ''];
  const path = serializePath(state);
  lines.push(`${r.path}: \`${path || m.walk.startPath}\``, '');
  if (path) lines.push(`${r.goOn} \`provision-doctor --resume ${path}\`.`, '');
  lines.push(`## ${r.questions}`, '');
  if (crumbs.length === 0) lines.push(r.none);
  crumbs.forEach((c, i) => lines.push(`${i + 1}. ${md(c.question)}`, `   - ${md(c.answer)}`));
  lines.push('', `## ${r.ledTo}: ${md(node.title)}`, '');
  if (node.kind === 'remedy') lines.push(`**${m.cause}:** ${md(node.cause)}`, '');
  if (node.kind === 'code') {
    lines.push(`**${r.errorCode}:** \`${node.code}\``, '', `**${m.whatItMeans}:** ${md(node.meaning)}`, '', `**${m.retry}:** ${md(retryText(node, m))}`, '');
  }
  if (node.kind === 'question') lines.push(`${r.openQuestion}: ${md(node.prompt)}`, '', ...node.options.map((o) => `- ${md(o.label)}`), '');
  if (node.kind === 'code-lookup') lines.push(md(node.prompt), '');
  if (node.kind === 'info') lines.push(...node.facts.map((f) => `- ${md(f.text)}`), '');
  if ((node.kind === 'remedy' || node.kind === 'code') && node.caution) lines.push(`> **${m.caution}:** ${md(node.caution)}`, '');
  const steps = nodeSteps(node);
  if (steps.length > 0) lines.push(`### ${m.steps}`, '', ...steps.map((s, i) => `${i + 1}. ${md(s)}`), '');
  const links = nodeLinks(content, node);
  if (links.length > 0) lines.push(`### ${r.links}`, '', ...links.map((l) => `- [${md(l.title)}](${markdownUrl(l.url)})`), '');
  return lines.join('\n');
}

/**
 * What the wizard prints on the normal screen when it quits: the last remedy seen, its first
 * doc link, the path and the command that opens the wizard there again. Empty at the start.
 */
export function leavingSummary(content: Content, state: WizardState): string[] {
  const path = serializePath(state);
  if (!path) return [];
  const seen = [...state.history.map((step) => step.from), state.current].reverse();
  const remedy = seen.map((id) => content.nodes[id]).find((node) => node?.kind === 'remedy' || node?.kind === 'code');
  const m = messages(content.language);
  const lines: string[] = [];
  if (remedy) {
    lines.push(m.wizard.lastRemedy(stripControl(remedy.title)));
    const link = nodeLinks(content, remedy)[0];
    if (link) lines.push(`${m.read}: ${stripControl(link.title)}`, stripControl(link.url));
  }
  lines.push(m.wizard.path(path), m.wizard.goOn(path));
  return lines;
}
