/**
 * Comparison keys for error codes: lower-case letters and digits only, so that
 * `entry_conflict`, `EntryConflict` and `ENTRYCONFLICT` compare equal. Each key
 * character remembers where it came from in the typed text, so a note can show
 * the part that was set aside exactly as the admin typed it.
 */
export interface CodeKey {
  key: string;
  /** For each key character: the [start, end) range of the typed text it came from. */
  spans: Array<[number, number]>;
}

/** The literal prefix of several cross-tenant codes. */
export const ENTRA_LITERAL = 'azureactivedirectory';

/**
 * Since the rename the docs print "Microsoft Entra ID" (or just "Entra ID") where
 * the literal code says "AzureActiveDirectory". The look-behind keeps "Entra"
 * inside a longer word (e.g. "CentraId...") from counting.
 */
const ENTRA_PRINTED = /(?<![a-z])(?:microsoft\s*)?entra\s*id/gi;
/** The same, for a yes-or-no test: without the g flag a test keeps no position between calls. */
const HAS_ENTRA_PRINTED = new RegExp(ENTRA_PRINTED.source, 'i');
/**
 * What every printed form holds: the two above (with their look-behind, costly to compile at
 * start) are used only on text that has it, and few codes do.
 */
const MAY_SAY_ENTRA = /entra/i;

export const SCIM_PREFIXES = ['systemforcrossdomainidentitymanagement', 'scim'] as const;
export const SCIM_LONG = 'SystemForCrossDomainIdentityManagement';

export function codeKey(text: string): CodeKey {
  const key: string[] = [];
  const spans: Array<[number, number]> = [];
  const pushPlain = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = text[i]!.toLowerCase();
      if (/^[a-z0-9]$/.test(c)) {
        key.push(c);
        spans.push([i, i + 1]);
      }
    }
  };
  let at = 0;
  for (const m of MAY_SAY_ENTRA.test(text) ? text.matchAll(ENTRA_PRINTED) : []) {
    pushPlain(at, m.index);
    for (const c of ENTRA_LITERAL) {
      key.push(c);
      spans.push([m.index, m.index + m[0].length]);
    }
    at = m.index + m[0].length;
  }
  pushPlain(at, text.length);
  return { key: key.join(''), spans };
}

/**
 * Lower-case, letters and digits only; the renamed "Microsoft Entra ID" prefix reads as
 * the literal code prefix. The same key as codeKey() without the spans, for the many
 * keys built when an index or a search starts.
 */
export function normalizeCode(text: string): string {
  // The Kelvin sign is the one non-ASCII character that lower-cases to a single key letter.
  const literal = MAY_SAY_ENTRA.test(text) ? text.replace(ENTRA_PRINTED, ENTRA_LITERAL) : text;
  return literal.replace(/[^A-Za-z0-9\u212A]+/g, '').toLowerCase();
}

/** The typed text behind key characters [from, to), trimmed of separators. */
export function typedSlice(text: string, k: CodeKey, from: number, to: number): string {
  if (from >= to) return '';
  const start = k.spans[from]![0];
  const end = k.spans[to - 1]![1];
  return text.slice(start, end).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

/** True when the input says "Microsoft Entra ID" (or "Entra ID") where the code says "AzureActiveDirectory". */
export function usesPrintedEntraForm(text: string): boolean {
  return MAY_SAY_ENTRA.test(text) && HAS_ENTRA_PRINTED.test(text);
}

/** A cut between two key characters falls on a word edge of the typed text (camel case, separator, digit). */
export function atWordEdge(text: string, k: CodeKey, cut: number): boolean {
  if (cut <= 0 || cut >= k.key.length) return true;
  const before = k.spans[cut - 1]![1];
  const after = k.spans[cut]![0];
  if (after > before) return true; // a separator or a replaced phrase sits between them
  const prev = text[before - 1]!;
  const next = text[after]!;
  const mixedCase = /[a-z]/.test(text) && /[A-Z]/.test(text);
  if (!mixedCase) return true; // all one case: no evidence either way
  return (/[a-z0-9]/.test(prev) && /[A-Z]/.test(next)) || /[0-9]/.test(prev) !== /[0-9]/.test(next) || (/[A-Z]/.test(prev) && /[A-Z]/.test(next));
}
