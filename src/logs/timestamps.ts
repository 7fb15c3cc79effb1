// Timestamps arrive in many spellings: ISO 8601 with 3 or 7 fraction digits, with or
// without a zone (the portal and Log Analytics write UTC), US "5/1/2024, 10:00:00 AM",
// day-first Excel re-saves ("01-05-2024 10:00", "1.5.2024 10.00"), .NET "/Date(ms)/",
// and epoch numbers. Everything without a zone is read as UTC.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const LOCAL = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}),?(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d+))?)?\s*(AM|PM)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const DOTNET = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

export function parseTime(value: unknown): number | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
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

export function formatTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}
