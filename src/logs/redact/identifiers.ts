// Identifiers recognised by their form, whoever they belong to: email addresses (also
// non-ASCII, Entra guest UPNs, %40-encoded, quoted, with an IP literal), GUIDs (dashed,
// braced, underscored or 32 hex digits), SIDs, ImmutableIds (a GUID in base64), phone
// numbers and the account name in a home folder path. Each finder is one pass over a
// normalised text: the email finder expands around each '@' and never scans a
// character more than twice; the others are patterns of bounded length, so each
// position costs at most a fixed number of steps.

export type IdentifierKind = 'email' | 'id' | 'phone' | 'person';

export interface Span {
  start: number;
  end: number;
  kind: IdentifierKind;
  /** What makes two spellings the same identifier (and so the same placeholder). */
  key: string;
}

/** Every identifier in `text`, in order, overlapping ones joined (nothing of either is left). */
export function findIdentifiers(text: string): Span[] {
  const spans = [...findEmails(text), ...findGuids(text), ...findSids(text), ...findImmutableIds(text), ...findPhones(text), ...findHomeFolders(text)];
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

const LOCAL_PUNCTUATION = new Set("!#$%&'*+/=?^_`{|}~.-");
const LETTER_DIGIT_MARK = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // Half of a character beyond the first 65,536: taken as part of the address (a letter of a rarer script).
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_DIGIT_MARK.test(c);
}

const isLocalChar = (c: string) => isWordChar(c) || LOCAL_PUNCTUATION.has(c);
const isDomainChar = (c: string) => isWordChar(c) || c === '-' || c === '.';

/** How an at sign is written: plainly, or URL-encoded (jane%40contoso.com). */
const AT = /@|%40/gi;
/** A quoted local part ("john doe"@contoso.com) is looked for this far back. */
const QUOTED_MAX = 256;
/** An address literal (x@[10.0.0.1], x@[IPv6:...]) is looked for this far ahead. */
const LITERAL_MAX = 64;

/**
 * Emails, found from each '@' outwards: left over the local part (never back past the
 * previous address or '@'), right over the domain (which stops at the next '@').
 */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let floor = 0;
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m; m = AT.exec(text)) {
    const at = m.index;
    const after = at + m[0].length;
    let start = at;
    if (text[at - 1] === '"') {
      const open = lastIndexWithin(text, '"', at - 2, Math.max(floor, at - QUOTED_MAX));
      if (open >= 0) start = open;
    }
    if (start === at) {
      while (start > floor && isLocalChar(text[start - 1]!)) start--;
      while (start < at && ".'`".includes(text[start]!)) start++;
    }
    let end = after;
    if (text[after] === '[') {
      const close = text.slice(after, after + LITERAL_MAX).indexOf(']');
      if (close > 0) end = after + close + 1;
    } else {
      while (end < text.length && isDomainChar(text[end]!)) end++;
      while (end > after && '.-'.includes(text[end - 1]!)) end--;
    }
    if (start === at || end === after) {
      floor = after;
      continue;
    }
    const address = `${text.slice(start, at)}@${text.slice(after, end)}`.toLowerCase();
    spans.push({ start, end, kind: 'email', key: `email:${address}` });
    floor = end;
    AT.lastIndex = end;
  }
  return spans;
}

/** The last `char` from `from` back to `floor`, or -1: a bounded lastIndexOf. */
function lastIndexWithin(text: string, char: string, from: number, floor: number): number {
  for (let i = from; i >= floor; i--) if (text[i] === char) return i;
  return -1;
}

function byPattern(text: string, pattern: RegExp, kind: IdentifierKind, key: (match: RegExpExecArray) => string | null): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const k = key(m);
    if (k !== null) spans.push({ start: m.index, end: m.index + m[0].length, kind, key: k });
  }
  return spans;
}

const HEX = '[0-9a-f]';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
/** 8-4-4-4-12 hex digits with dashes, underscores or nothing between the groups. */
const GUID = new RegExp(`${NOT_AFTER_WORD}${HEX}{8}([-_]?)${HEX}{4}\\1${HEX}{4}\\1${HEX}{4}\\1${HEX}{12}${NOT_BEFORE_WORD}`, 'giu');

