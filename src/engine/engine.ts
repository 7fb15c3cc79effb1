import { isNotCovered, type Content, type ContentNode } from '../content/model.js';

/** One move the admin made; `from` is the node they were on, so back returns there. */
export type Step =
  | { kind: 'answer'; from: string; option: number }
  | { kind: 'next'; from: string }
  | { kind: 'jump'; from: string; to: string };

export interface WizardState {
  current: string;
  history: Step[];
}

export type WizardEvent =
  | { type: 'choose'; option: number }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'restart' }
  | { type: 'jump'; to: string };

export type Result = { ok: true; state: WizardState } | { ok: false; error: string };

export interface Breadcrumb {
  nodeId: string;
  /** The question asked (its prompt), or the title of the screen left. */
  question: string;
  /** The short title of the screen left: what a one-row crumb shows. */
  title: string;
  answer: string;
}

export function start(content: Content): WizardState {
  return { current: content.start, history: [] };
}

export function currentNode(content: Content, state: WizardState): ContentNode {
  const node = content.nodes[state.current];
  if (!node) throw new Error(`node "${state.current}" is not in the content`);
  return node;
}

/** The node that "next" (or "this did not help") leads to, if the current node has one. */
export function nextOf(node: ContentNode): string | undefined {
  if (node.kind === 'info') return node.next;
  if (node.kind === 'remedy') return node.ifNotHelped;
  if (node.kind === 'code') return node.next;
  return undefined;
}

/**
 * Whether the node asks "did this help?": a remedy and an error code both offer "Yes, this
 * fixed it" and "No, show what to try next", so moving on from either means it did not help.
 * The answers offered and the crumb left behind read this one test, so they cannot disagree.
 */
export function asksIfItHelped(node: ContentNode | undefined): boolean {
  return node?.kind === 'remedy' || node?.kind === 'code';
}

/**
 * Where "this did not help" (or "next") leads from the current node in this walk. The node's own
 * `next`/`ifNotHelped` is followed along its chain past every remedy the walk has already been
 * on or that an earlier answer ruled out, so the admin is never offered a cause twice or one
 * their answers excluded. A not-covered outcome is never skipped: it is where every chain ends.
 */
export function nextInWalk(content: Content, state: WizardState): string | undefined {
  const first = nextOf(currentNode(content, state));
  if (!first) return undefined;
  const skip = new Set([...visited(state), ...ruledOut(content, state)]);
  const seen = new Set<string>();
  let target = first;
  while (skip.has(target) && !isNotCovered(target) && !seen.has(target)) {
    seen.add(target);
    const node = content.nodes[target];
    const after = node?.kind === 'remedy' ? node.ifNotHelped : undefined;
    if (!after) break;
    target = after;
  }
  return target;
}

/** Every node the walk has stood on, the current one included. */
export function visited(state: WizardState): Set<string> {
  return new Set([...state.history.map((step) => step.from), state.current]);
}

/**
 * Remedies the walk's answers ruled out: answering a question says the other answers do not
 * describe the problem, so the remedies those other answers lead to directly are excluded.
 */
export function ruledOut(content: Content, state: WizardState): Set<string> {
  const out = new Set<string>();
  const chosen = new Set<string>();
  for (const step of state.history) {
    if (step.kind !== 'answer') continue;
    const question = content.nodes[step.from];
    if (question?.kind !== 'question') continue;
    question.options.forEach((option, i) => {
      if (i === step.option) chosen.add(option.next);
      else if (content.nodes[option.next]?.kind === 'remedy' && !isNotCovered(option.next)) out.add(option.next);
    });
  }
  for (const id of chosen) out.delete(id);
  return out;
}

/** Pure transition: the same state and event always give the same result; nothing is mutated. */
export function transition(content: Content, state: WizardState, event: WizardEvent): Result {
  const node = currentNode(content, state);
  switch (event.type) {
    case 'choose': {
      if (node.kind !== 'question') return fail(`"${node.id}" is not a question`);
      const option = node.options[event.option];
      if (!option) return fail(`"${node.id}" has no option ${event.option + 1} (it has ${node.options.length})`);
      return ok({ current: option.next, history: [...state.history, { kind: 'answer', from: node.id, option: event.option }] });
    }
    case 'next': {
      const next = nextInWalk(content, state);
      if (!next) return fail(`"${node.id}" has nowhere further to go`);
      return ok({ current: next, history: [...state.history, { kind: 'next', from: node.id }] });
    }
    case 'back': {
      const last = state.history[state.history.length - 1];
      if (!last) return ok(state);
      return ok({ current: last.from, history: state.history.slice(0, -1) });
    }
    case 'restart':
      return ok(start(content));
    case 'jump': {
      if (!content.nodes[event.to]) return fail(`there is no node "${event.to}"`);
      if (event.to === state.current) return ok(state);
      return ok({ current: event.to, history: [...state.history, { kind: 'jump', from: node.id, to: event.to }] });
    }
  }
}

export function canGoBack(state: WizardState): boolean {
  return state.history.length > 0;
}

/** What a crumb says for the moves the tool offers itself; the shells pass the reader's language. */
export interface CrumbWords {
  jumpedTo: (title: string) => string;
  notHelped: string;
  continued: string;
}
const ENGLISH_CRUMBS: CrumbWords = { jumpedTo: (title) => `jumped to: ${title}`, notHelped: 'this did not help', continued: 'continue' };

/** How the admin got here: each question with the answer given, each jump, and each remedy or error code that did not help. */
export function breadcrumbs(content: Content, state: WizardState, words: CrumbWords = ENGLISH_CRUMBS): Breadcrumb[] {
  return state.history.map((step) => {
    const from = content.nodes[step.from];
    const title = from?.title ?? step.from;
    const question = from?.kind === 'question' ? from.prompt : title;
    if (step.kind === 'answer' && from?.kind === 'question') {
      return { nodeId: step.from, question, title, answer: from.options[step.option]?.label ?? '?' };
    }
    if (step.kind === 'jump') {
      return { nodeId: step.from, question, title, answer: words.jumpedTo(content.nodes[step.to]?.title ?? step.to) };
    }
    return { nodeId: step.from, question, title, answer: asksIfItHelped(from) ? words.notHelped : words.continued };
  });
}

function ok(state: WizardState): Result {
  return { ok: true, state };
}

function fail(error: string): Result {
  return { ok: false, error };
}
