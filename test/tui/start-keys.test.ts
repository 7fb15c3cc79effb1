import { describe, expect, it } from 'vitest';
import { CodeIndex } from '../../src/engine/lookup.js';
import { start } from '../../src/engine/engine.js';
import { replayPath } from '../../src/engine/path.js';
import { KEY } from '../../src/tui/components/key-scope.js';
import { scrollIndicator } from '../../src/tui/frame-layout.js';
import { keyToIntent } from '../../src/tui/keys.js';
import { initialUi, reduceUi, type UiContext, type UiState } from '../../src/tui/wizard-state.js';
import { fixtureContent } from './harness.js';

const noKey = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, return: false, escape: false, ctrl: false, meta: false, backspace: false, delete: false, tab: false };

function contextOf(dir?: string): UiContext {
  const content = fixtureContent(dir);
  return { content, codes: () => new CodeIndex(content), search: null };
}

const ctx = contextOf();
const first = initialUi(start(ctx.content));
const walked = replayPath(ctx.content, 'missing-users');
if (!walked.ok) throw new Error(walked.error);
const second = initialUi(walked.state);

const describing = (query: string) => ({ type: 'open-overlay', overlay: 'describe', query });

describe('the key map on the first screen, where typing types', () => {
  it.each([...'jkqrecosb', ...'JKQSE', ...'aæøåz', '"', "'", '-', '(', '@'])('%s starts the description with itself', (letter) => {
    expect(keyToIntent(ctx, first, letter, noKey)).toEqual(describing(letter));
  });

  it('a paste goes into the field whole, even one that starts with a digit, ? or /', () => {
    for (const pasted of ['401 Unauthorized', '?filter=x', '/scim/v2/Users 404', 'sync stopped']) {
      expect(keyToIntent(ctx, first, pasted, noKey)).toEqual(describing(pasted));
    }
  });

  it('Tab opens the field empty', () => {
    expect(keyToIntent(ctx, first, '\t', { ...noKey, tab: true })).toEqual({ type: 'open-overlay', overlay: 'describe' });
  });

  it('keeps the keys no sentence starts with', () => {
    expect(keyToIntent(ctx, first, '?', noKey)).toEqual({ type: 'open-overlay', overlay: 'help' });
    expect(keyToIntent(ctx, first, '/', noKey)).toEqual({ cmd: 'search' });
    expect(keyToIntent(ctx, first, 'c', { ...noKey, ctrl: true })).toEqual({ cmd: 'quit' });
    expect(keyToIntent(ctx, first, '', { ...noKey, escape: true })).toEqual({ type: 'back' });
    expect(keyToIntent(ctx, first, '', { ...noKey, downArrow: true })).toEqual({ cmd: 'list', keys: [KEY.down] });
    expect(keyToIntent(ctx, first, '', { ...noKey, upArrow: true }, { windowed: true })).toEqual({ type: 'move', by: -1 });
    expect(keyToIntent(ctx, first, '\r', { ...noKey, return: true })).toEqual({ cmd: 'list', keys: [KEY.enter] });
    expect(keyToIntent(ctx, first, '', { ...noKey, rightArrow: true })).toEqual({ type: 'choose', index: 0 });
    expect(keyToIntent(ctx, first, ' ', noKey)).toEqual({ type: 'scroll', to: 'page-down' });
    expect(keyToIntent(ctx, first, '', { ...noKey, pageUp: true })).toEqual({ type: 'scroll', to: 'page-up' });
  });

  it('a Ctrl or Alt letter neither types nor runs a command', () => {
    expect(keyToIntent(ctx, first, 's', { ...noKey, ctrl: true })).toBeNull();
    expect(keyToIntent(ctx, first, 'q', { ...noKey, meta: true })).toBeNull();
  });

  it('a digit as the first key is held, and taken as an answer on Enter (or after a pause, in the hook)', () => {
    expect(keyToIntent(ctx, first, '3', noKey)).toEqual({ type: 'digits', digits: '3' });
    expect(keyToIntent(ctx, { ...first, digits: '3' }, '', { ...noKey, return: true })).toEqual({ cmd: 'release-digits' });
    // Replayed as answers, a digit chooses as on any other screen.
    expect(keyToIntent(ctx, first, '3', noKey, undefined, true)).toEqual({ type: 'choose', index: 2 });
    expect(keyToIntent(ctx, first, '0', noKey, undefined, true)).toBeNull();
  });

  it('three digits, or a letter (or Tab) after digits, start the description with them; Esc drops them', () => {
    expect(keyToIntent(ctx, { ...first, digits: '4' }, '0', noKey)).toEqual({ type: 'digits', digits: '40' });
    expect(keyToIntent(ctx, { ...first, digits: '40' }, '1', noKey)).toEqual(describing('401'));
    expect(keyToIntent(ctx, { ...first, digits: '5' }, 'x', noKey)).toEqual(describing('5x'));
    expect(keyToIntent(ctx, { ...first, digits: '0' }, 'x', noKey)).toEqual(describing('0x'));
    expect(keyToIntent(ctx, { ...first, digits: '40' }, '\t', { ...noKey, tab: true })).toEqual(describing('40'));
    expect(keyToIntent(ctx, { ...first, digits: '40' }, '', { ...noKey, escape: true })).toEqual({ type: 'digits', digits: '' });
    // The screen's own keys take the digits as answers.
    for (const key of ['?', '/', ' ']) expect(keyToIntent(ctx, { ...first, digits: '2' }, key, noKey)).toEqual({ cmd: 'release-digits', then: { input: key, key: noKey } });
  });

  it('in a list of sixteen, replayed as answers, a first 1 waits for a second digit, which completes the number', () => {
    const built = contextOf('content');
    const top = initialUi(start(built.content));
    expect(keyToIntent(built, top, '1', noKey)).toEqual({ type: 'digits', digits: '1' });
    expect(keyToIntent(built, { ...top, digits: '1' }, '2', noKey)).toEqual({ type: 'digits', digits: '12' });
    expect(keyToIntent(built, { ...top, digits: '12' }, '3', noKey)).toEqual(describing('123'));
    expect(keyToIntent(built, top, '1', noKey, undefined, true)).toEqual({ type: 'digits', digits: '1' });
    expect(keyToIntent(built, { ...top, digits: '1' }, '2', noKey, undefined, true)).toEqual({ type: 'choose', index: 11 });
    expect(keyToIntent(built, { ...top, digits: '1' }, '', { ...noKey, return: true }, undefined, true)).toEqual({ type: 'choose', index: 0 });
    expect(keyToIntent(built, top, '7', noKey, undefined, true)).toEqual({ type: 'choose', index: 6 });
  });

  it('in the field, every letter types, q included', () => {
    const open: UiState = { ...first, overlay: 'describe', query: 'sync', caret: 4 };
    expect(keyToIntent(ctx, open, 'q', noKey)).toEqual({ cmd: 'field', keys: ['q'], caret: 5 });
    expect(keyToIntent(ctx, open, '4', noKey)).toEqual({ cmd: 'field', keys: ['4'], caret: 5 });
  });

  it('the help over the first screen is not a field: q quits there, as its key bar says', () => {
    expect(keyToIntent(ctx, { ...first, overlay: 'help' }, 'q', noKey)).toEqual({ cmd: 'quit' });
  });
});

