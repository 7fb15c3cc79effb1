import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  writeStdout(`${text}\n`);
}

/** Text on stdout as it is (commander's help and version end their own lines). */
export function writeStdout(text: string): void {
  write(shared.out, terminalText(text, colourWanted(process.env, stdoutIsTerminal())));
}

/** One block of text and a line break on stderr (messages there are never styled). */
export function writeError(text: string): void {
  write(shared.err, `${terminalText(text)}\n`);
}

/** The words for output that cannot be written, in the reader's language; English until bin.ts knows it. */
type WriteFailureWords = CliWords['error']['output'];
const ENGLISH: WriteFailureWords = cliWords('en').error.output;

/**
 * stdout or stderr. A pipe or a file is written directly, whole, before the next line runs:
 * process.stdout for a pipe loads Node's socket and stream modules, a third of what `explain`
 * itself costs at start, and writes asynchronously. A terminal, a prompt and readline use the
 * stream; once it exists, every later block follows it, in order.
 */
interface Channel {
  fd: 1 | 2;
  stream?: NodeJS.WriteStream;
  terminal?: boolean;
}

/**
 * One state for every bundle that holds a copy of this file (the entry, the wizard, the heavy
 * modes' modules): the process has one stdout and one stderr.
 */
const shared: { out: Channel; err: Channel; words: WriteFailureWords } = ((globalThis as Record<symbol, unknown>)[Symbol.for('provision-doctor.output')] ??= {
  out: { fd: 1 },
  err: { fd: 2 },
  words: ENGLISH,
}) as never;

/**
 * Output that cannot be written is lost: say so in one line and exit 1, for every command
 * (analyze's report included), instead of a stack trace. A reader that stops early
 * (`... | head -1`) is not an error: stop quietly with the exit code so far, as Unix tools do.
 */
export function guardStdout(words: WriteFailureWords = ENGLISH): void {
  shared.words = words;
}

/** Whether stdout is a terminal, asked without making process.stdout. */
export function stdoutIsTerminal(): boolean {
  return isTerminal(shared.out);
}

/** The terminal's width, or undefined when stdout is no terminal. */
export function stdoutColumns(): number | undefined {
  return stdoutIsTerminal() ? streamOf(shared.out).columns : undefined;
}

/** process.stdout, for what needs a stream (a prompt, readline, a terminal): later blocks follow it. */
export function stdoutStream(): NodeJS.WriteStream {
  return streamOf(shared.out);
}

/**
 * True when everything printed is already out: both were written directly, and no stream
 * (which a pipe makes asynchronous) may still hold a block. Only then may the process end
 * before the event loop winds down by itself.
 */
export function everythingWritten(): boolean {
  return !shared.out.stream && !shared.err.stream && !stdoutIsTerminal();
}

function isTerminal(channel: Channel): boolean {
  if (channel.stream) return channel.stream.isTTY === true;
  channel.terminal ??= descriptorIsTerminal(channel.fd);
  return channel.terminal;
}

function descriptorIsTerminal(fd: number): boolean {
  // A built-in module resolves from any path: this file is also bundled where import.meta is empty.
  const isatty = (): boolean => (createRequire(process.execPath)('node:tty') as typeof import('node:tty')).isatty(fd);
  // On Windows a console is asked directly: what fstat says of one depends on the Node version,
  // and a console written as bytes would show other letters than ø and æ.
  if (process.platform === 'win32') return isatty();
  try {
    // Only a character device can be a terminal; node:tty itself (it loads node:net) is asked only then.
    const device = fstatSync(fd);
    if (!device.isCharacterDevice()) return false;
    // /dev/null is one too, and no terminal: a script's `> /dev/null`.
    if (device.rdev === nullDevice()) return false;
  } catch {
    return false;
  }
  return isatty();
}

function nullDevice(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

function streamOf(channel: Channel): NodeJS.WriteStream {
  if (!channel.stream) {
    channel.stream = channel.fd === 1 ? process.stdout : process.stderr;
    channel.stream.on('error', (error: NodeJS.ErrnoException) => failed(channel, error));
  }
  return channel.stream;
}

function write(channel: Channel, text: string): void {
  if (channel.stream || isTerminal(channel)) {
    streamOf(channel).write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(channel.fd, bytes, written);
  } catch (error) {
    // A descriptor its other end made non-blocking is full for now: the stream waits for it.
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') streamOf(channel).write(bytes.subarray(written));
    else failed(channel, error as NodeJS.ErrnoException);
  }
}

/** stdout's failures end the process; there is nowhere left to tell of stderr's. */
function failed(channel: Channel, error: NodeJS.ErrnoException): void {
  if (channel.fd === 1) stdoutFailed(error);
}

/**
 * What to do when writing the output failed: also for code that writes to fd 1 itself
 * (`fs.writeSync(1, ...)` throws instead of emitting an error), so every command ends alike.
 */
export function stdoutFailed(error: NodeJS.ErrnoException, words: WriteFailureWords = shared.words): never {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? ExitCode.ok);
  const known = error.code && Object.hasOwn(words.reasons, error.code);
  const reason = known ? `${words.reasons[error.code!]} (${error.code})` : (error.code ?? error.message);
  try {
    write(shared.err, `provision-doctor: ${words.cannotWrite(stripControl(reason))}\n`);
  } finally {
    process.exit(ExitCode.problems);
  }
}
