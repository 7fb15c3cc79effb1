import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';
import { writeContentDir } from '../helpers/content.js';

/** A chain a -> b -> c -> not-covered, where answering A rules out B (the fixture of next-in-walk.test.ts). */
const dir = writeContentDir({
  'main.yaml': `start: start
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
      - label: Cause B
        next: cause-b
      - label: Something that starts with B
        next: hands-to-b
      - label: None of these
        next: not-covered-end
  hands-to-b:
    kind: remedy
    title: Hands to B
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: cause-b
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
    ifNotHelped: cause-c
  cause-c:
    kind: remedy
    title: C
    cause: x
    steps: [y]
    links: [doc]
    ifNotHelped: not-covered-end
  not-covered-end:
    kind: remedy
    title: Not covered
    cause: x
    steps: [y]
    links: [doc]
`,
});

describe('path names the next step the walk would really take', () => {
  it('in the text and in the JSON alike: past a cause the answer ruled out', () => {
    const text = run(['--content', dir, 'path', 'cause-a'], { content: false });
    expect(text.stdout).toContain('If this did not help: C');
    const json = JSON.parse(run(['--content', dir, 'path', 'cause-a', '--json'], { content: false }).stdout);
    expect(json.next).toBe('cause-c');
    expect(json.node.ifNotHelped).toBe('cause-b');
  });
});
