import { cliWords } from '../i18n/cli-words.js';
import { messages } from '../i18n/messages.js';
import type { Content } from '../content/model.js';
import { breadcrumbs, currentNode, nextInWalk } from '../engine/engine.js';
import { replayPath, serializePath } from '../engine/path.js';
import { ExitCode, UserError } from './exit-codes.js';
import { jsonLanguage } from './json-language.js';
import { nodeJson, renderNode } from './render-node.js';
import type { Style } from './style.js';

/** `provision-doctor path <path-string>`: replays a saved walk; a path that does not fit the content is exit 1. */
export function runPath(content: Content, path: string, options: { json?: boolean }, out: (text: string) => void, style: Style): number {
  const replay = replayPath(content, path);
  if (!replay.ok) throw new UserError(cliWords(content.language).error.path.checkThePath(replay.error), ExitCode.notFound);
  const node = currentNode(content, replay.state);
  const m = messages(content.language);
  const crumbs = breadcrumbs(content, replay.state, m.walk.crumbs);
  // The text and the JSON name the same next step: the one the walk would really take.
  const next = nextInWalk(content, replay.state);
  if (options.json) {
    // The JSON keeps the shape schema/output.schema.json gives (the short title is the wizard's).
    const json = crumbs.map(({ nodeId, question, answer }) => ({ nodeId, question, answer }));
    out(JSON.stringify({ language: jsonLanguage(content), path: serializePath(replay.state), breadcrumbs: json, node: nodeJson(content, node), ...(next ? { next } : {}) }, null, 2));
    return ExitCode.ok;
  }
  const lines = crumbs.map((c, i) => `  ${i + 1}. ${c.question} -> ${c.answer}`);
  out([style.heading(m.howYouGotHere), ...(lines.length > 0 ? lines : [`  ${m.atTheStart}`]), '', renderNode(content, node, { style, next })].join('\n'));
  return ExitCode.ok;
}
