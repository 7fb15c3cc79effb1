import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Content } from '../../src/content/model.js';
import { loadContentDir } from '../../src/content/load.js';

/** Writes `files` (relative path -> YAML text) into a fresh temporary folder and returns it. */
export function writeContentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Loads YAML written to a temp folder; fails the test with the diagnostics when it does not validate. */
export function contentFrom(files: Record<string, string>): Content {
  const dir = writeContentDir(files);
  const result = loadContentDir(dir, dir);
  if (!result.content) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.content;
}

/** A small, valid content set used as the base for engine and validator tests. */
export const smallContent: Record<string, string> = {
  'main.yaml': `start: start
allowedHosts:
  - host: learn.microsoft.com
    reason: docs
links:
  doc-a:
    title: Doc A
    url: https://learn.microsoft.com/en-us/entra/a
nodes:
  start:
    kind: question
    title: Start
    prompt: What do you see?
    options:
      - label: No users arrive
        next: scope
      - label: I have a code
        next: code-entry
  scope:
    kind: question
    title: Scope
    prompt: Which scope is set?
    options:
      - label: Assigned users only
        next: assign-users
      - label: All users
        next: about-cycles
  assign-users:
    kind: remedy
    title: Assign the users
    cause: Only assigned users are provisioned.
    steps:
      - Open Users and groups.
      - Add the users.
    links: [doc-a]
    ifNotHelped: about-cycles
  about-cycles:
    kind: info
    title: About cycles
    facts:
      - text: The first cycle can take hours.
        links: [doc-a]
    next: wait-for-cycle
  wait-for-cycle:
    kind: remedy
    title: Wait for the cycle
    cause: The initial cycle is still running.
    steps:
      - Check the progress bar.
    links: [doc-a]
  code-entry:
    kind: code-lookup
    title: Look up a code
    prompt: Type the code.
codes:
  conflict:
    code: Conflict
    aliases: [EntryConflict]
    category: app-provisioning
    title: A value clashes
    meaning: Another object holds the value.
    retry: { automatic: false, adminMustAct: true }
    steps:
      - Fix the value.
    links: [doc-a]
  unknown-error-code:
    code: Unknown
    category: general
    title: Unknown code
    meaning: Not in the catalogue.
    retry: { automatic: false, adminMustAct: true }
    steps:
      - Read the reason.
    links: [doc-a]
`,
};

/** smallContent with a source on every remedy and error code, as `validate` wants them. */
export function sourcedSmallContent(): Record<string, string> {
  return { 'main.yaml': smallContent['main.yaml']!.replace(/^(    links: \[doc-a\])$/gm, '$1\n    sources: [{ link: doc-a }]') };
}
