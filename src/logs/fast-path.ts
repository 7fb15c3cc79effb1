import { normaliseAction } from './normalise.js';
import { parseTime } from './timestamps.js';
import type { LogEvent, Shape } from './types.js';

// Most events in a large log are successes, and a success only feeds the summary
// counts (time, action, app, cycle). For those, pulling the few fields out of the
// record's text is several times cheaper than JSON.parse of the whole record. Only
// the minified Graph/portal shape qualifies; anything unusual (escapes, missing keys,
// another shape) returns null and the record is parsed in full.

const STATUS_KEY = '"provisioningStatusInfo":';
const SUCCESS = `${STATUS_KEY}{"status":"success"`;

export function fastSuccess(text: string): { event: LogEvent; shape: Shape } | null {
  const status = text.indexOf(SUCCESS);
  // The status written twice: JSON.parse reads the last one, so the full parser reads the record (and agrees).
  if (status < 0 || text.includes('"properties":') || text.includes(STATUS_KEY, status + STATUS_KEY.length)) return null;
  const time = stringAt(text, '"activityDateTime":"', 0);
  const action = stringAt(text, '"provisioningAction":"', 0);
  // Absent or holding escapes: the full parser reads the record.
  if (time == null || action == null) return null;
  const event: LogEvent = { time: parseTime(time), status: 'success', action: normaliseAction(action) };
  const cycleId = stringAt(text, '"cycleId":"', 0);
  if (cycleId === undefined) return null;
  if (cycleId) event.cycleId = cycleId;
  // The key that tells an event read twice (overlapping files) from a new one.
  const changeId = stringAt(text, '"changeId":"', 0);
  if (changeId === undefined) return null;
  if (changeId) event.changeId = changeId;
  const sp = servicePrincipalAt(text);
  if (sp === undefined) return null;
  if (sp >= 0) {
    const end = text.indexOf('}', sp);
    const displayName = stringAt(text, '"displayName":"', sp, end);
    const name = displayName === null ? stringAt(text, '"name":"', sp, end) : displayName;
    const id = stringAt(text, '"id":"', sp, end);
    if (name === undefined || id === undefined) return null;
    event.app = { id: id ?? undefined, name: name ?? undefined };
  }
  return { event, shape: text.includes('"action":"') ? 'beta' : 'v1.0' };
}

/**
 * Where the service principal's object starts, -1 without one. Graph documents it as a
 * collection, so an array's first element counts, as in the full parser; undefined for
 * any other spelling (an empty array, spaces), which the full parser reads.
 */
function servicePrincipalAt(text: string): number | undefined {
  const key = '"servicePrincipal":';
  const at = text.indexOf(key);
  if (at < 0) return -1;
  const value = at + key.length;
  const first = text.charCodeAt(value);
  if (first === 123 /* { */) return value;
  if (first === 91 /* [ */ && text.charCodeAt(value + 1) === 123) return value + 1;
  return text.startsWith('null', value) ? -1 : undefined;
}

/** The string value after `key`, null when absent; undefined when it holds escapes (then parse in full). */
function stringAt(text: string, key: string, from: number, before = text.length): string | null | undefined {
  const at = text.indexOf(key, from);
  if (at < 0 || at > before) return null;
  const start = at + key.length;
  const end = text.indexOf('"', start);
  if (end < 0) return undefined;
  const value = text.slice(start, end);
  return value.includes('\\') ? undefined : value;
}
