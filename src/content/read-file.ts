import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** A content file is a page of YAML: anything larger is a mistake or an attack, not knowledge. */
export const MAX_CONTENT_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

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
    return { ok: false, message: `cannot read: ${reasonOf(error)}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'is a folder, not a YAML file: rename it, or move its files into a folder without .yaml in its name' };
    if (!stat.isFile()) return { ok: false, message: 'is not a regular file (a device, FIFO or socket): content is read from regular files only' };
    if (stat.size > MAX_CONTENT_FILE_BYTES) {
      return { ok: false, message: `is ${megabytes(stat.size)}: a content file may hold at most ${megabytes(MAX_CONTENT_FILE_BYTES)}; split it by topic` };
    }
    return { ok: true, text: readFileSync(fd, 'utf8') };
  } catch (error) {
    return { ok: false, message: `cannot read: ${reasonOf(error)}` };
  } finally {
    closeSync(fd);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file, or a link that points nowhere',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'links that lead round in a loop',
  EISDIR: 'it is a folder',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && Object.hasOwn(REASONS, code) ? `${REASONS[code]} (${code})` : undefined) ?? code ?? String((error as Error).message);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
