import type { ContentNode } from '../content/model.js';
import { nextOf } from './engine.js';

/** Said when the admin answers that a remedy fixed it. */
export const FIXED_ANSWER = 'Yes, this fixed it';

/**
 * The numbered answers a node offers, the same in the wizard and in the --plain dialogue,
 * so that a number means the same thing in both.
 */
export function answersOf(node: ContentNode): string[] {
  if (node.kind === 'question') return node.options.map((o) => o.label);
  if (node.kind === 'info') return ['Continue'];
  if (node.kind === 'remedy' || node.kind === 'code') {
    return [FIXED_ANSWER, nextOf(node) ? 'No, show what to try next' : 'No, go back'];
  }
  return [];
}
