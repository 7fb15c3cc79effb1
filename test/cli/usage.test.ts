import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

/** Every usage error: exit 2, nothing on stdout, exactly one line on stderr that names the problem and the help. */
function expectUsageError(args: string[], problem: RegExp, help = 'provision-doctor') {
  const { stdout, stderr, status } = run(args);
  expect(status, args.join(' ')).toBe(2);
  expect(stdout).toBe('');
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(problem);
  expect(lines[0]).toContain(`Run "${help} --help" for usage.`);
}

describe('bad arguments', () => {
  it('rejects an unknown option and suggests the near one', () => {
    expectUsageError(['explain', '--jsn', 'EntryConflict'], /^provision-doctor explain: unknown option '--jsn' \(Did you mean --json\?\)/, 'provision-doctor explain');
  });

  it('rejects an unknown command', () => {
    expectUsageError(['bogus'], /^provision-doctor: unknown command "bogus"\. Run/);
  });

  it('suggests the command a typo was near, also after help and in the reader\'s language', () => {
    expectUsageError(['explian', 'EntryConflict'], /^provision-doctor: unknown command "explian" \(Did you mean explain\?\)\. Run/);
    expectUsageError(['serach', 'users'], /^provision-doctor: unknown command "serach" \(Did you mean search\?\)\. Run/);
    expectUsageError(['help', 'pth'], /^provision-doctor: unknown command "pth" \(Did you mean path\?\)\. Run/);
    const danish = run(['--lang', 'da', 'sho', 'start']);
    expect(danish.status).toBe(2);
    expect(danish.stderr).toMatch(/^provision-doctor: ukendt kommando "sho" \(Mente du show\?\)\. /);
  });

  it('rejects a missing argument', () => {
    expectUsageError(['show'], /missing required argument 'node-id'/, 'provision-doctor show');
    expectUsageError(['explain'], /missing required argument 'code'/, 'provision-doctor explain');
    expectUsageError(['path'], /missing required argument 'path'/, 'provision-doctor path');
  });

  it('rejects an unknown category and lists the valid ones', () => {
    expectUsageError(['codes', '--category', 'nope'], /argument 'nope' is invalid\. Allowed choices are app-provisioning, .*general\./, 'provision-doctor codes');
  });

  it('rejects a limit that is not a positive whole number', () => {
    expectUsageError(['search', 'entry', '--limit', 'ten'], /'--limit <n>' argument 'ten' is invalid\. It must be a whole number/, 'provision-doctor search');
  });

  it('rejects a global option without its value', () => {
    const { status, stderr } = run(['topics', '--content'], { content: false });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^provision-doctor( topics)?: option '--content <dir>' argument missing\. Run "provision-doctor( topics)? --help" for usage.\n$/);
  });

  it('refuses the full-screen wizard without a terminal and points to --plain', () => {
    const { stdout, stderr, status } = run([]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('provision-doctor: the wizard needs an interactive terminal; without one use --plain (a line-by-line dialogue), explain <code>, search <words> or analyze <log file> (see --help)\n');
  });

  it('reports unreadable content as one problem, exit 1, no stack trace', () => {
    const { stderr, status } = run(['topics', '--content', 'no/such/folder'], { content: false });
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).toContain('cannot read content: no such folder');
  });
});
