import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOverlay, localisedUrl } from '../src/content/apply-overlay.js';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { applyOverlayFile, checkOverlayFile, missingTranslations } from '../src/content/overlay.js';
import { contentFrom, smallContent } from './helpers/content.js';

const content = contentFrom(smallContent);
const overlayFile = 'test/fixtures/locale-overlay/da.yaml';
const overlayText = readFileSync(overlayFile, 'utf8');

describe('translation overlay', () => {
  it('replaces text by id and keeps ids, links and structure', () => {
    const result = applyOverlayFile(content, overlayFile, overlayText);
    expect(result.diagnostics.filter((d) => d.severity !== 'warning')).toEqual([]);
    expect(result.locale).toBe('da');
    const start = result.content.nodes.start!;
    expect(start.kind === 'question' && start.prompt).toBe('Hvad ser du?');
    expect(start.kind === 'question' && start.options).toEqual([
      { label: 'Ingen brugere kommer frem', next: 'scope' },
      { label: 'Jeg har en fejlkode', next: 'code-entry' },
    ]);
    expect(result.content.nodes['assign-users']).toMatchObject({ title: 'Tildel brugerne', links: ['doc-a'], ifNotHelped: 'about-cycles' });
    expect(result.content.nodes.conflict).toMatchObject({ title: 'En værdi er i konflikt', code: 'Conflict' });
    expect(result.content.links['doc-a']).toMatchObject({ title: 'Dokument A', url: 'https://learn.microsoft.com/da-dk/entra/a' });
    expect(result.content.language).toBe('da');
    // Untranslated text falls back to the base language.
    expect(result.content.nodes.scope).toEqual(content.nodes.scope);
  });

  it('keeps the English keywords and adds the translated ones, so both languages find the entry', () => {
    const result = applyOverlayFile(content, overlayFile, overlayText);
    expect(result.content.nodes['assign-users']!.keywords).toEqual(['tildeling']);
  });

  it('reports unknown ids and a changed number of options with their positions', () => {
    const text = 'locale: nl\nnodes:\n  nope:\n    source: en-00000000\n    title: X\n  start:\n    source: en-3234dc56\n    options:\n      - Alleen een\n';
    const errors = checkOverlayFile(content, 'nl.yaml', text).diagnostics.filter((d) => d.severity !== 'warning');
    expect(errors.map(formatDiagnostic)).toEqual([
      'nl.yaml:3:3: "nope" matches no node of the content: remove it or fix the id',
      'nl.yaml:9:7: nodes.start.options: has 1 entries, the English has 2',
    ]);
  });

  it('marks a translation stale when its English changed, and shows the English until it is updated', () => {
    const changed = contentFrom({ 'main.yaml': smallContent['main.yaml']!.replace('What do you see?', 'What do you see now?') });
    const checked = checkOverlayFile(changed, overlayFile, overlayText);
    const stale = checked.diagnostics.filter((d) => d.code === 'stale-translation');
    expect(stale.map(formatDiagnostic)).toEqual([expect.stringMatching(/^test\/fixtures\/locale-overlay\/da\.yaml:7:13: "start": the English changed since this was translated \(source en-3234dc56, now en-[0-9a-f]{8}\)/)]);
    const applied = applyOverlay(changed, checked.overlay!);
    expect(applied.stale).toEqual(['start']);
    const start = applied.content.nodes.start!;
    expect(start.kind === 'question' && start.prompt).toBe('What do you see now?');
  });

  it('warns at the English entry for each text left untranslated, naming the id and its hash', () => {
    const where = (id: string) => ({ file: 'content/main.yaml', line: id === 'scope' ? 21 : 1, col: 3 });
    const warnings = missingTranslations(content, checkOverlayFile(content, overlayFile, overlayText).overlay!, overlayFile, where);
    expect(warnings.map(formatDiagnostic)).toContain('content/main.yaml:21:3: warning: node "scope" has no Danish translation in test/fixtures/locale-overlay/da.yaml (source hash en-67a86a46)');
    expect(warnings.some((d) => d.message.includes('"assign-users"'))).toBe(false);
  });

  it('links Learn pages in the reader’s language, dropping English anchors', () => {
    expect(localisedUrl('https://learn.microsoft.com/en-us/entra/identity/app-provisioning/known-issues#scoping', 'nl')).toBe(
      'https://learn.microsoft.com/nl-nl/entra/identity/app-provisioning/known-issues',
    );
    expect(localisedUrl('https://portal.azure.com/#view', 'da')).toBe('https://portal.azure.com/#view');
  });
});
