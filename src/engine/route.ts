import type { Content } from '../content/model.js';
/**
 * The answers that lead from the start to a node, as a path `provision-doctor path` and
 * `--resume` replay: the shortest way through questions and info pages. A node no answer
 * leads to (an error code, say) is reached by a jump, `@id`.
 */
export function routeTo(content: Content, target: string): string {
  if (!content.nodes[target]) return `@${target}`;
  const cameFrom = new Map<string, string | null>([[content.start, null]]);
  const queue = [content.start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id === target) break;
    const node = content.nodes[id];
    if (!node) continue;
    // Answers and "continue" only: a route never claims that a remedy did not help.
    const onward = node.kind === 'question' ? node.options.map((o) => o.next) : node.kind === 'info' ? [node.next] : [];
    for (const next of onward) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  if (!cameFrom.has(target)) return `@${target}`;
  const path: string[] = [];
  for (let at: string | null = target; at !== null && at !== content.start; at = cameFrom.get(at) ?? null) path.unshift(at);
  return path.join('/');
}
