import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load.js';
import { loadOverlays } from '../../src/content/load-overlays.js';
import { checkOverlayFile } from '../../src/content/overlay.js';
import { sourceHashOfNode } from '../../src/content/overlay-hash.js';
import { parseGlossary } from '../../src/i18n/glossary.js';
import { glossaryMisses, translatedPairs, untranslated, type GlossaryMiss, type TextPair } from '../../src/i18n/translation-checks.js';
import { run } from '../cli/run-cli.js';
import { contentFrom, smallContent, sourcedSmallContent, writeContentDir } from '../helpers/content.js';

const glossary = parseGlossary(readFileSync('content/locales/glossary.yaml', 'utf8'));
const loaded = loadContentDir('content');
const { overlays } = loadOverlays('content', loaded.content!, loaded.whereDeclared);

const inEnglish = (p: TextPair) => `${p.id} ${p.field}: still the English text "${p.english}"`;
const missing = (m: GlossaryMiss) => `${m.id} ${m.field}: the English says "${m.label}", the translation lacks "${m.expected}": ${m.translated}`;

describe('the shipped translations', () => {
  it('exist for Danish and Dutch', () => {
    expect([...overlays.keys()].sort()).toEqual(['da', 'nl']);
  });

  describe.each(['da', 'nl'] as const)('%s', (language) => {
    const pairs = () => translatedPairs(loaded.content!, overlays.get(language)!);

    it('translate every text they give: none is left in English', () => {
      expect(pairs().length).toBeGreaterThan(0);
      expect(untranslated(pairs()).map(inEnglish)).toEqual([]);
    });

    it('use the glossary’s word wherever the English names a portal label', () => {
      expect(glossaryMisses(pairs(), glossary, language).map(missing)).toEqual([]);
    });
  });
});

describe('the checks behind them', () => {
  const content = contentFrom(smallContent);
  const overlay = (body: string) => checkOverlayFile(content, 'da.yaml', `locale: da\n${body}`).overlay!;
  const start = (options: string[]) => overlay(`nodes:\n  start:\n    source: en-3234dc56\n    options:\n${options.map((o) => `      - ${o}\n`).join('')}`);
  const assign = (steps: string[]) => overlay(`nodes:\n  assign-users:\n    source: en-610a556d\n    steps:\n${steps.map((s) => `      - ${s}\n`).join('')}`);

  it('a text copied from the English fails with its id and place; a short label or a name may stay', () => {
    const pairs = translatedPairs(content, assign(['Open Users and groups.', 'Tilføj brugerne.']));
    expect(untranslated(pairs).map(inEnglish)).toEqual([]);
    const stub = translatedPairs(content, start(['No users arrive', 'I have a code']));
    expect(untranslated(stub).map(inEnglish)).toEqual([]);
    const longer = contentFrom({ 'main.yaml': smallContent['main.yaml']!.replace('No users arrive', 'No users arrive in the app') });
    const hash = sourceHashOfNode(longer.nodes.start!);
    const copied = checkOverlayFile(longer, 'da.yaml', `locale: da\nnodes:\n  start:\n    source: ${hash}\n    options: [No users arrive in the app, Jeg har en kode]\n`).overlay!;
    expect(untranslated(translatedPairs(longer, copied)).map(inEnglish)).toEqual(['start options[1]: still the English text "No users arrive in the app"']);
  });

  it('a portal label translated with another word fails; Microsoft’s word, inflected or in a compound, passes', () => {
    const terms = parseGlossary('terms:\n  - en: Users and groups\n    kind: portal-label\n    da: Brugere og grupper\n    source: { da: seed 000 }\n');
    const misses = (step: string) => glossaryMisses(translatedPairs(content, assign([step, 'Tilføj brugerne.'])), terms, 'da').map(missing);
    expect(misses('Åbn Personer og teams.')).toEqual(['assign-users steps[1]: the English says "Users and groups", the translation lacks "Brugere og grupper": Åbn Personer og teams.']);
    expect(misses('Åbn Brugere og grupper.')).toEqual([]);
    const identity = parseGlossary('terms:\n  - en: Identity\n    kind: portal-label\n    nl: Identiteit\n    source: { nl: seed 003 }\n');
    const pair = (english: string, translated: string) => [{ id: 'x', field: 'title', english, translated }];
    // Inside a product name the word is no portal label; on its own it is.
    expect(glossaryMisses(pair('Tutorial: AWS IAM Identity Center provisioning', 'Zelfstudie: AWS IAM Identity Center'), identity, 'nl')).toEqual([]);
    expect(glossaryMisses(pair('Go to Entra ID > Identity > Users', 'Ga naar Entra ID > Gebruikers'), identity, 'nl').map((m) => m.expected)).toEqual(['Identiteit']);
    expect(misses('Åbn siden med brugerne og grupperne.')).toEqual([]);
    // A term with no Dutch word yet asks nothing of the Dutch text.
    expect(glossaryMisses(translatedPairs(content, assign(['Open iets anders.', 'Voeg toe.'])), terms, 'nl')).toEqual([]);
  });

  it('the glossary names where each word was seen, and no word without it', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(40);
    expect(() => parseGlossary('terms:\n  - en: Scope\n    kind: portal-label\n    da: Omfang\n    source: {}\n')).toThrow('terms.0.source.da: "Omfang" needs the place it was seen');
    expect(() => parseGlossary('terms:\n  - en: Scope\n    kind: portal-label\n    nl: Bereik\n    source: { nl: https://example.com/page }\n')).toThrow(/terms\.0\.source\.nl: must be "seed NNN"/);
  });

  it('validate checks the glossary too, with the place of each problem', () => {
    const glossaryText = 'terms:\n  - en: Scope\n    kind: portal-label\n    da: Omfang\n    source: {}\n';
    const dir = writeContentDir({ ...sourcedSmallContent(), 'locales/glossary.yaml': glossaryText });
    const result = run(['validate', dir], { content: false });
    expect(result.stdout).toContain(`${dir}/locales/glossary.yaml:5:13: terms[0].source.da: "Omfang" needs the place it was seen`);
    expect(result.status).toBe(1);
  });
});
