import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/run-cli.js';
import { sourcedSmallContent, writeContentDir } from '../helpers/content.js';

const overlay = readFileSync('test/fixtures/locale-overlay/da.yaml', 'utf8');
const sourced = sourcedSmallContent()['main.yaml']!;
const withUrl = (url: string) => writeContentDir({ 'main.yaml': sourced, 'locales/da.yaml': overlay.replace('    title: Dokument A', `    title: Dokument A\n    url: ${url}`) });

describe('a translated link address is held to the rules of the English one', () => {
  it.each([
    ['a user name before the host', 'https://evil.example@learn.microsoft.com/da-dk/entra/a'],
    ['a host outside allowedHosts', 'https://evil.example/da-dk/entra/a'],
  ])('validate refuses %s, and --content will not show it', (_, url) => {
    const dir = withUrl(url);
    const checked = run(['validate', dir], { content: false });
    expect(checked.stdout).toMatch(/locales\/da\.yaml:\d+:\d+: .*(user name|allowedHosts)/);
    expect(checked.status).toBe(1);
    const shown = run(['--content', dir, '--lang', 'da', 'show', 'assign-users'], { content: false });
    expect(shown.stdout).not.toContain('evil.example');
  });
});
