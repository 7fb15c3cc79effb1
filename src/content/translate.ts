import type { Content, ContentNode } from './model.js';
import type { Link, LocaleOverlay } from './schema.js';

export interface Translated {
  content: Content;
  /** Entries whose English changed since they were translated: shown in English. */
  stale: string[];
}

/** Whether an entry's recorded `source` hash still matches the English it translates. */
export type IsCurrent = (source: string, english: ContentNode | Link) => boolean;

/**
 * Replaces text by id, structure kept. No YAML, zod or hashing here: the shipped tool applies
 * at start-up an overlay the build compiled, which holds current entries only. An entry
 * `isCurrent` rejects (its English changed since it was translated) is left in English.
 */
export function translateContent(content: Content, overlay: LocaleOverlay, isCurrent: IsCurrent): Translated {
  const nodes: Record<string, ContentNode> = { ...content.nodes };
  const stale: string[] = [];
  const translated: string[] = [];
  const entries = [...Object.entries(overlay.nodes ?? {}), ...Object.entries(overlay.codes ?? {})];
  for (const [id, text] of entries) {
    const base = nodes[id];
    if (!base) continue;
    if (!isCurrent(text.source, base)) {
      stale.push(id);
      continue;
    }
    nodes[id] = translateNode(base, text as TranslatedText);
    translated.push(id);
  }
  const links = { ...content.links };
  for (const [id, text] of Object.entries(overlay.links ?? {})) {
    const base = links[id];
    if (!base) continue;
    if (!isCurrent(text.source, base)) stale.push(id);
    else links[id] = { ...base, title: text.title, url: text.url ?? localisedUrl(base.url, overlay.locale) };
  }
  // An untranslated link still goes to the page in the reader's language where Learn has one.
  for (const [id, link] of Object.entries(links)) {
    if (!overlay.links?.[id] || stale.includes(id)) links[id] = { ...link, url: localisedUrl(link.url, overlay.locale) };
  }
  return { content: { ...content, nodes, links, language: overlay.locale, translated }, stale };
}

/** An overlay from dist/locales/, which the build wrote with its stale entries left out. */
export const applyCompiledOverlay = (content: Content, overlay: LocaleOverlay): Content => translateContent(content, overlay, () => true).content;

type TranslatedText = Partial<Record<'title' | 'prompt' | 'explain' | 'cause' | 'caution' | 'meaning' | 'retryNote', string>> &
  Partial<Record<'options' | 'steps' | 'facts' | 'keywords', string[]>>;

function translateNode(base: ContentNode, t: TranslatedText): ContentNode {
  const next: Record<string, unknown> = { ...base };
  for (const key of ['title', 'prompt', 'explain', 'cause', 'caution', 'meaning'] as const) {
    if (t[key] !== undefined && key in base) next[key] = t[key];
  }
  // Words admins type in their own language are found besides the English ones.
  if (t.keywords) next.keywords = [...(base.keywords ?? []), ...t.keywords];
  if (base.kind === 'question' && t.options?.length === base.options.length) next.options = base.options.map((o, i) => ({ ...o, label: t.options![i]! }));
  if ((base.kind === 'remedy' || base.kind === 'code') && t.steps?.length === base.steps.length) next.steps = t.steps;
  if (base.kind === 'info' && t.facts?.length === base.facts.length) next.facts = base.facts.map((f, i) => ({ ...f, text: t.facts![i]! }));
  if (base.kind === 'code' && t.retryNote !== undefined) next.retry = { ...base.retry, note: t.retryNote };
  return next as ContentNode;
}

const LEARN = /^https:\/\/learn\.microsoft\.com\/en-us\//;
const LEARN_LOCALE: Record<string, string> = { da: 'da-dk', nl: 'nl-nl' };

/**
 * Learn serves every page in Danish and Dutch under /da-dk/ and /nl-nl/; headings (and so
 * anchors) are translated, so an English anchor is dropped unless the overlay gives the
 * localised address.
 */
export function localisedUrl(url: string, locale: string): string {
  const path = LEARN_LOCALE[locale.slice(0, 2)];
  if (!path || !LEARN.test(url)) return url;
  return url.replace(LEARN, `https://learn.microsoft.com/${path}/`).replace(/#.*$/, '');
}
