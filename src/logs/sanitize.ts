import { stripControl } from '../text/strip-control.js';
import { dropRaw, showRaw } from './raw-text.js';
import type { Redactor } from './redact/redactor.js';

/** A log string made safe to print and tidy: no control sequences, single spaces, trimmed. */
export function cleanText(text: string): string {
  return stripControl(text).replace(/ {2,}/g, ' ').trim();
}

// Catalogue text, our own labels and the times we format are trusted: cleaned, never redacted.
const TRUSTED = new Set(['url', 'remedyId', 'format', 'description', 'shapes', 'encoding', 'matchedAs', 'title', 'meaning', 'caution', 'steps', 'catalogueCode', 'suggestions', 'first', 'last']);
// Strings that only say who it was.
const IDENTITY = new Set(['sample']);
const LOG_KEYED = new Set(['byAction', 'byApp']);

/**
 * The one place every string of a report passes before it is printed, as text or JSON:
 * cleaned of control sequences, and with a redactor, redacted. Every string is untrusted
 * (and redacted) unless its key names our own text, so a field added to the report later
 * is redacted without anyone having to remember it. The keys of maps built from log
 * values are cleaned and redacted too.
 */
export function sanitizeDeep<T>(value: T, redactor?: Redactor, key?: string): T {
  if (typeof value === 'string') {
    const clean = cleanText(redactor ? dropRaw(value) : showRaw(value));
    if (!redactor || (key && TRUSTED.has(key))) return clean as T;
    return (key && IDENTITY.has(key) ? redactor.redactIdentity(clean) : redactor.redact(clean)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v, redactor, key)) as T;
  if (value && typeof value === 'object') {
    const keyed = key !== undefined && LOG_KEYED.has(key);
    // Keys from a log ("__proto__", "constructor") must stay plain keys.
    const out: Record<string, unknown> = keyed ? Object.create(null) : {};
    for (const [k, v] of Object.entries(value)) {
      const child = sanitizeDeep(v, redactor, LOG_KEYED.has(k) ? k : key && TRUSTED.has(key) ? key : k);
      if (!keyed) {
        out[k] = child;
        continue;
      }
      // Two values can become one placeholder (or one cleaned name): their counts add up.
      const outKey = sanitizeDeep(k, redactor);
      out[outKey] = typeof out[outKey] === 'number' && typeof child === 'number' ? out[outKey] + child : child;
    }
    return out as T;
  }
  return value;
}
