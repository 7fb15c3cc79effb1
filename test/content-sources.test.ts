import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir } from '../src/content/load.js';
import { writeContentDir } from './helpers/content.js';

// Content whose remedy and error code name their sources, with a heading snapshot generated from
// test/fixtures/sources/docs-src by scripts/snapshot-headings.mjs (test/snapshot-headings.test.ts).
const fixture = 'test/fixtures/sources';
const snapshotDir = `${fixture}/docs-snapshot`;
const base = readFileSync(`${fixture}/content/main.yaml`, 'utf8');

function edit(from: string, to: string): Record<string, string> {
  if (!base.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return { 'main.yaml': base.replace(from, to) };
}

function validate(files: Record<string, string>, snapshot = snapshotDir): string[] {
  const dir = writeContentDir(files);
  return loadContentDir(dir, dir, { snapshotDir: snapshot }).diagnostics.map(formatDiagnostic);
}

const cases: Array<{ name: string; files: Record<string, string>; expected: string[] }> = [
  {
    name: 'a link anchor that is not a heading of its page, with the nearest heading',
    files: edit('how-it-works#provisioning-cycles-initial-and-incremental', 'how-it-works#provisioning-cycles-initial-and-incrementl'),
    expected: [
      'main.yaml:11:10: anchor "#provisioning-cycles-initial-and-incrementl" is not a heading of entra/identity/app-provisioning/how-it-works (did you mean "provisioning-cycles-initial-and-incremental"?)',
    ],
  },
  {
    name: 'a link with an anchor to a page that has no snapshot',
    files: edit('url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/plain-page', 'url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/plain-page#overview'),
    expected: [
      `main.yaml:17:10: no heading snapshot for this page (${snapshotDir}/entra/identity/app-provisioning/plain-page.txt); run scripts/snapshot-headings.mjs`,
    ],
  },
  {
    name: 'a source naming a link the catalogue lacks',
    files: edit('      - link: plain-page\n', '      - link: plain-pag\n'),
    expected: ['main.yaml:38:15: unknown link "plain-pag" (did you mean "plain-page"?)'],
  },
  {
    name: 'a source heading that is not on its page (compared as anchors)',
    files: edit('heading: Assignment-based scoping', 'heading: Assignment-based scope'),
    expected: [
      'main.yaml:37:18: heading "Assignment-based scope" is not a heading of entra/identity/app-provisioning/how-it-works (did you mean "assignment-based-scoping"?)',
    ],
  },
  {
    name: 'a source heading on a page that has no snapshot',
    files: edit('      - link: plain-page\n', '      - link: plain-page\n        heading: Overview\n'),
    expected: [
      `main.yaml:39:18: no heading snapshot for this page (${snapshotDir}/entra/identity/app-provisioning/plain-page.txt); run scripts/snapshot-headings.mjs`,
    ],
  },
  {
    name: 'a misspelt sources key, with the key it was meant to be',
    files: edit('    links: [how-it-works]\n    sources:', '    links: [how-it-works]\n    source:'),
    expected: ['main.yaml:35:5: nodes.assign-users: unknown key "source" (did you mean "sources"?)'],
  },
  {
    name: 'a remedy and an error code without a source',
    files: {
      'main.yaml': base
        .replace(/ {4}sources:\n {6}- link: how-it-works\n {8}heading: Assignment-based scoping\n {6}- link: plain-page\n/, '')
        .replace(/ {4}sources:\n(?: {6}- link: .*\n {8}heading: .*\n)+/, '    sources: []\n'),
    },
    expected: [
      'main.yaml:29:5: remedy without a source: add sources: [{ link, heading }] naming the page (and heading) its facts come from',
      'main.yaml:50:14: error code without a source: add sources: [{ link, heading }] naming the page (and heading) its facts come from',
    ],
  },
];

describe('content validator: sources and anchors against the heading snapshot', () => {
  it('passes the fixture: headings by text or by anchor, repeated headings, an explicit <a name>', () => {
    expect(validate({ 'main.yaml': base })).toEqual([]);
  });

  for (const { name, files, expected } of cases) {
    it(name, () => {
      expect(validate(files)).toEqual(expected);
    });
  }

  it('every anchored link names the missing snapshot when the snapshot folder is absent', () => {
    const lines = validate({ 'main.yaml': base }, `${fixture}/no-such-snapshot`);
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => l.includes(`no heading snapshot for this page (${fixture}/no-such-snapshot/entra/identity/app-provisioning/how-it-works.txt)`))).toBe(true);
  });

  it('loading content for use (--content, the build) needs neither sources nor a snapshot', () => {
    const draft = base.replace(/ {4}sources:\n(?: {6}- link: .*\n(?: {8}heading: .*\n)?)+/g, '');
    expect(draft).not.toContain('sources:');
    const dir = writeContentDir({ 'main.yaml': draft });
    expect(loadContentDir(dir, dir).diagnostics).toEqual([]);
  });
});
