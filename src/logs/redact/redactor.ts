import { findIdentifiers, type IdentifierKind } from './identifiers.js';
import type { KnownIdentities } from './known.js';
import { normaliseText, tokenize } from './text.js';

/** What our own code writes in a sample when an event names nobody: not personal. */
const NOBODY = '(unknown identity)';
/** What a sample may hold besides placeholders: the spaces and brackets of "name (sign-in name)". */
const NOT_OUR_LAYOUT = /[^\s()]/;
/**
 * Characters of one string kept in a redacted report: far more than any reason text the
 * service writes, and it keeps the cost of a multi-megabyte field small. The text is
 * read this far beyond the cut, so a name or address that crosses it is still recognised
 * and left out whole.
 */
export const REDACTED_MAX_CHARS = 10_000;
const READ_BEYOND = 1_000;

/** A stretch of the normalised text and what replaces it. */
interface Replacement {
  start: number;
  end: number;
  placeholder: string;
}

/**
 * Replaces what identifies a person with placeholders that are stable within one report:
 * the same person, address, id or phone number (in any of its spellings) is always the
 * same `person-1`, `user1@redacted.invalid`, `id-1` or `phone-1`. One pass over the
 * normalised text: identifiers by their form first, then known names and ids between them.
 */
export class Redactor {
  private readonly placeholders = new Map<string, string>();
  private readonly counters: Record<IdentifierKind, number> = { person: 0, email: 0, id: 0, phone: 0 };

  constructor(private readonly known: KnownIdentities) {}

  /** Free text: identifiers by form, and known values long enough not to be ordinary words or numbers. */
  redact(text: string): string {
    const { kept, replacements, more } = this.read(normaliseText(text), true);
    return leftOut(applied(kept, replacements), more);
  }

  /** A field that says who it was and nothing else: every known value however short, and nothing readable left over. */
  redactIdentity(text: string): string {
    const normal = normaliseText(text);
    if (normal === NOBODY) return normal;
    const { kept, replacements, more } = this.read(normal, false);
    // Anything left that is not a placeholder (punctuation around a name, a name of symbols
    // only) could still show who it was: then the sample becomes one placeholder.
    if (NOT_OUR_LAYOUT.test(applied(kept, replacements, ''))) return this.placeholder('person', `whole:${normal.toLowerCase()}`);
    return leftOut(applied(kept, replacements), more);
  }

  /** What is kept of a text (all of it, or up to a cut outside any replacement) and its replacements. */
  private read(text: string, distinctiveOnly: boolean): { kept: string; replacements: Replacement[]; more: number } {
    if (text.length <= REDACTED_MAX_CHARS) return { kept: text, replacements: this.replacements(text, distinctiveOnly), more: 0 };
    const window = text.slice(0, REDACTED_MAX_CHARS + READ_BEYOND);
    const all = this.replacements(window, distinctiveOnly);
    let cut = REDACTED_MAX_CHARS;
    for (const r of all) if (r.start < cut && r.end > cut) cut = r.start;
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
    const replacements = all.filter((r) => r.end <= cut);
    return { kept: text.slice(0, cut), replacements, more: text.length - cut };
  }

  private replacements(text: string, distinctiveOnly: boolean): Replacement[] {
    const replacements: Replacement[] = [];
    let at = 0;
    for (const span of findIdentifiers(text)) {
      this.knownIn(text, at, span.start, distinctiveOnly, replacements);
      replacements.push({ start: span.start, end: span.end, placeholder: this.placeholder(span.kind, span.key) });
      at = span.end;
    }
    this.knownIn(text, at, text.length, distinctiveOnly, replacements);
    return replacements;
  }

  /**
   * Known names and ids between `from` and `to`, by their words. Each word starts the
   * longest known sequence it can; a word inside a match that overlaps the one before
   * ("Smith" in "Ann Lee Smith" when "Ann Lee" and "Lee Smith" are known) joins the
   * placeholder before it, so no word of either is left.
   */
  private knownIn(text: string, from: number, to: number, distinctiveOnly: boolean, replacements: Replacement[]): void {
    const tokens = tokenize(text, from, to);
    let current: Replacement | null = null;
    let currentLast = -1;
    let reach = -1;
    for (let i = 0; i < tokens.count; i++) {
      const match = this.known.matchAt(tokens, i, distinctiveOnly);
      if (match) reach = Math.max(reach, i + match.length - 1);
      if (current && i <= currentLast) continue;
      if (match) {
        currentLast = i + match.length - 1;
        current = { start: tokens.start[i]!, end: tokens.end[currentLast]!, placeholder: this.placeholder(match.kind, `known:${match.entry}`) };
        replacements.push(current);
      } else if (current && i <= reach) {
        currentLast = i;
        current.end = tokens.end[i]!;
      } else current = null;
    }
  }

  private placeholder(kind: IdentifierKind, key: string): string {
    let p = this.placeholders.get(key);
    if (p) return p;
    const n = ++this.counters[kind];
    p = kind === 'email' ? `user${n}@redacted.invalid` : `${kind}-${n}`;
    this.placeholders.set(key, p);
    return p;
  }
}

/** The text with its replacements made (or, with `with` given, the replaced stretches dropped). */
function applied(text: string, replacements: Replacement[], withText?: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of replacements) {
    parts.push(text.slice(at, r.start), withText ?? r.placeholder);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The kept text, and how much of the text was left out after it. */
function leftOut(kept: string, more: number): string {
  return more > 0 ? `${kept.trimEnd()} … (${more} more characters left out)` : kept;
}
