import { describe, expect, it } from 'vitest';
import { breadcrumbs, canGoBack, currentNode, start, transition, type WizardEvent, type WizardState } from '../src/engine/engine.js';
import { replayPath, serializePath } from '../src/engine/path.js';
import { contentFrom, smallContent } from './helpers/content.js';

const content = contentFrom(smallContent);

function run(events: WizardEvent[], from: WizardState = start(content)): WizardState {
  return events.reduce((state, event) => {
    const result = transition(content, state, event);
    if (!result.ok) throw new Error(result.error);
    return result.state;
  }, from);
}

describe('engine', () => {
  it('starts at the start question with no history', () => {
    const state = start(content);
    expect(state).toEqual({ current: 'start', history: [] });
    expect(currentNode(content, state).title).toBe('Start');
    expect(canGoBack(state)).toBe(false);
  });

  it('choosing an option moves to the node it leads to', () => {
    expect(run([{ type: 'choose', option: 0 }, { type: 'choose', option: 0 }]).current).toBe('assign-users');
  });

  it('rejects an option that does not exist, and a choice on a non-question', () => {
    const bad = transition(content, start(content), { type: 'choose', option: 5 });
    expect(bad).toEqual({ ok: false, error: '"start" has no option 6 (it has 2)' });
    const atRemedy = run([{ type: 'choose', option: 0 }, { type: 'choose', option: 0 }]);
    expect(transition(content, atRemedy, { type: 'choose', option: 0 })).toEqual({ ok: false, error: '"assign-users" is not a question' });
  });

  it('next follows ifNotHelped from a remedy and next from an info node', () => {
    const state = run([{ type: 'choose', option: 0 }, { type: 'choose', option: 0 }, { type: 'next' }, { type: 'next' }]);
    expect(state.current).toBe('wait-for-cycle');
    expect(transition(content, state, { type: 'next' })).toEqual({ ok: false, error: '"wait-for-cycle" has nowhere further to go' });
  });

  it('back at the start stays at the start', () => {
    const state = start(content);
    const result = transition(content, state, { type: 'back' });
    expect(result).toEqual({ ok: true, state });
  });

  it('back returns step by step to the start, any number of times', () => {
    let state = run([{ type: 'choose', option: 0 }, { type: 'choose', option: 1 }, { type: 'next' }]);
    expect(state.current).toBe('wait-for-cycle');
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      state = run([{ type: 'back' }], state);
      seen.push(state.current);
    }
    expect(seen).toEqual(['about-cycles', 'scope', 'start', 'start', 'start']);
  });

  it('restart returns to the start and forgets the history', () => {
    expect(run([{ type: 'choose', option: 0 }, { type: 'restart' }])).toEqual(start(content));
  });

  it('a jump is recorded, so back returns to where the jump was made', () => {
    const beforeJump = run([{ type: 'choose', option: 0 }]);
    const jumped = run([{ type: 'jump', to: 'conflict' }], beforeJump);
    expect(jumped.current).toBe('conflict');
    expect(run([{ type: 'back' }], jumped)).toEqual(beforeJump);
  });

  it('a jump to an unknown node is refused', () => {
    expect(transition(content, start(content), { type: 'jump', to: 'nope' })).toEqual({ ok: false, error: 'there is no node "nope"' });
  });

  it('breadcrumbs list each question with the answer given, and jumps', () => {
    const state = run([{ type: 'choose', option: 0 }, { type: 'choose', option: 0 }, { type: 'jump', to: 'conflict' }]);
    expect(breadcrumbs(content, state)).toEqual([
      { nodeId: 'start', question: 'What do you see?', title: 'Start', answer: 'No users arrive' },
      { nodeId: 'scope', question: 'Which scope is set?', title: 'Scope', answer: 'Assigned users only' },
      { nodeId: 'assign-users', question: 'Assign the users', title: 'Assign the users', answer: 'jumped to: A value clashes' },
    ]);
  });
});

describe('paths', () => {
  it('serialises answers, moves and jumps, and replays to the same state', () => {
    const state = run([{ type: 'choose', option: 0 }, { type: 'choose', option: 0 }, { type: 'next' }, { type: 'jump', to: 'conflict' }]);
    const path = serializePath(state);
    expect(path).toBe('scope/assign-users/about-cycles/@conflict');
    expect(replayPath(content, path)).toEqual({ ok: true, state });
  });

  it('the empty path is the start', () => {
    expect(serializePath(start(content))).toBe('');
    expect(replayPath(content, '')).toEqual({ ok: true, state: start(content) });
  });

  it('an answer that the question does not offer is a clear error naming the step', () => {
    expect(replayPath(content, 'scope/wait-for-cycle')).toEqual({
      ok: false,
      step: 2,
      error: 'path step 2 "wait-for-cycle": not an answer to "scope" (answers lead to: assign-users, about-cycles)',
    });
  });

  it('a step past an end point, and a jump to a missing node, are errors', () => {
    expect(replayPath(content, 'scope/about-cycles/wait-for-cycle/start')).toMatchObject({
      ok: false,
      step: 4,
      error: 'path step 4 "start": "wait-for-cycle" is an end point: nothing follows it',
    });
    expect(replayPath(content, '@missing')).toMatchObject({ ok: false, step: 1, error: 'path step 1 "@missing": there is no node "missing"' });
  });
});
