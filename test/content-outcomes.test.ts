import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir } from '../src/content/load.js';
import { writeContentDir } from './helpers/content.js';

/** A valid tree with a not-covered outcome: every question offers "None of these", every chain ends there. */
const tree = `start: start
allowedHosts:
  - host: learn.microsoft.com
    reason: docs
links:
  doc:
    title: Doc
    url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/how-provisioning-works
nodes:
  start:
    kind: question
    title: Start
    prompt: Which?
    options:
      - label: Cause A
        next: cause-a
      - label: None of these
        next: not-covered-here
  cause-a:
    kind: remedy
    title: A
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: cause-b
  cause-b:
    kind: remedy
    title: B
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: not-covered-here
  not-covered-here:
    kind: remedy
    title: Not covered
    cause: x
    steps: [y]
    links: [doc]
codes:
  some-code:
    code: SomeCode
    category: general
    title: T
    meaning: M
    retry: { automatic: false, adminMustAct: true }
    steps: [s]
    links: [doc]
    next: cause-a
`;

function validate(files: Record<string, string>): string[] {
  const dir = writeContentDir(files);
  return loadContentDir(dir, dir).diagnostics.map(formatDiagnostic);
}

function edited(from: string, to: string): Record<string, string> {
  if (!tree.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return { 'main.yaml': tree.replace(from, to) };
}

describe('no confident wrong answer (validator)', () => {
  it('accepts a tree whose questions offer "None of these" and whose chains end at a not-covered outcome', () => {
    expect(validate({ 'main.yaml': tree })).toEqual([]);
  });

  it('reports a question without a "None of these" answer, at its options', () => {
    expect(validate(edited('      - label: None of these\n        next: not-covered-here\n', '      - label: Cause B\n        next: cause-b\n'))).toEqual([
      'main.yaml:15:7: question "start" needs a last answer "None of these ..." that leads to a not-covered outcome (an id starting with "not-covered-")',
    ]);
  });

  it('reports a "None of these" answer that leads to an ordinary remedy', () => {
    expect(validate(edited('      - label: None of these\n        next: not-covered-here', '      - label: None of these\n        next: cause-b'))).toEqual([
      'main.yaml:15:7: question "start" needs a last answer "None of these ..." that leads to a not-covered outcome (an id starting with "not-covered-")',
    ]);
  });

  it('reports a remedy that stops without a not-covered outcome', () => {
    expect(validate(edited('    links: [doc]\n    ifNotHelped: not-covered-here\n', '    links: [doc]\n'))).toEqual([
      'main.yaml:27:5: remedy "cause-b" needs "ifNotHelped": the next cause of the same symptom, or a not-covered outcome',
    ]);
  });

  it('reports "did not help" that leaves the topic file', () => {
    const other = 'nodes:\n  elsewhere:\n    kind: remedy\n    title: E\n    cause: x\n    steps: [y]\n    links: [doc]\n    ifNotHelped: not-covered-here\n';
    const files = { ...edited('    ifNotHelped: cause-b', '    ifNotHelped: elsewhere'), 'other.yaml': other };
    expect(validate(files)).toEqual([
      'main.yaml:25:18: "did not help" from "cause-a" leads to "elsewhere" (remedy in other.yaml): it must be a remedy of main.yaml or a not-covered outcome',
      'main.yaml:26:3: node "cause-b" cannot be reached from the start "start": link to it from an option or a "next"',
    ]);
  });

  it('reports a "did not help" chain that goes round in a circle', () => {
    expect(validate(edited('    ifNotHelped: not-covered-here\n  not-covered-here', '    ifNotHelped: cause-a\n  not-covered-here'))).toEqual([
      'main.yaml:25:18: "did not help" from "cause-a" goes round in a circle (cause-a -> cause-b -> cause-a) and never reaches a not-covered outcome',
      'main.yaml:32:18: "did not help" from "cause-b" goes round in a circle (cause-b -> cause-a -> cause-b) and never reaches a not-covered outcome',
    ]);
  });

  it('reports an error code without a next step', () => {
    expect(validate(edited('    links: [doc]\n    next: cause-a\n', '    links: [doc]\n'))).toEqual([
      'main.yaml:41:5: error code "some-code" needs "next": the tree node to try when its steps did not help',
    ]);
  });

  it('leaves content without any not-covered outcome alone (small trees, drafts)', () => {
    const plain = tree.replace(/not-covered-here/g, 'the-end');
    expect(validate({ 'main.yaml': plain })).toEqual([]);
  });
});
