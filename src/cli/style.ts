/** Text emphasis for terminal output: ANSI only when a person is looking at a colour terminal. */
export interface Style {
  heading(text: string): string;
  dim(text: string): string;
}

export const plainStyle: Style = { heading: (t) => t, dim: (t) => t };

const ansiStyle: Style = {
  heading: (t) => `\u001B[1m${t}\u001B[22m`,
  dim: (t) => `\u001B[2m${t}\u001B[22m`,
};

/**
 * Colour only on a TTY, never with NO_COLOR (https://no-color.org: set and not empty)
 * and never on a dumb terminal, which screen-reader setups often use.
 */
export function colourWanted(env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (!isTTY) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return env.TERM !== 'dumb';
}

export function styleFor(env: Record<string, string | undefined>, isTTY: boolean | undefined): Style {
  return colourWanted(env, isTTY) ? ansiStyle : plainStyle;
}
