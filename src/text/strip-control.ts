import stripAnsi from 'strip-ansi';

// Text from a log file or a paste is untrusted: a display name can carry sequences that
// move the cursor, rewrite the screen, set the clipboard (OSC 52) or reorder what is shown
// (bidi overrides). This is the one cleaner for all of it: the wizard, the dialogue and the
// log report use it before such text reaches the screen or a report.

const LINE_BREAKS = /[\t\n\v\f\r]+/g;
/** C0 and C1 controls, and the bidi marks and overrides that can reorder what is shown. */
export const CONTROL_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const CONTROL = new RegExp(`[${CONTROL_CHARACTERS}]+`, 'g');

/** Drops escape sequences and control characters; tabs and line breaks become one space. */
export function stripControl(text: string): string {
  return stripAnsi(text).replace(LINE_BREAKS, ' ').replace(CONTROL, '');
}
