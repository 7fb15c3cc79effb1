import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContentDir } from './helpers/content.js';

const fixture = 'test/fixtures/sources';
const page = 'entra/identity/app-provisioning/how-it-works.txt';

function snapshot(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'pd-snapshot-'));
  const result = spawnSync(process.execPath, ['scripts/snapshot-headings.mjs', ...args, '--out', out, '--read', '2026-11-30'], { encoding: 'utf8' });
  return { out, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/snapshot-headings.mjs', () => {
  it('writes the Learn anchors of every page the content links with an anchor or a source heading', () => {
    const { out, code, stdout } = snapshot(`${fixture}/docs-src`, '--content', `${fixture}/content`);
    expect(stdout).toBe(`snapshot-headings: 1 page written to ${out}\n`);
    expect(code).toBe(0);
    // Headings ##-#### in page order, a repeated heading numbered, an explicit <a name>, a link in a
    // heading read as its text; code blocks and ##### headings left out.
    expect(readFileSync(join(out, page), 'utf8')).toBe(
      [
        '# source: MicrosoftDocs/entra-docs docs/identity/app-provisioning/how-it-works.md',
        '# ms.date: 2025-03-04',
        '# read: 2026-11-30',
        'scoping',
        'assignment-based-scoping',
        'provisioning-cycles-initial-and-incremental',
        'troubleshooting-tips',
        'troubleshooting-tips-1',
        'old-deprovisioning-name',
        'deprovisioning-and-issoftdeleted',
        'next-steps',
        '',
      ].join('\n'),
    );
  });

  it('the committed fixture snapshot is what the script writes', () => {
    const { out } = snapshot(`${fixture}/docs-src`, '--content', `${fixture}/content`);
    expect(readFileSync(join(out, page), 'utf8')).toBe(readFileSync(join(fixture, 'docs-snapshot', page), 'utf8'));
  });

  it('names each page it cannot find in the checkouts and exits 1, writing the others', () => {
    const content = writeContentDir({
      'links.yaml': [
        'links:',
        '  found:',
        '    title: Found',
        '    url: https://learn.microsoft.com/en-us/entra/identity/app-provisioning/how-it-works#scoping',
        '  graph:',
        '    title: A Graph page',
        '    url: https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0#permissions',
        '  portal:',
        '    title: The admin center, whose "#" is not a heading',
        '    url: https://entra.microsoft.com/#view/Microsoft_AAD_IAM',
        '',
      ].join('\n'),
    });
    const { out, code, stdout, stderr } = snapshot(`${fixture}/docs-src`, join(fixture, 'no-such-checkout'), '--content', content);
    expect(stdout).toBe(`snapshot-headings: 1 page written to ${out}\n`);
    expect(stderr.split('\n')).toEqual([
      `not found: graph/api/user-get: microsoftgraph/microsoft-graph-docs-contrib api-reference/v1.0/api/user-get.md is not in ${fixture}/docs-src, ${fixture}/no-such-checkout`,
      '',
    ]);
    expect(readdirSync(join(out, 'entra/identity/app-provisioning'))).toEqual(['how-it-works.txt']);
    expect(code).toBe(1);
  });

  it('reads the headings a page pulls in with [!INCLUDE] where Learn shows them, and names an include it cannot find', () => {
    const checkout = mkdtempSync(join(tmpdir(), 'pd-docs-'));
    const files: Record<string, string> = {
      'docs/identity/saas-apps/hr-tutorial.md': [
        '---',
        'ms.date: 06/18/2025',
        '---',
        '# HR tutorial',
        '## Before the include',
        '[!INCLUDE [the whole tutorial](~/includes/governance/hr-steps.md)]',
        '   [!INCLUDE [a note](../includes/no-such-note.md)]',
        '## Related content',
        '',
      ].join('\n'),
      'docs/includes/governance/hr-steps.md': [
        '---',
        'ms.date: 10/16/2019',
        '---',
        '## Troubleshooting tips',
        '[!INCLUDE [errors](errors.md)]',
        '',
      ].join('\n'),
      'docs/includes/governance/errors.md': '#### Connectivity errors\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(checkout, path)), { recursive: true });
      writeFileSync(join(checkout, path), text);
    }
    const content = writeContentDir({
      'links.yaml': [
        'links:',
        '  hr-tutorial:',
        '    title: HR tutorial',
        '    url: https://learn.microsoft.com/en-us/entra/identity/saas-apps/hr-tutorial#connectivity-errors',
        '',
      ].join('\n'),
    });
    const { out, code, stderr } = snapshot(checkout, '--content', content);
    // The page's own ms.date, not the include's; included headings in place, nested ones too.
    expect(readFileSync(join(out, 'entra/identity/saas-apps/hr-tutorial.txt'), 'utf8')).toBe(
      [
        '# source: MicrosoftDocs/entra-docs docs/identity/saas-apps/hr-tutorial.md',
        '# ms.date: 2025-06-18',
        '# read: 2026-11-30',
        'before-the-include',
        'troubleshooting-tips',
        'connectivity-errors',
        'related-content',
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('include not found, its headings are left out: docs/identity/saas-apps/hr-tutorial.md: ../includes/no-such-note.md\n');
    expect(code).toBe(0);
  });

  it('without a checkout folder it prints the usage and exits 2', () => {
    const { code, stderr } = snapshot('--content', `${fixture}/content`);
    expect(stderr).toMatch(/^snapshot-headings: give at least one docs checkout folder\nusage: node scripts\/snapshot-headings.mjs <docs-checkout-dir>/);
    expect(code).toBe(2);
  });
});
