import { englishFields } from '../content/locale-stub.js';
import type { Content } from '../content/model.js';
import { sourceHashOfLink, sourceHashOfNode } from '../content/overlay-hash.js';
import type { LocaleOverlay } from '../content/schema.js';
import { mentionsEnglish, usesTerm, type Glossary } from './glossary.js';

/** One translated text next to the English it translates, e.g. `start` `options[2]`. */
export interface TextPair {
  id: string;
  field: string;
  english: string;
  translated: string;
}

/** Every text an overlay translates, paired with its current English; stale entries are left to `validate`. */
export function translatedPairs(content: Content, overlay: LocaleOverlay): TextPair[] {
  const pairs: TextPair[] = [];
  const add = (id: string, english: Record<string, string | string[]>, translated: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(translated)) {
      if (field === 'source' || field === 'keywords' || field === 'url') continue;
      const base = english[field];
      if (typeof value === 'string' && typeof base === 'string') pairs.push({ id, field, english: base, translated: value });
      if (Array.isArray(value) && Array.isArray(base)) {
        value.forEach((text, i) => {
          if (typeof text === 'string' && base[i] !== undefined) pairs.push({ id, field: `${field}[${i + 1}]`, english: base[i]!, translated: text });
        });
      }
    }
  };
  for (const [id, entry] of [...Object.entries(overlay.nodes ?? {}), ...Object.entries(overlay.codes ?? {})]) {
    const node = content.nodes[id];
    if (node && sourceHashOfNode(node) === entry.source) add(id, englishFields(node), entry);
  }
  for (const [id, entry] of Object.entries(overlay.links ?? {})) {
    const link = content.links[id];
    if (link && sourceHashOfLink(link) === entry.source) add(id, { title: link.title }, entry);
  }
  return pairs;
}

/**
 * Words of running English: lower-case words. Codes (EntryConflict), product names
 * (Microsoft Entra ID) and labels in capitals do not count, so a text that is only
 * names may stay as it is.
 */
const proseWords = (text: string) => text.match(/(?<![\p{L}\p{N}_])[a-z][a-z']*(?![\p{L}\p{N}_])/gu) ?? [];

/** Texts still in English: the same as the English and more than three words of prose. */
export function untranslated(pairs: TextPair[]): TextPair[] {
  return pairs.filter((p) => p.translated.trim() === p.english.trim() && proseWords(p.english).length > 3);
}

export interface GlossaryMiss extends TextPair {
  label: string;
  expected: string;
}

/** Texts whose English names a portal label but whose translation does not use Microsoft's word for it. */
export function glossaryMisses(pairs: TextPair[], glossary: Glossary, language: 'da' | 'nl'): GlossaryMiss[] {
  const labels = glossary.terms.filter((term) => term.kind === 'portal-label' && term[language]);
  return pairs.flatMap((pair) =>
    labels
      .filter((term) => mentionsEnglish(pair.english, term) && !usesTerm(pair.translated, term, language))
      .map((term) => ({ ...pair, label: term.en, expected: term[language]! })),
  );
}
