import stripAnsi from 'strip-ansi';

// Text from a log file, a content file, an argument or a paste is untrusted: it can carry
// sequences that move the cursor, rewrite the screen, set the clipboard (OSC 52) or reorder
// what is shown (bidi overrides), and invisible characters that make two different values
// look the same. This is the one cleaner for all of it: the command line's writer, the loaded
// content, the wizard, the dialogue and the log report use it.

/** Tabs, line breaks and the Unicode line and paragraph separators: each run becomes one space. */
const LINE_BREAKS = /[\t\n\v\f\r\u2028\u2029]+/g;
/**
 * C0 and C1 controls, and every format character (Unicode category Cf): bidi marks and
 * overrides (U+061C, U+200E/F, U+202A-E, U+2066-9), zero-width characters (U+200B-D, U+2060),
 * invisible operators (U+2061-4), the byte-order mark U+FEFF and the tag characters; and the
 * line and paragraph separators. A character class body for a regular expression with the `u` flag.
 */
export const CONTROL_CHARACTERS = '\\p{Cc}\\p{Cf}\\u2028\\u2029';
const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]+`, 'gu');

/** Drops escape sequences and control characters; tabs and line breaks become one space. */
export function stripControl(text: string): string {
  return stripAnsi(text).replace(LINE_BREAKS, ' ').replace(CONTROL, '');
}
