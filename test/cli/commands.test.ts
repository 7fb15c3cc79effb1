import { describe, expect, it } from 'vitest';
import { run, runJson } from './run-cli.js';

describe('topics', () => {
  it('lists the answers to the first question, numbered, with their path', () => {
    const { stdout, stderr, status } = run(['topics']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'What do you see with provisioning to the app?',
        '  1. Users are missing in the app (path: users-missing)',
        '  2. The provisioning job is in quarantine (path: quarantine-facts)',
        '  3. I have an error code from the logs (path: enter-code)',
        '',
      ].join('\n'),
    );
  });

  it('gives the same topics as JSON', () => {
    const { json, status } = runJson(['topics']);
    expect(status).toBe(0);
    expect(json).toMatchObject({ start: 'start', topics: [{ next: 'users-missing' }, { next: 'quarantine-facts' }, { next: 'enter-code', title: 'Look up an error code' }] });
  });
});

describe('codes', () => {
  it('lists the whole catalogue by category, one code per line', () => {
    const { stdout, status } = run(['codes']);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => l.split(/\s{2,}/)[0])).toEqual(['EntryConflict', 'EntryNotFound', 'InsufficientRights', 'UnknownError']);
  });

  it('filters by category', () => {
    const { stdout, status } = run(['codes', '--category', 'quarantine']);
    expect(status).toBe(0);
    expect(stdout).toBe('InsufficientRights  quarantine  The credentials lack rights in the app\n');
    expect(runJson(['codes', '--category', 'quarantine']).json).toEqual({
      language: 'en',
      category: 'quarantine',
      codes: [{ id: 'insufficient-rights', code: 'InsufficientRights', aliases: [], category: 'quarantine', title: 'The credentials lack rights in the app' }],
    });
  });

  it('exits 1 for a known category without codes', () => {
    const { stdout, status } = run(['codes', '--category', 'cross-tenant']);
    expect(status).toBe(1);
    expect(stdout).toContain('No error codes in the category "cross-tenant"');
  });
});

describe('search', () => {
  it('searches the built-in content in the reader\'s language with its prebuilt index', () => {
    const { stdout, status } = run(['--lang', 'da', 'search', 'klargøringen', 'fungerer'], { content: false });
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^1\.\s+about-provisioning\s+info\s+Sådan fungerer klargøring af apps/);
    expect(run(['--lang', 'nl', 'search', 'foutcodes', 'opzoeken'], { content: false }).stdout).toMatch(/^1\.\s+have-error-code/);
  });

  it('ranks code matches first and shows id, kind, title and the words that matched', () => {
    const { stdout, status } = run(['search', 'entry']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^1\.\s+entry-conflict\s+code\s+EntryConflict: A matching object already exists in the app {2}\(matched "entry"\)$/);
    expect(lines[1]).toMatch(/^2\.\s+entry-not-found\s+code\s+EntryNotFound/);
  });

  it('says which code it read in the query, and what it set aside', () => {
    const { stdout } = run(['search', 'SalesforceEntryConflict']);
    expect(stdout.split('\n')[0]).toMatch(/entry-conflict .*\(code EntryConflict: read "SalesforceEntryConflict" as "EntryConflict" \(ignored the prefix "Salesforce"\)\)$/);
    const { json } = runJson(['search', 'SalesforceEntryConflict']);
    expect((json as { hits: Array<{ why: unknown }> }).hits[0]!.why).toEqual({
      code: 'EntryConflict',
      note: 'read "SalesforceEntryConflict" as "EntryConflict" (ignored the prefix "Salesforce")',
    });
  });

  it('joins several words into one query', () => {
    const { json, status } = runJson(['search', 'restart', 'job']);
    expect(status).toBe(0);
    expect((json as { hits: Array<{ id: string }> }).hits[0]!.id).toBe('fix-quarantine');
  });

  it('says "no good match" and lists the topics, exit 1, when nothing is relevant', () => {
    const { stdout, status } = run(['search', 'xyzzy']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^No good match for "xyzzy"\. Start from one of the topics instead:\n {2}1\. Users are missing in the app \(provision-doctor show users-missing\)\n/);
    const { json, status: jsonStatus } = runJson(['search', 'printer', 'not', 'working']);
    expect(jsonStatus).toBe(1);
    expect(json).toMatchObject({ query: 'printer not working', hits: [] });
    expect((json as { topics: unknown[] }).topics[0]).toEqual({ label: 'Users are missing in the app', next: 'users-missing' });
  });

  it('honours --limit', () => {
    expect((runJson(['search', 'entry', '--limit', '1']).json as { hits: unknown[] }).hits).toHaveLength(1);
  });
});

