import { createHash } from 'node:crypto';
import type { ContentNode } from './model.js';
import type { Link } from './schema.js';

/**
 * The English text an overlay entry translates, in a fixed order. A translation records
 * the hash of this text; when the English changes, the hash no longer matches and the
 * translation is stale: it is reported, and English is shown until it is updated.
 */
export function translatableText(node: ContentNode): string[] {
  const texts: Array<string | undefined> = [node.title];
  switch (node.kind) {
    case 'question':
      texts.push(node.prompt, node.explain, ...node.options.map((o) => o.label));
      break;
    case 'remedy':
      texts.push(node.cause, node.caution, ...node.steps);
      break;
    case 'info':
      texts.push(...node.facts.map((f) => f.text));
      break;
    case 'code-lookup':
      texts.push(node.prompt, node.explain);
      break;
    case 'code':
      texts.push(node.meaning, node.caution, node.retry.note, ...node.steps);
      break;
  }
  return texts.map((t) => t ?? '');
}

/** "en-" keeps YAML from reading a hash such as 12345678 or 1234e567 as a number. */
export function hashTexts(texts: string[]): string {
  return `en-${createHash('sha256').update(texts.join('\u0000')).digest('hex').slice(0, 8)}`;
}

export const sourceHashOfNode = (node: ContentNode): string => hashTexts(translatableText(node));
export const sourceHashOfLink = (link: Link): string => hashTexts([link.title]);
