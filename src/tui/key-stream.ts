import { EventEmitter } from 'node:events';
import { stripControl } from '../text/strip-control.js';

/**
 * The one place where the terminal's input enters the wizard. Ink hands `useInput` whatever
 * one read returned: a burst of printable keys (fast typing, key repeat, SSH, a loaded
 * machine) arrives as one string, "jjj", and every handler that compares single keys, the
 * list and field libraries included, drops it. Here each read is cut into single keys, and
 * the keys are handed to Ink one at a time with a turn of the event loop between them, so
 * React has drawn (and the libraries have re-bound their handlers) before the next one.
 *
 * A bracketed paste (ESC[200~ ... ESC[201~) stays whole: it becomes one chunk of plain text
 * that a field takes in at once. Escape sequences Ink 6.8 does not know (Ctrl+F1..F4,
 * ESC[31m) make its useInput throw (ink#901, fixed upstream by PR #902 in Ink 7 only, which
 * needs Node 22): they mean nothing to the wizard and are dropped here.
 *
 * Esc and the key after it can arrive in one read (over slow SSH, or a typist faster than the
 * link), and Ink reads ESC followed by a character as Alt with that character: the Esc was
 * lost and the key meant nothing. Where the wizard binds nothing to Alt with that key, the two
 * are cut apart here, Esc then the key, as they were pressed.
 */

const ESC = '\u001B';
export const PASTE_START = `${ESC}[200~`;
export const PASTE_END = `${ESC}[201~`;
export const BRACKETED_PASTE_ON = `${ESC}[?2004h`;
export const BRACKETED_PASTE_OFF = `${ESC}[?2004l`;

// Ink's parse-keypress: the sequences it names. Any other CSI or SS3 sequence leaves the key
// without a name and crashes useInput (ink#901); the code is built as Ink builds it.
const FN_KEY = /^(?:\x1b+)(O|N|\[|\[\[)(?:(\d+)(?:;(\d+))?([~^$])|(?:1;)?(\d+)?([a-zA-Z]))/;
const INK_KEY_CODES = new Set([
  ...['OP', 'OQ', 'OR', 'OS', '[11~', '[12~', '[13~', '[14~', '[[A', '[[B', '[[C', '[[D', '[[E'],
  ...['[15~', '[17~', '[18~', '[19~', '[20~', '[21~', '[23~', '[24~'],
  ...['[A', '[B', '[C', '[D', '[E', '[F', '[H', 'OA', 'OB', 'OC', 'OD', 'OE', 'OF', 'OH'],
  ...['[1~', '[2~', '[3~', '[4~', '[5~', '[6~', '[[5~', '[[6~', '[7~', '[8~'],
  ...['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', 'Oa', 'Ob', 'Oc', 'Od', 'Oe'],
  ...['[2^', '[3^', '[5^', '[6^', '[7^', '[8^', '[Z'],
]);

/** False for an escape sequence that Ink 6.8 would fail on (see ink#901). */
export function inkKnowsSequence(sequence: string): boolean {
  const parts = FN_KEY.exec(sequence);
  if (!parts) return true;
  const code = [parts[1], parts[2], parts[4], parts[6]].filter(Boolean).join('');
  return INK_KEY_CODES.has(code);
}

/**
 * The printable keys the wizard binds with Alt: ESC followed by one of them stays Alt+key.
 * b and f move by words in a field (keys.ts): macOS Terminal and iTerm2's natural text editing
 * send them for Option+Left and Option+Right, as readline reads Alt+B and Alt+F. Cut apart, a
 * word move left the field (Esc) and typed or pressed the letter. A binding added in keys.ts
 * must be named here too.
 */
export const ALT_BINDINGS: ReadonlySet<string> = new Set<string>(['b', 'f']);

/** ESC and a printable key that is not an Alt binding: Esc pressed just before that key. */
function escapeThenKey(key: string, altBindings: ReadonlySet<string>): boolean {
  const code = key.codePointAt(0)!;
  return code >= 0x20 && code !== 0x7f && !altBindings.has(key);
}

export interface Split {
  /** Single keys, whole escape sequences, or a paste as one chunk of plain text. */
  keys: string[];
  /** The start of a sequence or a paste cut off by the end of the read: joined to the next read. */
  rest: string;
}

/** A CSI (ESC [ ... final) or SS3 (ESC O x) sequence at `at`, with one ESC before it for Alt; null when cut off. */
function sequenceEnd(text: string, at: number, altBindings: ReadonlySet<string>): number | null {
  let i = at + 1;
  if (text[i] === ESC) {
    // Two Esc presses in one read, not Alt with a sequence.
    if (text[i + 1] !== '[' && text[i + 1] !== 'O') return at + 1;
    i++;
  }
  const kind = text[i];
  if (kind === undefined) return null;
  if (kind === 'O') return i + 2 <= text.length ? i + 2 : null;
  if (kind !== '[') {
    const key = String.fromCodePoint(text.codePointAt(i)!);
    if (escapeThenKey(key, altBindings)) return at + 1;
    return i + key.length;
  }
  i++;
  if (text[i] === '[') i++;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) return i + 1;
    if (c < 0x20 || c > 0x3f) return i; // not a CSI sequence: stop before the odd byte
  }
  return null;
}

/** Pure: cuts what one read returned into keys. */
export function splitKeys(text: string, altBindings: ReadonlySet<string> = ALT_BINDINGS): Split {
  const keys: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text.startsWith(PASTE_START, i)) {
      const end = text.indexOf(PASTE_END, i + PASTE_START.length);
      if (end < 0) return { keys, rest: text.slice(i) };
      const pasted = stripControl(text.slice(i + PASTE_START.length, end)).trim();
      if (pasted) keys.push(pasted);
      i = end + PASTE_END.length;
      continue;
    }
    if (text[i] === ESC) {
      // A lone Esc at the end of a read is the Esc key: Ink itself waits a turn for more.
      if (i === text.length - 1) {
        keys.push(ESC);
        break;
      }
      const end = sequenceEnd(text, i, altBindings);
      if (end === null) return { keys, rest: text.slice(i) };
      const sequence = text.slice(i, end);
      if (inkKnowsSequence(sequence)) keys.push(sequence);
      i = end;
      continue;
    }
    // One code point: an emoji or a CJK character is one key, a surrogate pair is not two.
    const key = String.fromCodePoint(text.codePointAt(i)!);
    keys.push(key);
    i += key.length;
  }
  return { keys, rest: '' };
}

