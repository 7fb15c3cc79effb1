import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir } from '../src/content/load.js';
import { smallContent, writeContentDir } from './helpers/content.js';

const base = smallContent['main.yaml']!;

/** The base content with one piece of text replaced; fails loudly if the text is not there. */
function edit(from: string, to: string): Record<string, string> {
  if (!base.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return { 'main.yaml': base.replace(from, to) };
}

function validate(files: Record<string, string>): string[] {
  const dir = writeContentDir(files);
  return loadContentDir(dir, dir).diagnostics.map(formatDiagnostic);
}

const remedyLinks = '    links: [doc-a]\n    ifNotHelped';

/** Each case: broken content and the exact lines `validate` prints for it. */
const cases: Array<{ name: string; files: Record<string, string>; expected: string[] }> = [
  {
    name: 'a keyword repeated in one entry, letter case and spaces aside',
    files: edit('    title: Assign the users\n', '    title: Assign the users\n    keywords: [assign, Offboard, sync all, "offboard", "sync  all"]\n'),
    expected: [
      'main.yaml:31:44: keyword "offboard" repeats keyword 2 of "assign-users" (letter case aside): remove one',
      'main.yaml:31:56: keyword "sync  all" repeats keyword 3 of "assign-users" (letter case aside): remove one',
    ],
  },
  {
    name: 'an empty keyword',
    files: edit('    title: Assign the users\n', '    title: Assign the users\n    keywords: [assign, ""]\n'),
    expected: ['main.yaml:31:24: nodes.assign-users.keywords[1]: must not be empty'],
  },
  {
    name: 'YAML syntax error (bad indentation), without echoes from other checks',
    files: edit('    prompt: Which scope is set?', '   prompt: Which scope is set?'),
    expected: ['main.yaml:22:1: YAML syntax error: All mapping items must start at the same column'],
  },
  {
    name: 'unknown key, with the key it was probably meant to be',
    files: edit('    prompt: Which scope is set?\n    options:', '    prompt: Which scope is set?\n    optoins:'),
    expected: [
      'main.yaml:20:5: nodes.scope: missing required key "options" (array)',
      'main.yaml:23:5: nodes.scope: unknown key "optoins" (did you mean "options"?)',
    ],
  },
  {
    name: 'a " #" in unquoted text, which YAML would read as a comment',
    files: edit('      - Fix the value.\n', '      - Fix the value with #EXT#, then save.\n'),
    expected: ['main.yaml:64:28: a " #" in unquoted text starts a YAML comment, so the rest of the line is lost: put the text in quotes'],
  },
  {
    name: 'a code or alias that two entries share',
    files: edit('    code: Unknown\n', '    code: Unknown\n    aliases: [entryconflict]\n'),
    expected: ['main.yaml:68:15: "entryconflict" is already a code or alias of "conflict": a lookup could find only one of them'],
  },
  {
    name: 'missing required key',
    files: edit('    cause: Only assigned users are provisioned.\n', ''),
    expected: ['main.yaml:29:5: nodes.assign-users: missing required key "cause" (string)'],
  },
  {
    name: 'wrong type: steps as text instead of a list',
    files: edit('    steps:\n      - Check the progress bar.', '    steps: Check the progress bar.'),
    expected: ['main.yaml:48:12: nodes.wait-for-cycle.steps: invalid input: expected array, received string'],
  },
  {
    name: 'unknown node kind',
    files: edit('kind: info', 'kind: infos'),
    expected: ['main.yaml:38:11: nodes.about-cycles.kind: "infos" is not a node kind: use question, remedy, info or code-lookup'],
  },
  {
    name: 'duplicate id across files',
    files: { ...smallContent, 'extra.yaml': 'nodes:\n  scope:\n    kind: code-lookup\n    title: X\n    prompt: Y\n' },
    expected: ['main.yaml:19:3: duplicate id "scope": already defined at extra.yaml:2:3'],
  },
  {
    name: 'reference to a missing node, with "did you mean"',
    files: edit('next: assign-users', 'next: asign-users'),
    expected: [
      'main.yaml:25:15: unknown node "asign-users" (did you mean "assign-users"?)',
      'main.yaml:28:3: node "assign-users" cannot be reached from the start "start": link to it from an option or a "next"',
    ],
  },
  {
    name: 'reference to a missing link',
    files: edit(remedyLinks, '    links: [doc-b]\n    ifNotHelped'),
    expected: ['main.yaml:35:13: unknown link "doc-b" (did you mean "doc-a"?)'],
  },
  {
    name: 'node unreachable from the start',
    files: { ...smallContent, 'extra.yaml': 'nodes:\n  orphan:\n    kind: remedy\n    title: Orphan\n    cause: None.\n    steps: [Do it.]\n    links: [doc-a]\n' },
    expected: ['extra.yaml:2:3: node "orphan" cannot be reached from the start "start": link to it from an option or a "next"'],
  },
  {
    name: 'option that can never lead to a remedy',
    files: {
      ...edit('      - label: All users\n        next: about-cycles', '      - label: All users\n        next: loop-a'),
      'loop.yaml':
        'nodes:\n  loop-a:\n    kind: info\n    title: A\n    facts: [{ text: a }]\n    next: loop-b\n  loop-b:\n    kind: info\n    title: B\n    facts: [{ text: b }]\n    next: loop-a\n',
    },
    expected: ['main.yaml:27:15: option "All users" leads to "loop-a", from which no remedy can be reached'],
  },
  {
    name: 'link hosts outside the allow-list, and a stale docs.microsoft.com address',
    files: {
      ...smallContent,
      'links2.yaml':
        'links:\n  other:\n    title: Other\n    url: https://example.com/x\n  stale:\n    title: Stale\n    url: https://docs.microsoft.com/azure/active-directory/x\n',
    },
    expected: [
      'links2.yaml:4:10: host "example.com" is not in allowedHosts (add it there with a reason if it belongs)',
      'links2.yaml:7:10: stale address on docs.microsoft.com: use the current learn.microsoft.com address',
    ],
  },
  {
    name: 'remedy without a doc link',
    files: edit(remedyLinks, '    links: []\n    ifNotHelped'),
    expected: ['main.yaml:35:12: nodes.assign-users.links: needs at least one doc link (a link id from the link catalogue)'],
  },
  {
    name: 'no start node',
    files: edit('start: start\n', ''),
    expected: ['main.yaml:1:1: no start node: add "start: <node-id>" to one content file'],
  },
  {
    name: 'question with a single option',
    files: edit('      - label: I have a code\n        next: code-entry\n', ''),
    expected: ['main.yaml:15:7: nodes.start.options: a question needs at least two options'],
  },
  {
    name: 'id that is not a slug',
    files: edit('  about-cycles:\n', '  About_Cycles:\n'),
    expected: [
      'main.yaml:27:15: unknown node "about-cycles" (did you mean "About_Cycles"?)',
      'main.yaml:36:18: unknown node "about-cycles" (did you mean "About_Cycles"?)',
      'main.yaml:37:3: nodes: "About_Cycles" is not a valid id: ids are lower-case slugs such as "users-not-provisioned"',
      'main.yaml:44:3: node "wait-for-cycle" cannot be reached from the start "start": link to it from an option or a "next"',
    ],
  },
  {
    name: 'plain http address',
    files: edit('url: https://learn', 'url: http://learn'),
    expected: ['main.yaml:8:10: links.doc-a.url: must be an https:// address'],
  },
  {
    name: 'retry with a wrong value and a misspelt key',
    files: edit('retry: { automatic: false, adminMustAct: true }\n    steps:\n      - Fix', 'retry: { automatic: no, admin: true }\n    steps:\n      - Fix'),
    expected: [
      'main.yaml:62:12: codes.conflict.retry: missing required key "adminMustAct" (boolean)',
      'main.yaml:62:25: codes.conflict.retry.automatic: invalid input: expected boolean, received string',
      'main.yaml:62:29: codes.conflict.retry: unknown key "admin" (did you mean "after"?)',
    ],
  },
  {
    name: 'truncated file',
    files: { 'main.yaml': base.slice(0, 400) },
    expected: [
      'main.yaml:18:15: unknown node "code-entry"',
      'main.yaml:20:5: nodes.scope: missing required key "options" (array)',
      'main.yaml:20:5: nodes.scope: missing required key "prompt" (string)',
    ],
  },
  {
    name: 'a file that is a list, not a map',
    files: { ...smallContent, 'list.yaml': '- a\n- b\n' },
    expected: ['list.yaml:1:1: invalid input: expected object, received array'],
  },
];

describe('content validator', () => {
  it('accepts the valid base content, and an empty extra file', () => {
    expect(validate(smallContent)).toEqual([]);
    expect(validate({ ...smallContent, 'empty.yaml': '' })).toEqual([]);
  });

  it.each(cases)('$name', ({ files, expected }) => {
    expect(validate(files)).toEqual(expected);
  });

  it('reports a missing folder and a folder without YAML as one line each', () => {
    const empty = writeContentDir({ 'notes.txt': 'x' });
    expect(loadContentDir(empty, empty).diagnostics.map(formatDiagnostic)).toEqual([`${empty}:1:1: no .yaml files found in this folder`]);
    expect(loadContentDir('/nonexistent-dir', '/').diagnostics.map(formatDiagnostic)).toEqual([
      'nonexistent-dir:1:1: cannot read content: no such folder',
    ]);
  });
});
