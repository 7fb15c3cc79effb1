import { cliWords, type CliWords } from '../i18n/cli-words.js';
import { parseTime } from './timestamps.js';
import type { LogEvent, Status } from './types.js';

export interface EventFilter {
  since?: number;
  until?: number;
  app?: string;
  status?: Status[];
  identity?: string;
}

const STATUSES: Status[] = ['success', 'failure', 'skipped', 'warning', 'other'];

const DATE_ALONE = /^\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s*$/;

/** What admins type for the statuses, as the portal and the logs word them. */
const STATUS_SPELLINGS = new Map<string, Status>([['succeeded', 'success'], ['successful', 'success'], ['failed', 'failure'], ['skip', 'skipped'], ['warn', 'warning']]);

/** Reads the filter flags; each bad value is one message for the admin, in the words given (English by default). */
export function parseFilter(
  flags: { since?: string; until?: string; app?: string; status?: string; identity?: string },
  words: CliWords['error']['analyze'] = cliWords('en').error.analyze,
): { filter: EventFilter; errors: string[] } {
  const errors: string[] = [];
  const filter: EventFilter = {};
  for (const key of ['since', 'until'] as const) {
    const value = flags[key];
    if (value === undefined) continue;
    const t = parseTime(value);
    if (t === null) errors.push(words.notADate(`--${key}`, value));
    // A date alone (three numbers: 2024-05-01, 01-05-2024, 1.5.2024) as --until means up to the end of that day.
    else filter[key] = key === 'until' && DATE_ALONE.test(value) ? t + 86_399_999 : t;
  }
  if (filter.since !== undefined && filter.until !== undefined && filter.since > filter.until) {
    errors.push(words.sinceAfterUntil(flags.since!, flags.until!));
  }
  if (flags.app) filter.app = flags.app.toLowerCase();
  if (flags.identity) filter.identity = flags.identity.toLowerCase();
  if (flags.status !== undefined) {
    const wanted = flags.status
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean)
      .map((s) => STATUS_SPELLINGS.get(s) ?? s);
    // An empty list (",", " ") would filter out every event and report nothing found.
    if (wanted.length === 0) errors.push(words.noStatus(flags.status, STATUSES.join(', ')));
    const bad = wanted.filter((s) => !STATUSES.includes(s as Status));
    if (bad.length > 0) errors.push(words.notOneOf('--status', bad.join(','), STATUSES.join(', ')));
    filter.status = wanted.filter((s): s is Status => STATUSES.includes(s as Status));
  }
  return { filter, errors };
}

export function isFilterEmpty(filter: EventFilter): boolean {
  return Object.values(filter).every((v) => v === undefined);
}

export function matches(filter: EventFilter, event: LogEvent): boolean {
  if (filter.since !== undefined && (event.time === null || event.time < filter.since)) return false;
  if (filter.until !== undefined && (event.time === null || event.time > filter.until)) return false;
  if (filter.status && !filter.status.includes(event.status)) return false;
  if (filter.app !== undefined) {
    const app = event.app;
    if (!app || !(contains(app.name, filter.app) || app.id?.toLowerCase() === filter.app)) return false;
  }
  if (filter.identity !== undefined) {
    const who = [event.source, event.target].flatMap((i) => (i ? [i.id, i.displayName, i.principal] : []));
    if (!who.some((w) => contains(w, filter.identity!))) return false;
  }
  return true;
}

function contains(text: string | undefined, needle: string): boolean {
  return text !== undefined && text.toLowerCase().includes(needle);
}
