import { basename } from 'node:path';
import type { Report } from './report.js';

/**
 * File paths carry the OS user name and folder names (/home/jane.doe/Downloads/x.json):
 * a report to share names each file by its base name alone; two files of the same name
 * are told apart by a number.
 */
export function shortenPaths(report: Report): Report {
  const short = new Map<string, string>();
  const taken = new Map<string, number>();
  const name = (path: string): string => {
    let shown = short.get(path);
    if (shown === undefined) {
      const base = basename(path) || path;
      const n = (taken.get(base) ?? 0) + 1;
      taken.set(base, n);
      shown = n === 1 ? base : `${base} (${n})`;
      short.set(path, shown);
    }
    return shown;
  };
  return {
    ...report,
    summary: { ...report.summary, files: report.summary.files.map((f) => ({ ...f, file: name(f.file) })) },
    problems: report.problems.map((p) => ({ ...p, file: name(p.file) })),
  };
}