/** A text that is one GUID and nothing else. */
export const GUID_ALONE = new RegExp(`^\\{?${HEX}{8}([-_]?)${HEX}{4}\\1${HEX}{4}\\1${HEX}{4}\\1${HEX}{12}\\}?$`, 'i');

export function findGuids(text: string): Span[] {
  if (text.length < 32) return [];
  return byPattern(text, GUID, 'id', (m) => `guid:${m[0].replace(/[-_]/g, '').toLowerCase()}`);
}

/** Windows security identifiers: S-1-5-21-..., S-1-12-1-... (Entra ID objects). */
const SID = new RegExp(`${NOT_AFTER_WORD}S-1-\\d{1,14}(?:-\\d{1,10}){1,15}${NOT_BEFORE_WORD}`, 'giu');

export function findSids(text: string): Span[] {
  if (!/s-1-/i.test(text)) return [];
  return byPattern(text, SID, 'id', (m) => `sid:${m[0].toUpperCase()}`);
}

/** The on-premises objectGUID as Entra ID keeps it: 16 bytes in base64, 24 characters ending "==". */
const IMMUTABLE_ID = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{21}[AQgw]==(?![A-Za-z0-9+/=])/g;

export function findImmutableIds(text: string): Span[] {
  if (!text.includes('==')) return [];
  // The same GUID as text and as an ImmutableId get the same placeholder: the first three
  // groups of a GUID are stored little-endian.
  return byPattern(text, IMMUTABLE_ID, 'id', (m) => {
    const b = Buffer.from(m[0], 'base64').toString('hex');
    const swap = (s: string) => s.match(/../g)!.reverse().join('');
    return `guid:${swap(b.slice(0, 8))}${swap(b.slice(8, 12))}${swap(b.slice(12, 16))}${b.slice(16)}`;
  });
}

// Phone numbers: international (+ then 8 to 15 digits, grouped by spaces, dots, dashes,
// slashes or brackets), a bracketed area code ((425) 555-0100), and the North American
// 425-555-0100, 425.555.0100, 425 555 0100. Dates, times, versions and counts have none
// of these shapes.
const PHONE_INTERNATIONAL = /(?<![\p{L}\p{N}+])\+\(?\d(?:[ ./()-]{0,2}\d){7,14}(?!\p{N})/gu;
const PHONE_NATIONAL = /(?<![\p{L}\p{N}+.-])(?:\(\d{2,5}\)[ .-]?\d{2,4}[ .-]?\d{3,4}|\d{3}([.-])\d{3}\1\d{4}|\d{3} \d{3} \d{4})(?![\p{L}\p{N}])(?![.-]\d)/gu;

export function findPhones(text: string): Span[] {
  if (!/\d/.test(text)) return [];
  const key = (m: RegExpExecArray) => `phone:${m[0].replace(/\D/g, '')}`;
  return [...byPattern(text, PHONE_INTERNATIONAL, 'phone', key), ...byPattern(text, PHONE_NATIONAL, 'phone', key)];
}

// The account name in a home folder: /home/jane.doe/..., /Users/jane/..., C:\Users\Jane Doe\...
// A name with spaces is taken only up to the next separator.
const HOME_FOLDER = /(?<=[\\/])(?:home|users|documents and settings)[\\/](?:([^\\/\s][^\\/]{0,127}?)(?=[\\/])|([^\\/\s]{1,128}))/giu;

const HOME_WORD = /home|users|documents and settings/i;

export function findHomeFolders(text: string): Span[] {
  const spans: Span[] = [];
  if (!HOME_WORD.test(text)) return spans;
  HOME_FOLDER.lastIndex = 0;
  for (let m = HOME_FOLDER.exec(text); m; m = HOME_FOLDER.exec(text)) {
    const name = m[1] ?? m[2]!;
    const end = m.index + m[0].length;
    spans.push({ start: end - name.length, end, kind: 'person', key: `account:${name.toLowerCase()}` });
  }
  return spans;
}
