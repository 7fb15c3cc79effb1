import { describe, expect, it } from 'vitest';
import { cleanContent } from '../src/content/clean.js';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { loadContentDir } from '../src/content/load.js';
import type { Content } from '../src/content/model.js';
import { contentFrom, smallContent, writeContentDir } from './helpers/content.js';

const base = smallContent['main.yaml']!;

/** The base content with pieces of text replaced; fails loudly if a piece is not there. */
function edit(...pairs: Array<[string, string]>): Record<string, string> {
  let text = base;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    text = text.replace(from, to);
  }
  return { 'main.yaml': text };
}

function validate(files: Record<string, string>): string[] {
  const dir = writeContentDir(files);
  return loadContentDir(dir, dir).diagnostics.map(formatDiagnostic);
}

/** Extra links placed at the top of the link catalogue (from line 6). */
function withLinks(yaml: string): Record<string, string> {
  return edit(['links:\n', `links:\n${yaml}`]);
}

const CONTROL_BYTES = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe('content text with control or invisible characters (H4)', () => {
  it('is one problem per text field, wherever the field is', () => {
    const problems = validate(
      edit(
        ['title: Doc A', 'title: "Doc A\\e]0;PWNED\\a"'],
        ['prompt: What do you see?', 'prompt: "What do you see?\\u202E"'],
        ['      - label: No users arrive', '      - label: "No users\\u200B arrive"'],
        ['      - Add the users.', '      - "Add the\\e[2J users."'],
        ['      - text: The first cycle can take hours.', '      - text: "The first\\u009B2J cycle"'],
        ['    title: A value clashes\n', '    title: A value clashes\n    keywords: ["con\\uFEFFflict"]\n    caution: "Care\\x85ful"\n'],
        ['aliases: [EntryConflict]', 'aliases: ["Entry\\LConflict"]'],
        ['reason: docs', 'reason: "docs\\0"'],
        ['retry: { automatic: false, adminMustAct: true }\n    steps:\n      - Fix', 'retry: { automatic: false, after: "1\\u00ADh", adminMustAct: true }\n    steps:\n      - Fix'],
        ['    cause: The initial cycle is still running.', '    cause: "The initial cycle\\nis still running."'],
      ),
    );
    expect(problems).toEqual([
      'main.yaml:4:13: allowedHosts[0].reason: holds the character U+0000 at character 5: control and invisible characters are not allowed in text: remove it',
      'main.yaml:7:12: links.doc-a.title: holds an escape character (U+001B) at character 6: control and invisible characters are not allowed in text: remove it',
      'main.yaml:13:13: nodes.start.prompt: holds a right-to-left override (U+202E) at character 17: control and invisible characters are not allowed in text: remove it',
      'main.yaml:15:16: nodes.start.options[0].label: holds a zero-width space (U+200B) at character 9: control and invisible characters are not allowed in text: remove it',
      'main.yaml:34:9: nodes.assign-users.steps[1]: holds an escape character (U+001B) at character 8: control and invisible characters are not allowed in text: remove it',
      'main.yaml:41:15: nodes.about-cycles.facts[0].text: holds the character U+009B at character 10: control and invisible characters are not allowed in text: remove it',
      'main.yaml:47:12: nodes.wait-for-cycle.cause: holds a line break (U+000A) at character 18: control and invisible characters are not allowed in text: write the text as one line (a folded ">-" block joins lines)',
      'main.yaml:58:15: codes.conflict.aliases[0]: holds the character U+2028 at character 6: control and invisible characters are not allowed in text: write the text as one line (a folded ">-" block joins lines)',
      'main.yaml:61:16: codes.conflict.keywords[0]: holds a byte-order mark (U+FEFF) at character 4: control and invisible characters are not allowed in text: remove it',
      'main.yaml:62:14: codes.conflict.caution: holds the character U+0085 at character 5: control and invisible characters are not allowed in text: remove it',
      'main.yaml:64:39: codes.conflict.retry.after: holds the character U+00AD at character 2: control and invisible characters are not allowed in text: remove it',
    ]);
  });

  it('checks link addresses character by character', () => {
    const problems = validate(
      withLinks(
        [
          '  spaced:\n    title: Spaced\n    url: https://learn.microsoft.com/a b',
          '  bell:\n    title: Bell\n    url: "https://learn.microsoft.com/x\\a\\e]52;c;ZXZpbAo=\\a"',
          '  bidi:\n    title: Bidi\n    url: "https://learn.microsoft.com/\\u202Etxt.exe"',
          '  user:\n    title: User\n    url: https://evil.example@learn.microsoft.com/x',
          '  upper:\n    title: Upper\n    url: https://Learn.Microsoft.com/x',
          '  accent:\n    title: Accent\n    url: https://learn.microsoft.com/ü',
          '  bare:\n    title: Bare host\n    url: https://learn.microsoft.com',
          '',
        ].join('\n'),
      ),
    ).filter((p) => !p.includes('never used'));
    expect(problems).toEqual([
      'main.yaml:8:10: links.spaced.url: holds a space (U+0020) at character 30: an address must not hold spaces, control or invisible characters',
      'main.yaml:11:10: links.bell.url: holds a bell (U+0007) at character 30: an address must not hold spaces, control or invisible characters',
      'main.yaml:14:10: links.bidi.url: holds a right-to-left override (U+202E) at character 29: an address must not hold spaces, control or invisible characters',
      'main.yaml:17:10: links.user.url: holds a user name before "@" ("evil.example@"), so it reads as another site: remove it',
      'main.yaml:20:10: links.upper.url: is not written the way a browser reads it ("https://learn.microsoft.com/x"): write it that way',
      'main.yaml:23:10: links.accent.url: is not written the way a browser reads it ("https://learn.microsoft.com/%C3%BC"): write it that way',
    ]);
  });

  it('accepts ordinary text in any script, with typographic marks', () => {
    expect(validate(edit(['title: Doc A', 'title: "Adgang for brugere – “Ærø” (名前) → ok"']))).toEqual([]);
  });
});

