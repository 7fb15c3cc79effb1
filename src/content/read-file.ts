import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { say, type Message } from './diagnostic.js';

/** A content file is a page of YAML: anything larger is a mistake or an attack, not knowledge. */
export const MAX_CONTENT_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file could not be read is a diagnostic's message, ready to be worded in the reader's language. */
export type ReadResult = { ok: true; text: string } | ({ ok: false } & Message);

/**
 * Reads one content file, refusing what is not a regular file of a sane size: a link to
 * /dev/zero or /dev/urandom would fill memory, a FIFO would wait for ever, a folder named
 * *.yaml cannot be read. Opened without blocking (a FIFO must not stall the open) and checked
 * on the open descriptor, so what is checked is what is read.
 */
export function readContentFile(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, ...cannotRead(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, ...say('isFolder') };
    if (!stat.isFile()) return { ok: false, ...say('notRegularFile') };
    if (stat.size > MAX_CONTENT_FILE_BYTES) return { ok: false, ...say('tooLarge', stat.size, MAX_CONTENT_FILE_BYTES) };
    return { ok: true, text: readFileSync(fd, 'utf8') };
  } catch (error) {
    return { ok: false, ...cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}

/** The system's error code (ENOENT, EACCES, ...) is named in the reader's language; any other error as it came. */
function cannotRead(error: unknown): Message {
  return say('cannotRead', (error as NodeJS.ErrnoException).code, String((error as Error).message));
}
