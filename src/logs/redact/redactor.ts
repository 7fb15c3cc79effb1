import { findIdentifiers, type IdentifierKind } from './identifiers.js';
import type { KnownIdentities } from './known.js';
import { normaliseText, tokenize } from './text.js';

/** What our own code writes in a sample when an event names nobody: not personal. */
const NOBODY = '(unknown identity)';
const SHOWS_SOMETHING = /[\p{L}\p{N}\p{S}]/u;

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
    return this.pieces(normaliseText(text), true)
      .map((p) => p.text)
      .join('');
  }

  /** A field that says who it was and nothing else: every known value however short, and nothing readable left over. */
  redactIdentity(text: string): string {
    const normal = normaliseText(text);
    if (normal === NOBODY) return normal;
    const pieces = this.pieces(normal, false);
    const rest = pieces.filter((p) => !p.replaced).map((p) => p.text);
    // A name with no letters or digits (only punctuation) cannot be matched as words.
    if (rest.some((t) => SHOWS_SOMETHING.test(t))) return this.placeholder('person', `whole:${normal.toLowerCase()}`);
    return pieces.map((p) => p.text).join('');
  }

  private pieces(text: string, distinctiveOnly: boolean): Piece[] {
    const pieces: Piece[] = [];
    let at = 0;
    for (const span of findIdentifiers(text)) {
      this.knownIn(text, at, span.start, distinctiveOnly, pieces);
      pieces.push({ text: this.placeholder(span.kind, span.key), replaced: true });
      at = span.end;
    }
    this.knownIn(text, at, text.length, distinctiveOnly, pieces);
    return pieces;
  }

  /**
   * Known names and ids between `from` and `to`, by their words. Each word starts the
   * longest known sequence it can; a word inside a match that overlaps the one before
   * ("Smith" in "Ann Lee Smith" when "Ann Lee" and "Lee Smith" are known) joins the
   * placeholder before it, so no word of either is left.
   */
  private knownIn(text: string, from: number, to: number, distinctiveOnly: boolean, pieces: Piece[]): void {
    const tokens = tokenize(text, from, to);
    const matches = Array.from({ length: tokens.count }, (_, i) => this.known.matchAt(tokens, i, distinctiveOnly));
    let at = from;
    let reach = -1;
    let segmentEnd = -1;
    let placeholder = '';
    const close = () => {
      if (segmentEnd < 0) return;
      pieces.push({ text: placeholder, replaced: true });
      at = tokens.end[segmentEnd]!;
      segmentEnd = -1;
    };
    for (let i = 0; i < tokens.count; i++) {
      const match = matches[i];
      if (match) reach = Math.max(reach, i + match.length - 1);
      if (i <= segmentEnd) continue;
      if (match) {
        close();
        pieces.push({ text: text.slice(at, tokens.start[i]), replaced: false });
        placeholder = this.placeholder(match.kind, `known:${match.entry}`);
        segmentEnd = i + match.length - 1;
      } else if (segmentEnd >= 0 && i <= reach) segmentEnd = i;
      else close();
    }
    close();
    pieces.push({ text: text.slice(at, to), replaced: false });
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

interface Piece {
  text: string;
  replaced: boolean;
}
