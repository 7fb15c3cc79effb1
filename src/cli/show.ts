import { distance } from 'fastest-levenshtein';
import type { Content, ContentNode } from '../content/model.js';
import { CodeIndex } from '../engine/lookup.js';
import { cliWords } from '../i18n/cli-words.js';
import { messages } from '../i18n/messages.js';
import { ExitCode, UserError } from './exit-codes.js';
import { jsonLanguage } from './json-language.js';
import { nodeJson, renderNode } from './render-node.js';
import type { Style } from './style.js';

/** A node by id; an error code or alias also works, since that is what admins have at hand. */
export function findNode(content: Content, id: string): ContentNode {
  const node = content.nodes[id];
  if (node) return node;
  const match = new CodeIndex(content).lookup(id).match;
  if (match && (match.matchedAs === 'code' || match.matchedAs === 'alias')) return match.entry;
  const near = Object.keys(content.nodes)
    .map((key) => ({ key, d: distance(id.toLowerCase(), key) }))
    .filter(({ key, d }) => d <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ key }) => key);
  const words = cliWords(content.language).error;
  const hint = near.length > 0 ? words.didYouMean(near.join(', ')) : words.listIds;
  throw new UserError(`${words.noNode(id)}${hint}`, ExitCode.notFound);
}

/** `provision-doctor show <node-id>`. */
export function runShow(content: Content, id: string, options: { json?: boolean }, out: (text: string) => void, style: Style): number {
  const node = findNode(content, id);
  // The kind is a word to the reader, in their language; the id is what they type, as it is.
  const kind = messages(content.language).plain.kind[node.kind] ?? node.kind;
  out(options.json ? JSON.stringify({ language: jsonLanguage(content), ...nodeJson(content, node) }, null, 2) : `${style.dim(`[${kind} ${node.id}]`)}\n${renderNode(content, node, { style, ids: true })}`);
  return ExitCode.ok;
}
