import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Analysis } from '../logs/analysis.js';
import { isPortalCsvPart, readingOrder, sniff } from '../logs/sniff.js';
import type { FormatId } from '../logs/types.js';

// The files `analyze` reads: those given, those in folders given, and the other parts of a
// portal CSV download lying beside one. Problems on the way (a broken link, an unreadable
// folder) go to the analysis, each said once.

interface Found {
  path: string;
  kind: FormatId | 'json';
}

/**
 * Files given, files in folders given (and their subfolders), and the other parts of
 * a portal CSV download lying beside a part given alone. A file reached twice (by two
 * spellings of its path, or a link) is read once.
 */
export function collectFiles(paths: string[], analysis: Analysis): Found[] {
  const found = new Map<string, Found>();
  const add = (path: string, regular = true) => {
    const real = realPath(path);
    // A pipe or device is read once, by the reader: a peek here would take bytes that no one reads again.
    if (!found.has(real)) found.set(real, { path, kind: regular ? sniff(readHead(path)) : 'unknown' });
  };
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      analysis.problem({ file: path, message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) for (const file of filesIn(path, analysis)) add(file);
    else add(path, stat.isFile());
  }
  for (const { path, kind } of [...found.values()]) {
    if (!isPortalCsvPart(kind)) continue;
    for (const sibling of siblingsOf(path)) {
      if (found.has(realPath(sibling)) || !/\.csv$/i.test(sibling)) continue;
      const siblingKind = sniff(readHead(sibling));
      if (isPortalCsvPart(siblingKind) && siblingKind !== kind) found.set(realPath(sibling), { path: sibling, kind: siblingKind });
    }
  }
  const parts = [...found.values()];
  if (!parts.some((f) => f.kind === 'portal-csv-events')) {
    for (const part of parts.filter((f) => isPortalCsvPart(f.kind))) {
      analysis.problem({ file: part.path, message: 'a part of a portal CSV download, which holds no events itself: its events file (ProvisioningLogs.csv) was not given and is not beside it' });
    }
  }
  return readingOrder(parts);
}

/** The other files in the folder of `path` (not its subfolders): where a portal CSV download keeps its parts. */
function siblingsOf(path: string): string[] {
  const dir = dirname(path);
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Folder levels read below a folder given: deep enough for an export unpacked into folders. */
const MAX_DEPTH = 8;

/**
 * The files of a folder and its subfolders (links followed, hidden names left out), sorted.
 * Each real folder is listed once, whatever links lead to it again: links that point back
 * up made the walk exponential. Folders are taken level by level, so a file reached by
 * several paths is listed under its shortest, and a broken link in a folder is said once.
 */
function filesIn(root: string, analysis: Analysis): string[] {
  const files: string[] = [];
  const seen = new Set<string>([realPath(root)]);
  const seenFiles = new Set<string>();
  let level = [root];
  for (let depth = 0; level.length > 0; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      for (const path of entriesOf(dir, analysis)) {
        let stat;
        try {
          stat = statSync(path);
        } catch {
          analysis.problem({ file: path, message: 'skipped: a link to nothing' });
          continue;
        }
        if (!stat.isFile() && !stat.isDirectory()) {
          analysis.problem({ file: path, message: 'skipped: not a regular file' });
          continue;
        }
        const real = realPath(path);
        if (stat.isFile()) {
          if (!seenFiles.has(real)) files.push(path);
          seenFiles.add(real);
        } else if (seen.has(real)) continue;
        else if (depth >= MAX_DEPTH) analysis.problem({ file: path, message: 'skipped: folders nested this deep are not read' });
        else {
          seen.add(real);
          next.push(path);
        }
      }
    }
    level = next;
  }
  // In the order a walk folder by folder would give: a folder's files and subfolders by name.
  return files.sort((a, b) => compareParts(a.split(sep), b.split(sep)));
}

function entriesOf(dir: string, analysis: Analysis): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    analysis.problem({ file: dir, message: `cannot list the folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return [];
  }
}

function compareParts(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function readHead(path: string): Buffer {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(16_384);
      return head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return Buffer.alloc(0);
  }
}
