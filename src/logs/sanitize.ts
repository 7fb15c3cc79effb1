import { stripControl } from '../cli/sanitize.js';

/** A log string made safe to print and tidy: no control sequences, single spaces, trimmed. */
export function cleanText(text: string): string {
  return stripControl(text).replace(/ {2,}/g, ' ').trim();
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const GUID = /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b/g;

/** Stable placeholders: the same original always becomes the same placeholder within one report. */
export class Redactor {
  private readonly seen = new Map<string, string>();
  private readonly counters = { person: 0, email: 0, id: 0 };
  private readonly known: string[];

  constructor(personal: Iterable<string>) {
    // Longest first, so "Jane Doe" is replaced before "Jane".
    this.known = [...new Set([...personal].map(cleanText))].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const value of this.known) {
      if (out.includes(value)) out = out.split(value).join(this.placeholder(value));
    }
    return out.replace(EMAIL, (m) => this.placeholder(m)).replace(GUID, (m) => this.placeholder(m));
  }

  private placeholder(original: string): string {
    const key = original.toLowerCase();
    let p = this.seen.get(key);
    if (p) return p;
    if (/^[^@\s]+@[^@\s]+$/.test(original)) p = `user${++this.counters.email}@redacted.invalid`;
    else if (/^[0-9a-f-]{36}$/i.test(original) || /^[\w-]+$/.test(original)) p = `id-${++this.counters.id}`;
    else p = `person-${++this.counters.person}`;
    this.seen.set(key, p);
    return p;
  }
}

// Catalogue text and our own labels are trusted: cleaned, never redacted.
const TRUSTED = new Set(['url', 'file', 'remedyId', 'format', 'description', 'matchedAs', 'title', 'meaning', 'steps', 'catalogueCode', 'suggestions']);
const LOG_KEYED = new Set(['byAction', 'byApp']);

/** Cleans (and with a redactor, redacts) every string of a report-like value, and the keys of maps built from log values. */
export function sanitizeDeep<T>(value: T, redactor?: Redactor, key?: string): T {
  if (typeof value === 'string') {
    const clean = cleanText(value);
    return (redactor && !(key && TRUSTED.has(key)) ? redactor.redact(clean) : clean) as T;
  }
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v, redactor, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const outKey = key && LOG_KEYED.has(key) ? sanitizeDeep(k, redactor) : k;
      out[outKey] = sanitizeDeep(v, redactor, LOG_KEYED.has(k) ? k : key && TRUSTED.has(key) ? key : k);
    }
    return out as T;
  }
  return value;
}
