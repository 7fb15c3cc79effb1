import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { didYouMean } from './check.js';
import { say, type Diagnostic, type Message } from './diagnostic.js';
import { anchorsOfSnapshot, headingAnchor, learnAnchor, learnPagePath, snapshotFileFor } from './docs-snapshot.js';
import type { ParsedFile } from './parse-file.js';
import { nodeAt, positionOfNode } from './positions.js';
import type { Source } from './schema.js';

type PathKey = string | number;

/**
 * Freshness checks that need the docs snapshot: every remedy and error code names its sources,
 * and every anchor a link or a source names is a heading of its page as last snapshotted
 * (docs-snapshot/, generated from the docs' source, so no network is needed).
 */
export function checkSources(files: ParsedFile[], snapshotDir: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (file: ParsedFile, path: PathKey[], code: Diagnostic['code'], message: Message) => {
    const pos = positionOfNode(nodeAt(file.doc, path), file.lineCounter);
    diagnostics.push({ file: file.file, line: pos.line, col: pos.col, code, ...message });
  };
  const snapshots = new Map<string, string[] | null>();
  const anchorsOfPage = (page: string): string[] | null => {
    if (!snapshots.has(page)) {
      try {
        snapshots.set(page, anchorsOfSnapshot(readFileSync(join(snapshotDir, snapshotFileFor(page)), 'utf8')));
      } catch {
        snapshots.set(page, null);
      }
    }
    return snapshots.get(page)!;
  };
  /** Checks that `anchor` is on the page of `url`; `what` and `written` name it in the message as the author wrote it. */
  const checkAnchor = (file: ParsedFile, path: PathKey[], url: string, anchor: string, what: 'anchor' | 'heading', written: string) => {
    const page = learnPagePath(url);
    const anchors = page ? anchorsOfPage(page) : null;
    if (!page || !anchors) {
      report(file, path, 'missing-snapshot', say('noSnapshot', page ? normalize(join(snapshotDir, snapshotFileFor(page))) : null));
    } else if (!anchors.includes(anchor) && !(what === 'heading' && anchors.some((a) => sameWords(a, anchor)))) {
      report(file, path, 'missing-anchor', say('notAHeading', what, written, page, didYouMean(anchor, anchors)));
    }
  };

  // A heading written with one space where the page has two ("target  systems") is the same heading.
  const sameWords = (a: string, b: string) => a.replace(/-+/g, '-') === b.replace(/-+/g, '-');

  const urls = new Map<string, string>();
  for (const file of files) for (const [id, link] of Object.entries(file.links)) urls.set(id, link.url);

  for (const file of files) {
    for (const [id, link] of Object.entries(file.links)) {
      const anchor = learnAnchor(link.url);
      if (anchor !== null) checkAnchor(file, ['links', id, 'url'], link.url, anchor, 'anchor', anchor);
    }
    const entries: Array<{ path: PathKey[]; kind: 'remedy' | 'code'; sources: Source[] | undefined }> = [];
    for (const [id, node] of Object.entries(file.nodes)) {
      if (node.kind === 'remedy') entries.push({ path: ['nodes', id], kind: 'remedy', sources: node.sources });
    }
    for (const [id, code] of Object.entries(file.codes)) entries.push({ path: ['codes', id], kind: 'code', sources: code.sources });
    for (const { path, kind, sources } of entries) {
      if (!sources || sources.length === 0) {
        report(file, [...path, 'sources'], 'missing-source', say('noSource', kind));
        continue;
      }
      sources.forEach((source, i) => {
        const url = urls.get(source.link);
        // An unknown link id is reported with the other references (check.ts).
        if (url === undefined || source.heading === undefined) return;
        checkAnchor(file, [...path, 'sources', i, 'heading'], url, headingAnchor(source.heading), 'heading', source.heading);
      });
    }
  }
  return diagnostics;
}