describe('the key map on the other screens keeps its letter commands', () => {
  it.each([
    ['j', { cmd: 'list', keys: [KEY.down] }],
    ['k', { cmd: 'list', keys: [KEY.up] }],
    ['q', { cmd: 'quit' }],
    ['r', { type: 'restart' }],
    ['e', { type: 'open-overlay', overlay: 'code' }],
    ['c', { type: 'open-overlay', overlay: 'copy' }],
    ['o', { cmd: 'open-menu' }],
    ['s', { cmd: 'save' }],
    ['b', { type: 'scroll', to: 'page-up' }],
  ])('%s', (letter, intent) => {
    expect(keyToIntent(ctx, second, letter, noKey)).toEqual(intent);
  });

  it('and other letters mean nothing there', () => {
    expect(keyToIntent(ctx, second, 'a', noKey)).toBeNull();
  });

  it('a walk back to the first question types again', () => {
    const back = reduceUi(ctx, second, { type: 'back' });
    expect(keyToIntent(ctx, back, 's', noKey)).toEqual(describing('s'));
  });
});

describe('the scroll indicator where letters type', () => {
  it('names no letter key on the first screen, and b on the others', () => {
    expect(scrollIndicator(20, 10, 30, undefined, false)).toBe('lines 21-30 of 30, the end; more above (PgUp)');
    expect(scrollIndicator(20, 10, 30)).toBe('lines 21-30 of 30, the end; more above (PgUp, b)');
  });
});
