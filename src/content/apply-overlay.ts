import type { Content } from './model.js';
import { sourceHashOfLink, sourceHashOfNode } from './overlay-hash.js';
import type { LocaleOverlay } from './schema.js';
import { translateContent, type IsCurrent, type Translated } from './translate.js';

export { localisedUrl, type Translated } from './translate.js';

const matchesEnglish: IsCurrent = (source, english) => source === ('kind' in english ? sourceHashOfNode(english) : sourceHashOfLink(english));

/** Applies an overlay checked against the English it translates: a stale entry stays English. */
export function applyOverlay(content: Content, overlay: LocaleOverlay): Translated {
  return translateContent(content, overlay, matchesEnglish);
}

/** The overlay with its stale entries left out, as the build ships it. */
export function currentOverlay(content: Content, overlay: LocaleOverlay): LocaleOverlay {
  const { stale } = applyOverlay(content, overlay);
  if (stale.length === 0) return overlay;
  const keep = <T>(entries?: Record<string, T>) => (entries ? Object.fromEntries(Object.entries(entries).filter(([id]) => !stale.includes(id))) : undefined);
  return { ...overlay, nodes: keep(overlay.nodes), codes: keep(overlay.codes), links: keep(overlay.links) };
}
