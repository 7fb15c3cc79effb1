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
}

export function makeTheme(color: boolean): Theme {
  return color
    ? { accent: 'cyan', muted: 'gray', good: 'green', warn: 'yellow' }
    : { accent: undefined, muted: undefined, good: undefined, warn: undefined };
}

export const ThemeContext = createContext<Theme>(makeTheme(false));

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
