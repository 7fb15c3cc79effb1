import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { applyOverlayFile } from '../src/content/overlay.js';
import { contentFrom, smallContent } from './helpers/content.js';

const content = contentFrom(smallContent);
const overlayFile = 'test/fixtures/locale-overlay/da.yaml';

describe('translation overlay', () => {
  it('replaces text by id and keeps ids, links and structure', () => {
    const result = applyOverlayFile(content, overlayFile, readFileSync(overlayFile, 'utf8'));
    expect(result.diagnostics).toEqual([]);
    expect(result.locale).toBe('da');
    const start = result.content.nodes.start!;
    expect(start.kind === 'question' && start.prompt).toBe('Hvad ser du?');
    expect(start.kind === 'question' && start.options).toEqual([
      { label: 'Ingen brugere kommer frem', next: 'scope' },
      { label: 'Jeg har en fejlkode', next: 'code-entry' },
    ]);
    expect(result.content.nodes['assign-users']).toMatchObject({ title: 'Tildel brugerne', links: ['doc-a'], ifNotHelped: 'about-cycles' });
    expect(result.content.nodes.conflict).toMatchObject({ title: 'En værdi er i konflikt', code: 'Conflict' });
    expect(result.content.links['doc-a']).toMatchObject({ title: 'Dokument A', url: content.links['doc-a']!.url });
    // Untranslated text falls back to the base language.
    expect(result.content.nodes.scope).toEqual(content.nodes.scope);
  });

  it('reports unknown ids and a changed number of options with their positions', () => {
    const text = 'locale: nl\nnodes:\n  nope:\n    title: X\n  start:\n    options:\n      - Alleen een\n';
    const result = applyOverlayFile(content, 'nl.yaml', text);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'nl.yaml:3:3: unknown node "nope"',
      'nl.yaml:7:7: nodes.start.options: has 1 entries, the base content has 2',
    ]);
  });
});
