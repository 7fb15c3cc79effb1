import { say, type Diagnostic, type Message } from './diagnostic.js';
import { isNotCovered, NOT_COVERED_PREFIX, type ContentNode } from './model.js';
import type { ParsedFile } from './parse-file.js';
import { nodeAt, positionOfNode } from './positions.js';

/** The answer every question offers when none of its other answers fits. */
const NONE_OF_THESE = /^none of these/i;

/**
 * No confident wrong answer. Once a content set has not-covered outcomes, these rules hold:
 * - every question offers a "None of these ..." answer that leads to a not-covered outcome;
 * - every remedy (other than a not-covered one) says what to try when it did not help, and that
 *   is a remedy of the same topic file or a not-covered outcome, so "did not help" never drifts
 *   to another symptom; followed to its end, every such chain reaches a not-covered outcome;
 * - every error-code entry names its next step (`next`), so a code is never a dead end.
 * Small content sets without not-covered outcomes (test fixtures, drafts) are left alone.
 */
export function checkOutcomes(files: ParsedFile[], nodes: Record<string, ContentNode>): Diagnostic[] {
  if (!Object.keys(nodes).some(isNotCovered)) return [];
  const diagnostics: Diagnostic[] = [];
  const report = (file: ParsedFile, path: Array<string | number>, code: Diagnostic['code'], message: Message) => {
    const pos = positionOfNode(nodeAt(file.doc, path), file.lineCounter);
    diagnostics.push({ file: file.file, line: pos.line, col: pos.col, code, ...message });
  };
  const fileOf = new Map<string, string>();
  for (const file of files) for (const id of Object.keys(file.nodes)) fileOf.set(id, file.file);

  for (const file of files) {
    for (const [id, node] of Object.entries(file.nodes)) {
      if (node.kind === 'question') {
        const way = node.options.find((o) => NONE_OF_THESE.test(o.label) && isNotCovered(o.next));
        if (!way) {
          report(file, ['nodes', id, 'options'], 'no-way-out', say('noWayOut', id, NOT_COVERED_PREFIX));
        }
      }
      if (node.kind !== 'remedy' || isNotCovered(id)) continue;
      if (!node.ifNotHelped) {
        report(file, ['nodes', id], 'chain-end', say('remedyNeedsNext', id));
        continue;
      }
      const target = nodes[node.ifNotHelped];
      if (!target) continue; // reported as an unknown node already
      if (isNotCovered(target.id)) continue;
      if (target.kind !== 'remedy' || fileOf.get(target.id) !== file.file) {
        report(file, ['nodes', id, 'ifNotHelped'], 'off-topic', say('offTopic', id, target.id, target.kind, fileOf.get(target.id), file.file));
        continue;
      }
      const end = chainEnd(id, nodes);
      if (end.loop) {
        report(file, ['nodes', id, 'ifNotHelped'], 'chain-end', say('chainLoop', id, end.trail.join(' -> ')));
      }
    }
    for (const [id, code] of Object.entries(file.codes)) {
      if (!code.next) report(file, ['codes', id], 'chain-end', say('codeNeedsNext', id));
    }
  }
  return diagnostics;
}

/** Follows "did not help" from `id` until it stops; a node seen twice is a loop. */
function chainEnd(id: string, nodes: Record<string, ContentNode>): { loop: boolean; trail: string[] } {
  const trail = [id];
  let node = nodes[id];
  while (node?.kind === 'remedy' && node.ifNotHelped) {
    if (trail.includes(node.ifNotHelped)) return { loop: true, trail: [...trail, node.ifNotHelped] };
    trail.push(node.ifNotHelped);
    node = nodes[node.ifNotHelped];
  }
  return { loop: false, trail };
}
