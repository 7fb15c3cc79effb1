import { createContext, useContext } from 'react';

/**
 * Colours in one place. chalk (inside Ink) ignores NO_COLOR, so colour is a
 * prop decided once at start-up, and every colour here becomes undefined without it.
 */
export interface Theme {
  accent: string | undefined;
  muted: string | undefined;
  good: string | undefined;
  warn: string | undefined;
  /** Dim text is a style, not a colour, but dim grey on some themes is unreadable without colour. */
  dim: boolean;
}

export function makeTheme(color: boolean): Theme {
  return color
    ? { accent: 'cyan', muted: 'gray', good: 'green', warn: 'yellow', dim: false }
    : { accent: undefined, muted: undefined, good: undefined, warn: undefined, dim: false };
}

export const ThemeContext = createContext<Theme>(makeTheme(false));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** NO_COLOR (https://no-color.org): present and not empty means no colour. */
export function colorWanted(env: NodeJS.ProcessEnv): boolean {
  return !env.NO_COLOR;
}
