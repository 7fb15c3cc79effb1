import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.js';
import { run } from '../cli/run-cli.js';
import { sourcedSmallContent, writeContentDir } from '../helpers/content.js';
import { readFileSync } from 'node:fs';

const overlay = readFileSync('test/fixtures/locale-overlay/da.yaml', 'utf8');
const dir = writeContentDir({ ...sourcedSmallContent(), 'locales/da.yaml': overlay });

describe('the interface speaks the reader’s language too', () => {
  it('every language has every message, in the groups too', () => {
    const keys = (group: object, prefix = ''): string[] =>
      Object.entries(group).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
    expect(keys(messages('en'))).toContain('report.noun.event');
    expect(keys(messages('da'))).toEqual(keys(messages('en')));
    expect(keys(messages('nl'))).toEqual(keys(messages('en')));
  });

  it('show and explain label a remedy and an error code in Danish', () => {
    const remedy = run(['--content', dir, '--lang', 'da', 'show', 'assign-users'], { content: false }).stdout;
    expect(remedy).toContain('Løsning: Tildel brugerne');
    expect(remedy).toMatch(/^Årsag: /m);
    expect(remedy).toMatch(/^Trin:$/m);
    const code = run(['--content', dir, '--lang', 'da', 'explain', 'Conflict'], { content: false }).stdout;
    expect(code).toContain('Hvad det betyder: ');
    expect(code).toContain('Klargøringstjenesten løser ikke dette ved at prøve igen. Du skal selv gøre noget.');
  });

  it('an unknown code and the path are told in Dutch', () => {
    const unknown = run(['--content', dir, '--lang', 'nl', 'explain', 'NoSuchThingAtAll'], { content: false });
    expect(unknown.stdout).toContain('"NoSuchThingAtAll" staat niet in de catalogus van foutcodes');
    expect(run(['--content', dir, '--lang', 'nl', 'path', ''], { content: false }).stdout).toContain('Zo bent u hier gekomen:');
  });
});

describe('the saved report in the reader’s language', () => {
  it('words its headings and labels in Danish, keeping the path and the command', async () => {
    const { markdownReport } = await import('../../src/tui/node-text.js');
    const { start, transition } = await import('../../src/engine/engine.js');
    const { contentFrom } = await import('../helpers/content.js');
    const content = { ...contentFrom(sourcedSmallContent()), language: 'da' };
    let state = start(content);
    for (const option of [0, 0]) {
      const moved = transition(content, state, { type: 'choose', option });
      if (moved.ok) state = moved.state;
    }
    const report = markdownReport(content, state, content.nodes['assign-users']!, new Date('2026-11-30T09:00:00Z'), '0.1.0');
    expect(report).toContain('# Rapport om fejlfinding af klargøring');
    expect(report).toContain('## Spørgsmål og svar');
    expect(report).toContain('**Årsag:** Only assigned users are provisioned.');
    expect(report).toContain('### Trin');
    expect(report).toContain('`provision-doctor --resume scope/assign-users`');
    expect(report).not.toContain('Questions and answers');
  });
});
