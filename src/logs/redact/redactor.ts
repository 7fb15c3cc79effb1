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

  /** Known names and ids between `from` and `to`, by their words. */
  private knownIn(text: string, from: number, to: number, distinctiveOnly: boolean, pieces: Piece[]): void {
    const tokens = tokenize(text, from, to);
    let at = from;
    for (let i = 0; i < tokens.count; ) {
      const match = this.known.matchAt(tokens, i, distinctiveOnly);
      if (!match) {
        i++;
        continue;
      }
      pieces.push({ text: text.slice(at, tokens.start[i]), replaced: false });
      pieces.push({ text: this.placeholder(match.kind, `known:${match.entry}`), replaced: true });
      at = tokens.end[i + match.length - 1]!;
      i += match.length;
    }
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
