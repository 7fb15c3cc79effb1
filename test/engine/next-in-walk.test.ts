import { describe, expect, it } from 'vitest';
import { nextInWalk, ruledOut, start, transition, type WizardEvent, type WizardState } from '../../src/engine/engine.js';
import { replayPath, serializePath } from '../../src/engine/path.js';
import { contentFrom } from '../helpers/content.js';
import { chainedCauses } from '../helpers/walk-content.js';

const content = contentFrom(chainedCauses);

function walk(events: WizardEvent[]): WizardState {
  return events.reduce((state, event) => {
    const result = transition(content, state, event);
    if (!result.ok) throw new Error(result.error);
    return result.state;
  }, start(content));
}

describe('"did not help" in a walk', () => {
  it('skips a cause the admin\'s answer ruled out: choosing A rules out B, so A hands on to C', () => {
    const atA = walk([{ type: 'choose', option: 0 }]);
    expect([...ruledOut(content, atA)].sort()).toEqual(['cause-b', 'hands-to-b']);
    expect(nextInWalk(content, atA)).toBe('cause-c');
    expect(walk([{ type: 'choose', option: 0 }, { type: 'next' }]).current).toBe('cause-c');
  });

  it('never rules out the answer that was chosen, nor the not-covered end', () => {
    const atB = walk([{ type: 'choose', option: 2 }]);
    expect(ruledOut(content, atB).has('hands-to-b')).toBe(false);
    expect(ruledOut(content, atB).has('not-covered-end')).toBe(false);
  });

  it('a hand-off remedy skips a cause that a sibling answer named, and the last cause reaches the end', () => {
    const viaHandOff = walk([{ type: 'choose', option: 2 }]);
    // "Cause B" was offered next to the chosen answer and not picked: the hand-off skips to C.
    expect(nextInWalk(content, viaHandOff)).toBe('cause-c');
    const atC = walk([{ type: 'choose', option: 0 }, { type: 'next' }]);
    expect(nextInWalk(content, atC)).toBe('not-covered-end');
  });

  it('skips a remedy the walk has already stood on', () => {
    // Jump to B, then to A: A's own next (B) was already seen, so "did not help" goes to C.
    const state = walk([{ type: 'jump', to: 'cause-b' }, { type: 'jump', to: 'cause-a' }]);
    expect(nextInWalk(content, state)).toBe('cause-c');
  });

  it('ends at the not-covered outcome, and that end has nowhere further to go', () => {
    const end = walk([{ type: 'choose', option: 0 }, { type: 'next' }, { type: 'next' }]);
    expect(end.current).toBe('not-covered-end');
    expect(transition(content, end, { type: 'next' })).toEqual({ ok: false, error: '"not-covered-end" has nowhere further to go' });
  });

  it('a saved path replays the same skips, and a path through a skipped cause is refused', () => {
    const state = walk([{ type: 'choose', option: 0 }, { type: 'next' }]);
    const path = serializePath(state);
    expect(path).toBe('cause-a/cause-c');
    const replay = replayPath(content, path);
    expect(replay.ok && replay.state.current).toBe('cause-c');
    const refused = replayPath(content, 'cause-a/cause-b');
    expect(refused).toMatchObject({ ok: false, step: 2 });
    expect(!refused.ok && refused.error).toContain('"cause-a" continues to "cause-c"');
  });
});
