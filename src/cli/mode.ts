export type Mode = 'wizard' | 'plain' | 'no-terminal';

export interface ModeInput {
  plain: boolean;
  env: Record<string, string | undefined>;
  stdinTTY: boolean | undefined;
  stdoutTTY: boolean | undefined;
}

/**
 * Decided once, before anything is loaded: the full-screen wizard needs a real
 * terminal on both ends. A dumb terminal (screen readers, Emacs shells) gets the
 * linear dialogue, which never redraws.
 */
export function chooseMode({ plain, env, stdinTTY, stdoutTTY }: ModeInput): Mode {
  if (plain || env.TERM === 'dumb') return 'plain';
  return stdinTTY === true && stdoutTTY === true ? 'wizard' : 'no-terminal';
}
