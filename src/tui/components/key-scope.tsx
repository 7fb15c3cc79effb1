import { EventEmitter } from 'node:events';
import type { Key } from 'ink';
import { useContext, useMemo, type ReactNode } from 'react';
// Not exported by Ink's package entry, but the same module Ink's useInput reads: providing it
// again below a point decides which keys the components under that point hear.
import StdinContext from '../../../node_modules/ink/build/components/StdinContext.js';
import reconciler from '../../../node_modules/ink/build/reconciler.js';

/**
 * The keys a list (ink-select-input) or a field (ink-text-input) hears: only those the
 * wizard's key map forwards to it, not every key the terminal sends. The list must not hear
 * the digits of a two-digit answer nor the letters typed into a field beside it; the field
 * must not hear Ctrl+U as the letter u.
 *
 * Both libraries read their state from the render their key handler was made in, and re-bind
 * the handler in an effect after each render: a second key handed over before that meets the
 * old state and is lost. So before each key, the renders and effects the last one caused are
 * drawn and its effects run (React's reconciler, the one Ink renders with, can do that at once).
 */
export class KeyBus extends EventEmitter {
  /** Each key drawn, and the component's handler bound again, before the next is handed over. */
  send(keys: string[]): void {
    for (const key of keys) {
      settle();
      // With no component to hear it (its screen is gone), the key is dropped.
      drawNow(() => this.emit('input', key));
    }
    settle();
  }
}

/**
 * Runs `update` and draws what it changed before returning. Ink's "legacy" root is concurrent
 * under React 19 (its batchedUpdates does nothing), so updates otherwise wait for the scheduler.
 */
export function drawNow(update: () => void): void {
  reconciler.flushSyncFromReconciler(update);
}

/** Effects of the last render run now: the libraries' useInput handlers are bound to it. */
function settle(): void {
  reconciler.flushPassiveEffects();
}

export function KeyScope({ bus, children }: { bus: KeyBus; children: ReactNode }) {
  const stdin = useContext(StdinContext);
  const scoped = useMemo(() => ({ ...stdin, internal_eventEmitter: bus }), [stdin, bus]);
  return <StdinContext.Provider value={scoped}>{children}</StdinContext.Provider>;
}

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  backspace: '\u007F',
} as const;

type Pressed = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'return' | 'backspace' | 'delete'>;

/** The bytes of a key as Ink parsed it, to hand on to a list or a field. */
export function rawKey(input: string, key: Pressed): string {
  if (key.upArrow) return KEY.up;
  if (key.downArrow) return KEY.down;
  if (key.leftArrow) return KEY.left;
  if (key.rightArrow) return KEY.right;
  if (key.return) return KEY.enter;
  if (key.backspace || key.delete) return KEY.backspace;
  return input;
}
