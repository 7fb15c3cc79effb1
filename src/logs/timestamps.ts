// Timestamps arrive in many spellings: ISO 8601 with 3 or 7 fraction digits, with or
// without a zone (the portal and Log Analytics write UTC), US "5/1/2024, 10:00:00 AM",
// day-first Excel re-saves ("01-05-2024 10:00", "1.5.2024 10.00"), .NET "/Date(ms)/",
// and epoch numbers. Everything without a zone is read as UTC.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const LOCAL = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}),?(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d+))?)?\s*(AM|PM)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const DOTNET = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/**
 * The furthest a Date reaches either side of 1970 (100 million days). A value beyond it
 * (1e20, "/Date(8640000000000001)/") cannot be shown as a time: it is no readable time,
 * like any other spelling we cannot read, so it is counted and said, never fatal.
 */
const MAX_TIME_MS = 8.64e15;

/** The one guard every time read passes: a moment Date can represent, or null. */
export function readableTime(ms: number | null): number | null {
  return ms !== null && Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS ? ms : null;
}

/** The moment a log value names, or null when it is no time we can read or show. */
export function parseTime(value: unknown): number | null {
  return readableTime(parseAnyTime(value));
}

function parseAnyTime(value: unknown): number | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const fast = strictIso(value);
  if (fast !== null) return fast;
  const text = value.trim();
  if (text === '') return null;
  let m = ISO.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], undefined, m[8]);
  m = LOCAL.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    // Slashes are the US order (month first) unless that cannot be a month;
    // dots and dashes are the European day-first order.
    const monthFirst = m[2] === '/' && a <= 12;
    return build(+m[4]!, monthFirst ? a : b, monthFirst ? b : a, m[5], m[6], m[7], m[8], m[9], m[10]);
  }
  m = DOTNET.exec(text);
  if (m) return +m[1]!;
  if (/^\d{9,13}(\.\d+)?$/.test(text)) return fromEpoch(Number(text));
  // RFC 1123 and other spellings with a month name and a zone.
  if (/[a-z]{3}/i.test(text) && /(GMT|UTC|Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "2024-05-01T10:00:00Z" and "…:00.1234567Z", the spelling of nearly every log, read
 * digit by digit from text[at, end): a regex per event was a visible share of the run
 * time, and so was Date.UTC, so the day's start is remembered (logs come in time order).
 * Four-digit years only, so always within MAX_TIME_MS.
 */
export function strictIsoAt(t: string, at: number, end: number): number | null {
  const n = end - at;
  if (n < 20 || t.charCodeAt(end - 1) !== 90 /* Z */ || t.charCodeAt(at + 4) !== 45 || t.charCodeAt(at + 7) !== 45 || t.charCodeAt(at + 10) !== 84) return null;
  if (t.charCodeAt(at + 13) !== 58 || t.charCodeAt(at + 16) !== 58) return null;
  const century = two(t, at);
  const yy = two(t, at + 2);
  const month = two(t, at + 5);
  const day = two(t, at + 8);
  const hour = two(t, at + 11);
  const minute = two(t, at + 14);
  const second = two(t, at + 17);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]! || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return null;
  const year = century * 100 + yy;
  if (month === 2 && day === 29 && (year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0))) return null;
  let ms = 0;
  if (n > 20) {
    if (t.charCodeAt(at + 19) !== 46 /* . */) return null;
    const count = n - 21;
    if (count < 1 || digits(t, at + 20, count) < 0) return null;
    ms = count >= 3 ? digits(t, at + 20, 3) : digits(t, at + 20, count) * (count === 1 ? 100 : 10);
  }
  const key = (year * 16 + month) * 32 + day;
  if (key !== lastDay.key) lastDay = { key, ms: Date.UTC(year, month - 1, day) };
  return lastDay.ms + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** The number written by two digits at `at`, or -1. */
function two(t: string, at: number): number {
  const a = t.charCodeAt(at) - 48;
  const b = t.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

let lastDay = { key: -1, ms: 0 };

function strictIso(t: string): number | null {
  return strictIsoAt(t, 0, t.length);
}

/** The number written by `len` digits at `at`, or -1. */
function digits(t: string, at: number, len: number): number {
  let v = 0;
  for (let k = at; k < at + len; k++) {
    const c = t.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function fromEpoch(n: number): number | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  return n < 1e11 ? Math.round(n * 1000) : Math.round(n);
}

function build(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
  ampm?: string,
  zone?: string,
): number | null {
  let h = hour ? +hour : 0;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm.toUpperCase() === 'PM' ? 12 : 0);
  }
  const min = minute ? +minute : 0;
  const s = second ? +second : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || min > 59 || s > 60) return null;
  const ms = fraction ? Math.round(+`0.${fraction}` * 1000) : 0;
  let t = Date.UTC(year, month - 1, day, h, min, s, ms);
  if (new Date(t).getUTCDate() !== day) return null;
  if (zone && /^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    const offset = (+digits.slice(1, 3) * 60 + (digits.length > 3 ? +digits.slice(3, 5) : 0)) * 60_000;
    t -= zone.startsWith('-') ? -offset : offset;
  }
  return t;
}

/** ISO 8601 in UTC. Times reach here through readableTime; one that did not is said, never thrown. */
export function formatTime(ms: number): string {
  if (readableTime(ms) === null) return 'unreadable time';
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
