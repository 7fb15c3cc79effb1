import { stripControl } from '../text/strip-control.js';

/** A log string made safe to print and tidy: no control sequences, single spaces, trimmed. */
export function cleanText(text: string): string {
  return stripControl(text).replace(/ {2,}/g, ' ').trim();
}

const EMAIL = "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+";
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const NOT_IN_A_WORD = { before: '(?<![\\p{L}\\p{N}])', after: '(?![\\p{L}\\p{N}])' };

/** Who the report mentions: display and sign-in names, and ids. */
export interface Personal {
  names: Set<string>;
  ids: Set<string>;
}

/**
 * Stable placeholders: the same person, email or id (in any case) always becomes the
 * same placeholder within one report. Known values are the names and ids of the events'
 * identities; they are replaced as whole words, so an id such as "2024" never rewrites
 * a date. Names of other people inside free text cannot be recognised.
 */
export class Redactor {
  private readonly seen = new Map<string, string>();
  private readonly counters = { person: 0, email: 0, id: 0 };
  /** For free text: known values long enough not to be ordinary words or numbers, and every email and GUID. */
  private readonly inText: RegExp;
  /** For fields that say who it was and nothing else: every known value, however short. */
  private readonly inIdentity: RegExp;

  private readonly ids: Set<string>;

  constructor(personal: Personal) {
    this.ids = new Set([...personal.ids].map((v) => cleanText(v).toLowerCase()));
    // Longest first, so "Jane Doe" is replaced before "Jane".
    const known = [...new Set([...personal.names, ...personal.ids].map(cleanText))].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
    const distinctive = known.filter((v) => v.length >= 2 && !/^\d{1,5}$/.test(v));
    this.inText = pattern(distinctive);
    this.inIdentity = pattern(known);
  }

  redact(text: string): string {
    return text.replace(this.inText, (m) => this.placeholder(m));
  }

  redactIdentity(text: string): string {
    return text.replace(this.inIdentity, (m) => this.placeholder(m));
  }

  private placeholder(original: string): string {
    const key = original.toLowerCase();
    let p = this.seen.get(key);
    if (p) return p;
    if (/^[^@\s]+@[^@\s]+$/.test(original)) p = `user${++this.counters.email}@redacted.invalid`;
    else if (this.ids.has(key) || new RegExp(`^${GUID}$`).test(original)) p = `id-${++this.counters.id}`;
    else p = `person-${++this.counters.person}`;
    this.seen.set(key, p);
    return p;
  }
}

/** One pass over the text: a placeholder is never matched again as an email. */
function pattern(known: string[]): RegExp {
  const words = known.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alternatives = [...words, EMAIL, GUID].map((a) => `${NOT_IN_A_WORD.before}(?:${a})${NOT_IN_A_WORD.after}`);
  return new RegExp(alternatives.join('|'), 'giu');
}

// Catalogue text, our own labels and the times we format are trusted: cleaned, never redacted.
const TRUSTED = new Set(['url', 'remedyId', 'format', 'description', 'matchedAs', 'title', 'meaning', 'steps', 'catalogueCode', 'suggestions', 'first', 'last']);
// Strings that only say who it was.
const IDENTITY = new Set(['sample']);
const LOG_KEYED = new Set(['byAction', 'byApp']);

/** Cleans (and with a redactor, redacts) every string of a report-like value, and the keys of maps built from log values. */
export function sanitizeDeep<T>(value: T, redactor?: Redactor, key?: string): T {
  if (typeof value === 'string') {
    const clean = cleanText(value);
    if (!redactor || (key && TRUSTED.has(key))) return clean as T;
    return (key && IDENTITY.has(key) ? redactor.redactIdentity(clean) : redactor.redact(clean)) as T;
  }
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v, redactor, key)) as T;
  if (value && typeof value === 'object') {
    // No prototype: byApp and byAction are keyed by log text, and "__proto__" is a name like any other.
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(value)) {
      const outKey = key && LOG_KEYED.has(key) ? sanitizeDeep(k, redactor) : k;
      out[outKey] = sanitizeDeep(v, redactor, LOG_KEYED.has(k) ? k : key && TRUSTED.has(key) ? key : k);
    }
    return out as T;
  }
  return value;
}