describe('the loaded content is cleaned once for every mode (H4, defence in depth)', () => {
  function hostile(): Content {
    const content = contentFrom(smallContent);
    content.links['doc-a']!.title = 'Doc\u001B]52;c;ZXZpbA==\u0007 A';
    content.links['doc-a']!.url = 'https://learn.microsoft.com/x\u0007\u001B[2J';
    const start = content.nodes.start!;
    if (start.kind === 'question') start.options[0]!.label = 'No users\u009D0;PWNED\u0007 arrive\u202E';
    return content;
  }

  it('strips escape sequences and invisible characters from every text', () => {
    const clean = cleanContent(hostile());
    expect(clean.links['doc-a']).toMatchObject({ title: 'Doc A', url: 'https://learn.microsoft.com/x' });
    const start = clean.nodes.start!;
    // The C1 introducer is gone, so what followed it is plain, visible text.
    expect(start.kind === 'question' && start.options[0]!.label).toBe('No users0;PWNED arrive');
    expect(CONTROL_BYTES.test(JSON.stringify(clean).replace(/\\u00[01][0-9a-f]/g, ''))).toBe(false);
  });

  it('finds only real ids: names of object properties are not nodes', () => {
    const clean = cleanContent(hostile());
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(clean.nodes[id]).toBeUndefined();
      expect(clean.links[id]).toBeUndefined();
    }
  });
});

describe('content checks that used to pass (L9.6)', () => {
  it('a node id of __proto__ is reported, not silently dropped', () => {
    const problems = validate(edit(['  scope:\n', '  __proto__:\n    kind: code-lookup\n    title: P\n    prompt: Q\n  scope:\n']));
    expect(problems).toEqual(['main.yaml:19:3: nodes: "__proto__" is not a valid id: ids are lower-case slugs such as "users-not-provisioned"']);
  });

  it('a "did not help" chain that comes back to its start is reported once', () => {
    const problems = validate(
      edit(['ifNotHelped: about-cycles', 'ifNotHelped: wait-for-cycle'], ['    links: [doc-a]\n  code-entry', '    links: [doc-a]\n    ifNotHelped: assign-users\n  code-entry']),
    );
    expect(problems).toEqual([
      'main.yaml:36:18: "did not help" goes round in a circle: assign-users -> wait-for-cycle -> assign-users: end it at a remedy without ifNotHelped, or at a question',
    ]);
  });

  it('an error code that leads back to itself through a remedy is a loop too', () => {
    const problems = validate(edit(['    links: [doc-a]\n  code-entry', '    links: [doc-a]\n    ifNotHelped: conflict\n  code-entry'], ['      - Fix the value.\n    links: [doc-a]\n', '      - Fix the value.\n    links: [doc-a]\n    next: wait-for-cycle\n']));
    expect(problems).toEqual([
      'main.yaml:51:18: "did not help" goes round in a circle: wait-for-cycle -> conflict -> wait-for-cycle: end it at a remedy without ifNotHelped, or at a question',
    ]);
  });

  it('an address with a user name in front of the real host is refused', () => {
    expect(validate(edit(['url: https://learn.microsoft.com/en-us/entra/a', 'url: https://evil.example@learn.microsoft.com/x']))).toEqual([
      'main.yaml:8:10: links.doc-a.url: holds a user name before "@" ("evil.example@"), so it reads as another site: remove it',
    ]);
  });
});
