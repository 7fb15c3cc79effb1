import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PINNED_LOCALE } from './cli/run-cli.js';

/** Runs the built bundle the way users do, with CI pinned so no terminal features kick in. */
function explain(...args: string[]) {
  const run = spawnSync(process.execPath, ['dist/cli.cjs', 'explain', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...PINNED_LOCALE, CI: '1', NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('provision-doctor explain', () => {
  it('explains an exact code with its steps and links', () => {
    const { code, stdout, stderr } = explain('InvalidAnchor');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^InvalidAnchor\n/);
    expect(stdout).toContain('The app account the service knew is gone');
    expect(stdout).toMatch(/Steps:\n {2}1\. /);
    expect(stdout).toContain('https://learn.microsoft.com/');
  });

  it('explains an alias and says which alias matched', () => {
    const { code, stdout } = explain('Unauthorized');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^InsufficientRights \(alias "Unauthorized"\)/);
  });

  it('matches a lower-case code', () => {
    const { code, stdout } = explain('toomanyrequests');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^TooManyRequests\n/);
    expect(stdout).toContain('retries by itself');
  });

  it('reads an app-prefixed and a SCIM-prefixed code and says what it set aside', () => {
    const app = explain('SalesforceEntryConflict');
    expect(app.code).toBe(0);
    expect(app.stdout).toContain('ignored the prefix "Salesforce"');
    const scim = explain('ScimInvalidAnchor');
    expect(scim.code).toBe(0);
    expect(scim.stdout).toContain('ignored the SCIM prefix "Scim"');
  });

  it('says when a code is unknown, suggests the nearest, gives the general advice and exits 1', () => {
    const { code, stdout } = explain('EntryConflct');
    expect(code).toBe(1);
    expect(stdout).toContain('"EntryConflct" is not in the error-code catalogue.');
    expect(stdout).toMatch(/Close to it, not the same code: .*Conflict/);
    expect(stdout).toContain('A code the catalogue does not know yet');
    expect(stdout).toContain('Steps tab');
  });

  it('answers a pasted 100 KB word without a stack trace, searching it within the query limits', () => {
    const { code, stdout, stderr } = explain('Ab'.repeat(50_000));
    expect(stderr).toBe('');
    expect(stdout).toContain('A code the catalogue does not know yet');
    expect(code).toBe(1);
  });

  it('explains several codes at once and fails when one is unknown', () => {
    const both = explain('Timeout', 'MissingValues');
    expect(both.code).toBe(0);
    expect(both.stdout).toContain('The app answered too slowly');
    expect(both.stdout).toContain('Required values are empty');
    const oneBad = explain('Timeout', 'QqqNoSuchCode');
    expect(oneBad.code).toBe(1);
    expect(oneBad.stdout).toContain('The app answered too slowly');
    expect(oneBad.stdout).toContain('"QqqNoSuchCode" is not in the error-code catalogue.');
  });

  it('names the tree remedy to go on to when the steps did not help, in text and JSON', () => {
    const { stdout } = explain('EntryConflict');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      'If this did not help: Stop the matching attribute linking the wrong account (provision-doctor show wrong-users-matching-takeover)',
    );
    expect(JSON.parse(explain('EntryConflict', '--json').stdout).next).toBe('wrong-users-matching-takeover');
  });

  it('prints the documented JSON keys with --json', () => {
    const { code, stdout } = explain('entryconflict', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ code: 'Conflict', matchedAs: 'alias', title: expect.any(String), meaning: expect.any(String) });
    expect(json.retry).toMatchObject({ automatic: false, adminMustAct: true });
    expect(json.steps.length).toBeGreaterThan(0);
    expect(json.links.length).toBeGreaterThan(0);
    for (const link of json.links) {
      expect(Object.keys(link).sort()).toEqual(['title', 'url']);
      expect(link.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
  });

  it('prints an array for several codes and the suggestions for an unknown one with --json', () => {
    const { code, stdout } = explain('Timeout', 'Quarantine', '--json');
    expect(code).toBe(1);
    const [found, unknown] = JSON.parse(stdout);
    expect(found).toMatchObject({ code: 'Timeout', matchedAs: 'code' });
    expect(found.retry).toMatchObject({ automatic: true, after: '40 minutes' });
    expect(unknown).toMatchObject({ code: null, matchedAs: null });
    expect(unknown.suggestions).toEqual(expect.arrayContaining(['EncounteredQuarantineException', 'QuarantineOnDemand']));
    expect(unknown.fallback.code).toBe('Unknown');
  });

  it('keeps terminal control sequences out of the output', () => {
    const { code, stdout } = explain('\u001b[2J\u001b]0;owned\u0007NoSuchThing');
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/\u001b|\u0007/);
    expect(stdout).toContain('"NoSuchThing" is not in the error-code catalogue.');
  });
});