type Source = NodeJS.ReadStream;

/**
 * What Ink reads instead of process.stdin: the same terminal, one key per read. Ink uses
 * isTTY, setRawMode, setEncoding, ref/unref, read() and the 'readable' event; nothing else.
 */
export class KeyStream extends EventEmitter {
  readonly isTTY = true;
  private queue: string[] = [];
  private rest = '';
  private pacing = false;
  private readonly onData = (chunk: Buffer | string) => this.take(String(chunk));

  constructor(private readonly source: Source) {
    super();
    this.on('newListener', (event: string) => {
      if (event === 'readable' && this.listenerCount('readable') === 0) {
        source.setEncoding('utf8');
        source.on('data', this.onData);
      }
    });
    this.on('removeListener', (event: string) => {
      if (event === 'readable' && this.listenerCount('readable') === 0) {
        source.off('data', this.onData);
        source.pause();
      }
    });
  }

  setRawMode(on: boolean): this {
    this.source.setRawMode(on);
    return this;
  }

  setEncoding(): this {
    return this;
  }

  ref(): this {
    this.source.ref();
    return this;
  }

  unref(): this {
    this.source.unref();
    return this;
  }

  /** Ink reads until null: the key of this turn, once. */
  read(): string | null {
    const key = this.ready ?? null;
    this.ready = undefined;
    return key;
  }

  private ready: string | undefined;

  /** Splits a read and queues its keys; a sequence cut off waits for the next read. */
  take(chunk: string): void {
    const { keys, rest } = splitKeys(this.rest + chunk);
    this.rest = rest;
    this.queue.push(...keys);
    if (!this.pacing) this.next();
  }

  /** One key now, the next after React has drawn: two turns of the event loop. */
  private next(): void {
    const key = this.queue.shift();
    if (key === undefined) {
      this.pacing = false;
      return;
    }
    this.pacing = true;
    this.ready = key;
    this.emit('readable');
    this.ready = undefined;
    setImmediate(() => setImmediate(() => this.next()));
  }
}