describe('show', () => {
  it('prints a remedy with its steps and full URLs', () => {
    const { stdout, status } = run(['show', 'check-scope']);
    expect(status).toBe(0);
    expect(stdout).toContain('[remedy check-scope]\nRemedy: Check the scope setting\n');
    expect(stdout).toContain('  2. Remove scoping filters that exclude the users.');
    expect(stdout).toContain('    https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-config-problem-no-users-provisioned\n');
  });

  it('prints a question with the ids its answers lead to', () => {
    const { stdout } = run(['show', 'users-missing']);
    expect(stdout).toContain('  1. No, they are not assigned (-> assign-users)');
  });

  it('accepts an error code in place of a node id', () => {
    const { json, status } = runJson(['show', 'entryconflict']);
    expect(status).toBe(0);
    expect(json).toMatchObject({ kind: 'code', id: 'entry-conflict', code: 'EntryConflict', next: 'check-scope' });
  });

  it('names an unknown id on one line with a suggestion, exit 1', () => {
    const { stdout, stderr, status } = run(['show', 'chek-scope']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('provision-doctor: there is no node "chek-scope". Did you mean: check-scope?\n');
  });
});

describe('path', () => {
  it('replays a path: the answers given, then the node reached', () => {
    const { stdout, status } = run(['path', 'users-missing/assign-users']);
    expect(status).toBe(0);
    expect(stdout).toContain(
      [
        'How you got here:',
        '  1. What do you see with provisioning to the app? -> Users are missing in the app',
        '  2. Are the missing users assigned to the app? -> No, they are not assigned',
        '',
        'Remedy: Assign the users to the app',
      ].join('\n'),
    );
  });

  it('replays jumps and gives the breadcrumbs as JSON', () => {
    const { json, status } = runJson(['path', 'enter-code/@entry-conflict/check-scope']);
    expect(status).toBe(0);
    expect(json).toMatchObject({
      path: 'enter-code/@entry-conflict/check-scope',
      breadcrumbs: [{ nodeId: 'start' }, { nodeId: 'enter-code', answer: 'jumped to: A matching object already exists in the app' }, { nodeId: 'entry-conflict', answer: 'this did not help' }],
      node: { id: 'check-scope', kind: 'remedy' },
    });
  });

  it('explains where an invalid path goes wrong, exit 1', () => {
    const { stdout, stderr, status } = run(['path', 'users-missing/nope']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^provision-doctor: path step 2 "nope": not an answer to "users-missing" \(answers lead to: assign-users, check-scope\)/)]);
  });
});

describe('explain', () => {
  it('explains several codes at once, exit 1 when one is unknown', () => {
    const { stdout, status } = run(['explain', 'EntryConflict', 'NoSuchCode']);
    expect(status).toBe(1);
    expect(stdout).toContain('EntryConflict\nA matching object already exists in the app');
    expect(stdout).toContain('"NoSuchCode" is not in the error-code catalogue.');
    const { json } = runJson(['explain', 'EntryConflict', 'NoSuchCode']);
    expect(json).toMatchObject([{ code: 'EntryConflict' }, { input: 'NoSuchCode', code: null }]);
  });
});

describe('global options', () => {
  it('prints the version and exits 0', () => {
    const { stdout, status } = run(['--version'], { content: false });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('has --help for every command', () => {
    for (const name of ['explain', 'search', 'topics', 'codes', 'show', 'path', 'validate']) {
      const { stdout, status } = run([name, '--help'], { content: false });
      expect(status, name).toBe(0);
      expect(stdout, name).toContain(`Usage: provision-doctor ${name}`);
    }
    const help = run(['--help'], { content: false }).stdout;
    expect(help).toContain('Exit codes: 0 found, 1 not found or problems, 2 usage error');
    // It onboards: what no arguments does, examples, and a help command.
    expect(help.split('\n')[0]).toBe('Run with no arguments to start the interactive wizard: it asks what you see, one question at a time,');
    expect(help).toContain('Examples:\n  provision-doctor ');
    const viaCommand = run(['help', 'explain'], { content: false });
    expect(viaCommand.status).toBe(0);
    expect(viaCommand.stdout).toContain('Usage: provision-doctor explain');
  });

  it('accepts --content after the command too', () => {
    const { stdout, status } = run(['show', 'fix-quarantine', '--content', `${process.cwd()}/test/fixtures/content-cli`], { content: false });
    expect(status).toBe(0);
    expect(stdout).toContain('Fix the cause and restart the job');
  });

  it('validates the --content folder when validate has no argument', () => {
    const { stdout, status } = run(['validate']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/content-cli: 2 files, 7 nodes, 4 error codes, 4 links: no problems/);
  });

  it('prints no escape sequences when piped', () => {
    for (const args of [['topics'], ['show', 'check-scope'], ['path', 'users-missing']]) {
      expect(run(args).stdout, args.join(' ')).not.toContain('\u001B');
    }
  });
});
