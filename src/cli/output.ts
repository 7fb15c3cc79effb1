import { cliWords, type CliWords } from '../i18n/cli-words.js';
import { stripControl } from '../text/strip-control.js';
import { ExitCode } from './exit-codes.js';
import { colourWanted } from './style.js';

// Every line the command line prints, on stdout and stderr, leaves through this file. Text in
// it comes from content, arguments, file names and logs, so it is cleaned here, once, whatever
// each command did before: no escape sequence or control character of that text reaches the
// terminal. Tabs and other breaks inside a line become spaces; the lines stay lines.

/** The only sequences the tool itself writes (bold and dim headings, see style.ts). */
const OWN_STYLE = /(\u001B\[(?:1|2|22)m)/;
/** Anything stripControl would change, apart from the line breaks between lines. */
const NEEDS_CLEANING = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\p{Cf}\u2028\u2029]/u;

/** `text` safe for a terminal, line by line; with `keepStyle`, the tool's own bold and dim stay. */
export function terminalText(text: string, keepStyle = false): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (keepStyle ? cleanKeepingStyle(line) : stripControl(line)))
    .join('\n');
}

function cleanKeepingStyle(line: string): string {
  // split with a capture group: odd items are the style sequences themselves.
  return line
    .split(OWN_STYLE)
    .map((part, i) => (i % 2 === 1 ? part : stripControl(part)))
    .join('');
}

/** One block of text and a line break on stdout. */
export function writeOut(text: string): void {
  process.stdout.write(`${terminalText(text, colourWanted(process.env, process.stdout.isTTY))}\n`);
}

/** One block of text and a line break on stderr (messages there are never styled). */
export function writeError(text: string): void {
  process.stderr.write(`${terminalText(text)}\n`);
}

/** The words for output that cannot be written, in the reader's language; English until bin.ts knows it. */
type WriteFailureWords = CliWords['error']['output'];
const ENGLISH: WriteFailureWords = cliWords('en').error.output;

/**
 * Output that cannot be written is lost: say so in one line and exit 1, for every command
 * (analyze's report included), instead of a stack trace. A reader that stops early
 * (`... | head -1`) is not an error: stop quietly with the exit code so far, as Unix tools do.
 */
export function guardStdout(words: WriteFailureWords = ENGLISH): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => stdoutFailed(error, words));
}

/**
 * What to do when writing the output failed: also for code that writes to fd 1 itself
 * (`fs.writeSync(1, ...)` throws instead of emitting an error), so every command ends alike.
 */
export function stdoutFailed(error: NodeJS.ErrnoException, words: WriteFailureWords = ENGLISH): never {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.ok);
  const known = error.code && Object.hasOwn(words.reasons, error.code);
  const reason = known ? `${words.reasons[error.code!]} (${error.code})` : (error.code ?? error.message);
  try {
    process.stderr.write(`provision-doctor: ${words.cannotWrite(stripControl(reason))}\n`);
  } finally {
    process.exit(ExitCode.problems);
  }
}
