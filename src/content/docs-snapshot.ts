/**
 * The committed snapshot of Microsoft Learn headings (docs-snapshot/): which file holds a page's
 * anchors, how a heading becomes Learn's anchor, and where a page's source lives in the docs
 * repositories. Shared by the validator (checks anchors offline) and
 * scripts/snapshot-headings.mjs (writes the files), so both read headings the same way.
 */

export const LEARN_HOST = 'learn.microsoft.com';

/** Learn's anchor for a heading: lower-case, spaces to "-", everything but letters, digits, "-" and "_" dropped. */
export function headingAnchor(heading: string): string {
  return plainHeadingText(heading)
    .toLowerCase()
    .replace(/ /g, '-')
    .replace(/[^\p{L}\p{N}_-]/gu, '');
}

/** The text a reader sees: link targets, inline HTML and a closing run of "#" are not part of it. */
function plainHeadingText(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

/** A Learn page's path without locale, query or anchor ("entra/identity/x/y"), or null for another host. */
export function learnPagePath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host !== LEARN_HOST) return null;
  const path = parsed.pathname
    .replace(/^\/[a-z]{2}-[a-z]{2}(?=\/)/i, '')
    .replace(/^\/+|\/+$/g, '');
  return path === '' ? null : path;
}

/** The anchor of a Learn address ("#scoping" → "scoping"), or null when it has none. */
export function learnAnchor(url: string): string | null {
  if (learnPagePath(url) === null) return null;
  const hash = new URL(url).hash.replace(/^#/, '');
  return hash === '' ? null : decodeURIComponent(hash);
}

/** Where a page's snapshot is kept, relative to docs-snapshot/: "entra/identity/x/y.txt". */
export function snapshotFileFor(pagePath: string): string {
  return `${pagePath}.txt`;
}

/** The repository and the markdown file a Learn page is built from. */
export interface PageSource {
  repo: string;
  path: string;
}

/** Learn address → docs repository file, for the products the content links to. */
export function pageSource(url: string): PageSource | null {
  const page = learnPagePath(url);
  if (!page) return null;
  const beta = new URL(url).searchParams.get('view') === 'graph-rest-beta';
  const rules: Array<[RegExp, string, (rest: string) => string]> = [
    [/^entra\/(.+)$/, 'MicrosoftDocs/entra-docs', (rest) => `docs/${rest}.md`],
    [/^azure\/(azure-monitor\/.+)$/, 'MicrosoftDocs/azure-monitor-docs', (rest) => `articles/${rest}.md`],
    [/^azure\/(.+)$/, 'MicrosoftDocs/azure-docs', (rest) => `articles/${rest}.md`],
    [/^graph\/api\/resources\/(.+)$/, 'microsoftgraph/microsoft-graph-docs-contrib', (rest) => `api-reference/${beta ? 'beta' : 'v1.0'}/resources/${rest}.md`],
    [/^graph\/api\/(.+)$/, 'microsoftgraph/microsoft-graph-docs-contrib', (rest) => `api-reference/${beta ? 'beta' : 'v1.0'}/api/${rest}.md`],
    [/^graph\/(.+)$/, 'microsoftgraph/microsoft-graph-docs-contrib', (rest) => `concepts/${rest}.md`],
  ];
  for (const [pattern, repo, file] of rules) {
    const match = pattern.exec(page);
    if (match) return { repo, path: file(match[1]!) };
  }
  return null;
}

export interface PageHeadings {
  /** The page's ms.date as YYYY-MM-DD, when its front matter has one. */
  msDate: string | null;
  /** Every heading (##, ###, ####) as its anchor and every explicit <a name> / <a id>, in page order. */
  anchors: string[];
}

/** Reads a Learn page's markdown source the way Learn gives its headings ids. */
export function headingsOfMarkdown(markdown: string): PageHeadings {
  const lines = markdown.split(/\r?\n/);
  let msDate: string | null = null;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    for (const line of lines.slice(1, end < 0 ? lines.length : end)) {
      const date = /^ms\.date:\s*['"]?(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(line);
      if (date) msDate = `${date[3]}-${date[1]!.padStart(2, '0')}-${date[2]!.padStart(2, '0')}`;
    }
    start = end < 0 ? 0 : end + 1;
  }
  const anchors: string[] = [];
  const headingCount = new Map<string, number>();
  const addHeading = (anchor: string) => {
    if (anchor === '') return;
    const count = headingCount.get(anchor) ?? 0;
    headingCount.set(anchor, count + 1);
    // Learn numbers a repeated heading: "view-details", "view-details-1", "view-details-2".
    anchors.push(count === 0 ? anchor : `${anchor}-${count}`);
  };
  // An explicit <a name> is plain HTML: it keeps an old address alive and does not number headings.
  const addExplicit = (anchor: string) => {
    if (!anchors.includes(anchor)) anchors.push(anchor);
  };
  let fence: string | null = null;
  for (const line of lines.slice(start)) {
    // Lines inside a code block are code, even when they start with "#".
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fenceMark) {
      if (fence === null) fence = fenceMark[0]!;
      else if (fenceMark[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    for (const explicit of line.matchAll(/<a\s+(?:name|id)\s*=\s*["']([^"']+)["']/gi)) addExplicit(explicit[1]!);
    const heading = /^\s{0,3}(#{2,4})\s+(.+)$/.exec(line);
    if (heading) addHeading(headingAnchor(heading[2]!));
  }
  return { msDate, anchors };
}

/** The text of one snapshot file, in the shared format of docs-snapshot/. */
export function formatSnapshot(source: PageSource, headings: PageHeadings, readDate: string): string {
  return [
    `# source: ${source.repo} ${source.path}`,
    `# ms.date: ${headings.msDate ?? 'unknown'}`,
    `# read: ${readDate}`,
    ...headings.anchors,
    '',
  ].join('\n');
}

/** The anchors listed in a snapshot file (header lines start with "#"). */
export function anchorsOfSnapshot(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
