import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/run-cli.js';
import { sourcedSmallContent, writeContentDir } from '../helpers/content.js';

const overlay = readFileSync('test/fixtures/locale-overlay/da.yaml', 'utf8');
const sourced = sourcedSmallContent()['main.yaml']!;
const dir = writeContentDir({ 'main.yaml': sourced, 'locales/da.yaml': overlay });

describe('the command line in the reader’s language', () => {
  it('--lang da shows the Danish text and the Danish Learn page', () => {
    const shown = run(['--content', dir, '--lang', 'da', 'show', 'assign-users'], { content: false });
    expect(shown.stdout).toContain('Tildel brugerne');
    expect(shown.stdout).toContain('https://learn.microsoft.com/da-dk/entra/a');
    expect(shown.status).toBe(0);
  });

  it('LANG=da_DK.UTF-8 alone is enough; LC_ALL=nl_NL overrides it (no Dutch here, so English)', () => {
    expect(run(['--content', dir, 'show', 'assign-users'], { content: false, env: { LANG: 'da_DK.UTF-8' } }).stdout).toContain('Tildel brugerne');
    const dutch = run(['--content', dir, 'show', 'assign-users'], { content: false, env: { LANG: 'da_DK.UTF-8', LC_ALL: 'nl_NL.UTF-8' } });
    expect(dutch.stdout).toContain('Assign the users');
  });

  it('the shipped search finds a translation by its own keywords, not through the English index', () => {
    const found = run(['--lang', 'da', 'search', 'token', 'udløbet', '--json'], { content: false });
    const hits = (JSON.parse(found.stdout) as { hits: Array<{ id: string; why: string[] }> }).hits;
    expect(hits.map((h) => h.id)).toContain('scim-auth-token');
    expect(JSON.stringify(hits[0]!.why)).toContain('udløbet');
    expect(found.status).toBe(0);
  });

  it('an unknown --lang is a usage error', () => {
    const refused = run(['--lang', 'fr', 'show', 'start']);
    expect(refused.stderr).toContain('--lang: "fr" is not one of en, da, nl');
    expect(refused.status).toBe(2);
  });

  it('validate lists untranslated text as warnings and passes; a stale or orphaned translation fails it', () => {
    const ok = run(['validate', dir], { content: false });
    expect(ok.stdout).toContain('warning: node "scope" has no Danish translation');
    expect(ok.stdout).toMatch(/translations: da: no problems, \d+ warnings/);
    expect(ok.status).toBe(0);
    const stale = writeContentDir({ 'main.yaml': sourced.replace('Add the users.', 'Add the users now.'), 'locales/da.yaml': overlay.replace('  conflict:', '  no-such-code:') });
    const failed = run(['validate', stale], { content: false });
    expect(failed.stdout).toContain('"assign-users": the English changed since this was translated');
    expect(failed.stdout).toContain('"no-such-code" matches no error code of the content');
    expect(failed.status).toBe(1);
  });

  it('a language may be split into parts (da.yaml, da.codes.yaml) that validate and load as one', () => {
    const [head, codes] = overlay.split(/^codes:\n/m) as [string, string];
    const [codesOnly, links] = codes.split(/^links:\n/m) as [string, string];
    const split = writeContentDir({
      'main.yaml': sourced,
      'locales/da.yaml': `${head}links:\n${links}`,
      'locales/da.codes.yaml': `locale: da\ncodes:\n${codesOnly}`,
    });
    const ok = run(['validate', split], { content: false });
    expect(ok.stdout).not.toContain('error code "conflict" has no Danish translation');
    expect(ok.status).toBe(0);
    expect(run(['--content', split, '--lang', 'da', 'show', 'conflict'], { content: false }).stdout).toContain('En værdi er i konflikt');
    const twice = writeContentDir({ 'main.yaml': sourced, 'locales/da.yaml': overlay, 'locales/da.codes.yaml': `locale: da\ncodes:\n${codesOnly}` });
    const refused = run(['validate', twice], { content: false });
    expect(refused.stdout).toContain('"conflict" is translated in');
    expect(refused.status).toBe(1);
  });

  it('the shipped tool greets in Danish and Dutch: the first question and its topics, with Learn in the reader’s language', () => {
    const danish = run(['--lang', 'da', 'topics'], { content: false });
    expect(danish.stdout).toContain('Hvilket af disse ligner mest dit problem med klargøring af brugere til appen?');
    expect(danish.stdout).toContain('1. Jeg er ved at konfigurere klargøring til en app (sti: setup-start)');
    const dutch = run(['topics'], { content: false, env: { LANG: 'nl_BE.UTF-8' } });
    expect(dutch.stdout).toContain('6. Ik moet de inrichtingslogboeken vinden of lezen (pad: logs-start)');
    for (const output of [danish.stdout, dutch.stdout]) expect(output).not.toContain('(path:');
    const remedy = run(['--lang', 'nl', 'show', 'general-first-checks'], { content: false });
    expect(remedy.stdout).toContain('Ga naar Microsoft Entra-beheercentrum > Entra ID > Bedrijfstoepassingen > de app > Inrichten.');
    expect(remedy.stdout).toContain('Bekende problemen met inrichting in Microsoft Entra ID\n    https://learn.microsoft.com/nl-nl/entra/identity/app-provisioning/known-issues');
  });
});
