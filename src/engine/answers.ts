import type { ContentNode } from '../content/model.js';
import { asksIfItHelped, nextOf } from './engine.js';

/** Said when the admin answers that a remedy fixed it. */
export const FIXED_ANSWER = 'Yes, this fixed it';

/** The words of the answers the tool itself offers; the shells pass the reader's language. */
export interface AnswerWords {
  continue: string;
  fixed: string;
  tryNext: string;
  goBack: string;
}
const ENGLISH: AnswerWords = { continue: 'Continue', fixed: FIXED_ANSWER, tryNext: 'No, show what to try next', goBack: 'No, go back' };

/**
 * The numbered answers a node offers, the same in the wizard and in the --plain dialogue,
 * so that a number means the same thing in both.
 */
export function answersOf(node: ContentNode, words: AnswerWords = ENGLISH): string[] {
  if (node.kind === 'question') return node.options.map((o) => o.label);
  if (node.kind === 'info') return [words.continue];
  if (asksIfItHelped(node)) {
    return [words.fixed, nextOf(node) ? words.tryNext : words.goBack];
  }
  return [];
}
