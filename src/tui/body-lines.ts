import { retryText } from '../cli/render-code.js';
import type { Content, ContentNode } from '../content/model.js';
import { nodeLinks } from './node-text.js';
import { wrapSpans, type Line, type Span } from './wrap.js';
import type { Notice } from './wizard-state.js';
import { messages, type Messages } from '../i18n/messages.js';

/**
 * The middle of a screen, between the breadcrumbs and the answers, as rows already
 * wrapped to the width: what the viewport shows a window of when it does not fit.
 */
export function nodeBodyLines(content: Content, node: ContentNode, width: number, hyperlinks: boolean): Line[] {
  const m = messages(content.language);
  const blocks: Line[][] = [];
  if (node.kind === 'question') {
    const prompt = wrapSpans([{ text: node.prompt, bold: true }], width);
    // The explanation holds instructions: the normal colour, never a low-contrast grey.
    blocks.push(node.explain ? [...prompt, ...wrapSpans([{ text: node.explain }], width)] : prompt);
  }
  if (node.kind === 'remedy') blocks.push(labelled(m.cause, node.cause, width));
  if (node.kind === 'code') {
    blocks.push([
      ...labelled(m.wizard.errorCode, node.code, width),
      ...labelled(m.whatItMeans, node.meaning, width),
      ...labelled(m.retry, retryText(node, m), width),
    ]);
  }
  if (node.kind === 'info') {
    blocks.push(node.facts.flatMap((fact) => wrapSpans([{ text: fact.text }], width, { gutter: { text: '-' }, indent: 2 })));
  }
  if ((node.kind === 'remedy' || node.kind === 'code') && node.caution) blocks.push(cautionLines(node.caution, width, m.caution));
  if (node.kind === 'remedy' || node.kind === 'code') {
    const gutter = String(node.steps.length).length + 2;
    const steps = node.steps.flatMap((step, i) => wrapSpans([{ text: step }], width, { gutter: { text: `${i + 1}.` }, indent: gutter }));
    blocks.push([[{ text: `${m.steps}:`, bold: true }], ...steps]);
  }
  const links = nodeLinks(content, node);
  if (links.length > 0) {
    const rows = links.flatMap((link) => {
      const title: Span = { text: link.title, color: 'accent', ...(hyperlinks ? { underline: true, url: link.url } : {}) };
      // An address on a row of its own from the first column, never indented part-way, so that it
      // reads and selects as one; only one wider than the terminal goes on at the start of the next row.
      const url = hyperlinks ? [] : wrapSpans([{ text: link.url }], width);
      return [...wrapSpans([title], width, { indent: 2 }), ...url];
    });
    blocks.push([[{ text: `${m.read}:`, bold: true }], ...rows]);
  }
  return joinBlocks(blocks);
}

/**
 * What a step can harm, said before the steps: a marked block in the warning colour, and bold,
 * so that it stands out without colour (NO_COLOR) too.
 */
export function cautionLines(text: string, width: number, label = 'Caution'): Line[] {
  return wrapSpans([{ text: `${label}: `, bold: true, color: 'warn' }, { text, bold: true }], width, { gutter: { text: '!', bold: true, color: 'warn' }, indent: 2 });
}

function labelled(label: string, text: string, width: number): Line[] {
  return wrapSpans([{ text: `${label}: `, bold: true }, { text }], width);
}

/** Blocks one blank row apart, as the screens always had them. */
function joinBlocks(blocks: Line[][]): Line[] {
  return blocks.filter((b) => b.length > 0).flatMap((block, i) => (i === 0 ? block : [[], ...block]));
}

/**
 * The help screen's key table: keys in a column, what they do wrapping beside them. Opened on
 * the first screen, where letters type, it gives that screen's keys first, then the others'.
 */
export function helpLines(width: number, notice: Notice | null = null, words: Messages['wizard'] = messages('en').wizard, firstScreen = false): Line[] {
  // A notice says what happened in one line; the whole of it, and why, is read here.
  const last: Line[] = notice
    ? [
        [{ text: words.lastMessage, bold: true }],
        ...[notice.text, notice.url, notice.detail].flatMap((text) => (text ? wrapSpans([{ text }], width) : [])),
        [],
      ]
    : [];
  if (!firstScreen) return [...last, ...keyTable(words.keysHeading, words.keys, width)];
  return [...last, ...keyTable(words.startKeysHeading, words.startKeys, width), [], ...keyTable(words.otherKeysHeading, words.keys, width)];
}

function keyTable(heading: string, keys: Array<[string, string]>, width: number): Line[] {
  const column = Math.max(...keys.map(([key]) => key.length)) + 2;
  // On a narrow terminal the description goes under its key instead of into a sliver beside it.
  const beside = width - column >= 24;
  const rows = keys.flatMap(([key, what]): Line[] => {
    const gutter: Span = { text: key, bold: true, color: 'accent' };
    if (beside) return wrapSpans([{ text: what }], width, { gutter, indent: column });
    return [[gutter], ...wrapSpans([{ text: what }], width, { indent: 2 })];
  });
  return [[{ text: heading, bold: true }], ...rows];
}
