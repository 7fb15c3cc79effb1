import { stripControl } from '../text/strip-control.js';
import type { Content } from './model.js';

/**
 * The loaded knowledge as every mode sees it. The validator already refuses control and
 * invisible characters, so this changes nothing in content that passed it; it is the second
 * line of defence for a content.json that did not come from the build, so no text of the
 * content can reach a terminal, the clipboard or a report raw. The id maps have no prototype,
 * so an id typed by the user (`show constructor`) finds only real nodes.
 */
export function cleanContent(content: Content, options: { validated?: boolean } = {}): Content {
  // The build refused control characters in the shipped content: only its maps need a new shape.
  if (options.validated) {
    return { ...content, links: Object.assign(Object.create(null), content.links), nodes: Object.assign(Object.create(null), content.nodes) };
  }
  return {
    start: content.start,
    allowedHosts: cleanDeep(content.allowedHosts),
    links: cleanMap(content.links),
    nodes: cleanMap(content.nodes),
    // The language decides how search reads the text (its stemmer and common words).
    ...(content.language ? { language: stripControl(content.language) } : {}),
    ...(content.translated ? { translated: cleanDeep(content.translated) } : {}),
  };
}

function cleanMap<T>(map: Record<string, T>): Record<string, T> {
  const clean = Object.create(null) as Record<string, T>;
  for (const [id, value] of Object.entries(map)) clean[id] = cleanDeep(value);
  return clean;
}

/** What stripControl would change: tested first, since clean text is the rule and start-up counts. */
const NEEDS_CLEANING = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return (NEEDS_CLEANING.test(value) ? stripControl(value) : value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value && typeof value === 'object') {
    const clean: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) clean[key] = cleanDeep(inner);
    return clean as T;
  }
  return value;
}
