import type { Content } from '../content/model.js';
import { cliWords } from '../i18n/cli-words.js';
import { currentNode, nextInWalk, start, transition, type WizardState } from './engine.js';

/**
 * A path is the list of nodes visited after the start, joined by "/": a plain id is
 * reached by answering (or moving on) from the previous node, "@id" is a jump.
 * Example: "users-not-provisioned/scope-setting/@quarantine".
 */
export function serializePath(state: WizardState): string {
  const visited = state.history.map((step, i) => {
    const reached = state.history[i + 1]?.from ?? state.current;
    return step.kind === 'jump' ? `@${reached}` : reached;
  });
  return visited.join('/');
}

export type ReplayResult = { ok: true; state: WizardState } | { ok: false; error: string; step: number };

/** Replays a saved path; a path that does not fit is refused in the language the content is in. */
export function replayPath(content: Content, path: string): ReplayResult {
  const words = cliWords(content.language).error.path;
  let state = start(content);
  const tokens = path.trim() === '' ? [] : path.trim().split('/');
  for (const [i, token] of tokens.entries()) {
    const stepNo = i + 1;
    const failAt = (why: string): ReplayResult => ({ ok: false, step: stepNo, error: words.step(stepNo, token, why) });
    const node = currentNode(content, state);
    if (token.startsWith('@')) {
      if (!content.nodes[token.slice(1)]) return failAt(words.noNode(token.slice(1)));
      const result = transition(content, state, { type: 'jump', to: token.slice(1) });
      if (!result.ok) return failAt(result.error);
      state = result.state;
      continue;
    }
    if (node.kind === 'question') {
      const option = node.options.findIndex((o) => o.next === token);
      if (option < 0) {
        return failAt(words.notAnAnswer(node.id, node.options.map((o) => o.next).join(', ')));
      }
      const result = transition(content, state, { type: 'choose', option });
      if (!result.ok) return failAt(result.error);
      state = result.state;
    } else if (nextInWalk(content, state) === token) {
      const result = transition(content, state, { type: 'next' });
      if (!result.ok) return failAt(result.error);
      state = result.state;
    } else {
      const next = nextInWalk(content, state);
      return failAt(next ? words.continuesTo(node.id, next) : words.endPoint(node.id));
    }
  }
  return { ok: true, state };
}
