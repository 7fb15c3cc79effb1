// Text quoted from an input inside a problem message (a fragment of a record that is
// not JSON, stray text, a CSV header) may name anyone, and no rule can tell who. Such
// text is marked where the message is made; the report shows it, or, under --redact,
// leaves it out, so the message says what went wrong without quoting the input.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const MARKED = /\uE000[^\uE001]*\uE001?/g;

/** `text` marked as quoted from an input. */
export function quoteRaw(text: string): string {
  return OPEN + text.replace(MARKS, '') + CLOSE;
}

/** The message as it reads: quoted input shown. */
export function showRaw(message: string): string {
  return message.replace(MARKS, '');
}

/** The message without any quoted input. */
export function dropRaw(message: string): string {
  return message.replace(MARKED, '').replace(MARKS, '');
}
