import { linksOf, type Content } from '../content/model.js';
import type { CodeIndex } from '../engine/lookup.js';
import { clip, TEXT_HELD, CYCLES_HELD, GROUPS_HELD, GROUPS_SHOWN, IDENTITIES_HELD, NAMES_HELD, NAMES_SHOWN, Overflow, type NotShown } from './bounds.js';
import { isFilterEmpty, matches, type EventFilter } from './filter.js';
import type { Affected, FailureGroup, Report, SkipGroup } from './report.js';
import { CONTROL_CHARACTERS } from '../text/strip-control.js';
import type { KnownIdentities } from './redact/known.js';
import { cleanText } from './sanitize.js';
import { formatTime } from './timestamps.js';
import type { FileSummary, LogEvent, Problem, Status } from './types.js';

const SAMPLE = 5;
const CYCLES_SHOWN = 50;

interface Acc {
  label: string | null;
  count: number;
  ids: Set<string>;
  sample: string[];
  first: number | null;
  last: number | null;
  reason?: string;
  failedStep?: string;
  apps: Set<string>;
  /** Identities past IDENTITIES_HELD were not told apart: the count is a lower bound. */
  atLeast?: boolean;
}

/**
 * Folds events into counts and groups as they stream past. Memory is bounded: groups, apps,
 * actions and identities are held up to the caps of bounds.ts, and what falls beyond is counted.
 */
export class Findings {
  recordsRead = 0;
  filteredOut = 0;
  private records = 0;
  private first: number | null = null;
  private last: number | null = null;
  private readonly byStatus: Record<Status, number> = { success: 0, failure: 0, skipped: 0, warning: 0, other: 0 };
  private readonly byAction = new Map<string, Count>();
  private readonly byApp = new Map<string, Count>();
  private readonly cycles = new Map<string, Cycle>();
  private lastCycle: Cycle | undefined;
  private lastApp: Count | undefined;
  private lastRawApp: string | undefined;
  /** Counters of byAction by the action as the log spelled it. */
  private readonly actionCounts = new Map<string, Count>();
  private readonly failures = new Map<string, Acc>();
  private readonly skips = new Map<string, Acc>();
  private readonly warnings = new Map<string, Acc>();
  /** Per map above (and byAction, byApp): the events and distinct values beyond its cap. */
  private readonly beyond = new Map<object, Overflow>();
  private identitiesHeld = 0;

  private readonly filtered: boolean;

  /** With --redact: every identity of a failed, skipped or warned event, so their names are found anywhere in the report. */
  constructor(
    private readonly filter: EventFilter = {},
    private readonly known?: KnownIdentities,
  ) {
    this.filtered = !isFilterEmpty(filter);
  }

  add(event: LogEvent): void {
    this.recordsRead++;
    // Before the filters: a reason may name someone whose own events were filtered out.
    if (this.known && event.status !== 'success' && event.status !== 'other') this.remember(event);
    if (this.filtered && !matches(this.filter, event)) {
      this.filteredOut++;
      return;
    }
    this.records++;
    const t = event.time;
    if (t !== null) {
      if (this.first === null || t < this.first) this.first = t;
      if (this.last === null || t > this.last) this.last = t;
    }
    this.byStatus[event.status]++;
    // Counted under the text the report will show, so names that differ only by
    // control characters or spacing are not printed as two identical lines.
    // The readers hand over a few distinct action strings: remember each one's counter.
    const action = event.action ?? '(none)';
    const counted = this.actionCounts.get(action);
    if (counted) counted.n++;
    else {
      const count = this.bump(this.byAction, event.action ? shown(action) : action);
      if (count && this.actionCounts.size < 64) this.actionCounts.set(detach(action), count);
    }
    const rawApp = event.app?.name ?? event.app?.id;
    // Neighbouring events mostly share app and cycle: comparing with the last one is
    // cheaper than hashing a fresh string (a cut-out cell) for a map lookup.
    let app: string | undefined;
    if (this.lastApp !== undefined && rawApp === this.lastRawApp) {
      this.lastApp.n++;
      app = this.lastApp.key;
    } else {
      const key = rawApp === undefined ? '(not given)' : shown(rawApp);
      this.lastApp = this.bump(this.byApp, key);
      this.lastRawApp = this.lastApp && rawApp !== undefined ? detach(rawApp) : undefined;
      app = rawApp === undefined ? undefined : (this.lastApp?.key ?? key);
    }
    if (event.cycleId) {
      let cycle = event.cycleId === this.lastCycle?.key ? this.lastCycle : this.cycles.get(event.cycleId);
      if (!cycle && this.cycles.size >= CYCLES_HELD) this.overflow(this.cycles).add(event.cycleId);
      else {
        if (!cycle) {
          const key = detach(event.cycleId);
          this.cycles.set(key, (cycle = { key, count: 0, failures: 0, first: null, last: null }));
        }
        this.lastCycle = cycle;
        cycle.count++;
        if (event.status === 'failure') cycle.failures++;
        widen(cycle, t);
      }
    }
    if (event.status === 'failure') {
      const code = event.errorCode ? shown(event.errorCode) : null;
      this.fold(this.failures, code?.toLowerCase() ?? '', code, event, app);
    } else if (event.status === 'skipped') {
      const raw = event.skipReason ?? event.errorCode;
      const reason = raw ? shown(raw) : null;
      this.fold(this.skips, reason?.toLowerCase() ?? '', reason, event, app);
    } else if (event.status === 'warning') {
      const code = event.errorCode ? shown(event.errorCode) : null;
      this.fold(this.warnings, code?.toLowerCase() ?? '', code, event, app);
    }
  }

  private fold(map: Map<string, Acc>, key: string, label: string | null, event: LogEvent, app: string | undefined): void {
    let acc = map.get(key);
    if (!acc) {
      if (map.size >= GROUPS_HELD) return this.overflow(map).add(key);
      map.set(detach(key), (acc = { label: label === null ? null : detach(label), count: 0, ids: new Set(), sample: [], first: null, last: null, apps: new Set() }));
    }
    // The first event that says why speaks for the group; earlier ones may carry no reason.
    if (acc.reason === undefined && acc.failedStep === undefined && (event.reason || event.failedStep)) {
      acc.reason = event.reason && detach(clip(event.reason, TEXT_HELD));
      acc.failedStep = event.failedStep && detach(clip(event.failedStep, TEXT_HELD));
    }
    acc.count++;
    widen(acc, event.time);
    if (app && acc.apps.size < SAMPLE && !acc.apps.has(app)) acc.apps.add(detach(app));
    const { key: who, display } = identityOf(event);
    if (!acc.ids.has(who)) {
      if (this.identitiesHeld >= IDENTITIES_HELD) {
        acc.atLeast = true;
        return;
      }
      this.identitiesHeld++;
      acc.ids.add(detach(who));
      if (acc.sample.length < SAMPLE) {
        acc.sample.push(detach(display));
      }
    }
  }

  private overflow(map: object): Overflow {
    let beyond = this.beyond.get(map);
    if (!beyond) this.beyond.set(map, (beyond = new Overflow()));
    return beyond;
  }

  /** The counter of `key` in `map`, bumped; undefined when the map is full (then counted as beyond it). */
  private bump(map: Map<string, Count>, key: string): Count | undefined {
    let count = map.get(key);
    if (count !== undefined) count.n++;
    else if (map.size >= NAMES_HELD) this.overflow(map).add(key);
    else {
      const own = detach(key);
      map.set(own, (count = { key: own, n: 1 }));
    }
    return count;
  }

  private remember(event: LogEvent): void {
    if (!this.known) return;
    for (const identity of [event.source, event.target]) {
      if (!identity) continue;
      if (identity.id) this.known.remember(identity.id, 'id');
      if (identity.displayName) this.known.remember(identity.displayName, 'person');
      if (identity.principal) this.known.remember(identity.principal, 'person');
    }
  }

  build(index: CodeIndex, content: Content, files: FileSummary[], problems: Problem[], problemsNotShown: number): Report {
    const cycles = [...this.cycles.entries()].sort((a, b) => (b[1].last ?? 0) - (a[1].last ?? 0));
    return {
      summary: {
        files,
        records: this.records,
        recordsRead: this.recordsRead,
        filteredOut: this.filteredOut,
        duplicates: { events: 0, checkStopped: false },
        timeRange: this.first !== null && this.last !== null ? { first: formatTime(this.first), last: formatTime(this.last) } : null,
        byStatus: { ...this.byStatus },
        ...this.names('byAction', 'actionsNotShown', this.byAction),
        ...this.names('byApp', 'appsNotShown', this.byApp),
        byCycle: cycles.slice(0, CYCLES_SHOWN).map(([cycleId, c]) => ({ cycleId, count: c.count, failures: c.failures, first: time(c.first), last: time(c.last) })),
        cyclesNotShown: Math.max(0, cycles.length - CYCLES_SHOWN) + this.overflow(this.cycles).notShown().distinct,
      },
      groups: this.shownGroups(this.failures).map((acc) => failureGroup(index, content, acc)),
      groupsNotShown: this.groupsNotShown(this.failures),
      skipped: this.shownGroups(this.skips).map((acc) => skipGroup(index, content, acc)),
      skippedNotShown: this.groupsNotShown(this.skips),
      warnings: this.shownGroups(this.warnings).map((acc) => failureGroup(index, content, acc)),
      warningsNotShown: this.groupsNotShown(this.warnings),
      problems,
      problemsNotShown,
    };
  }

  private shownGroups(map: Map<string, Acc>): Acc[] {
    return byCount(map).slice(0, GROUPS_SHOWN);
  }

  private groupsNotShown(map: Map<string, Acc>): NotShown {
    const held = byCount(map).slice(GROUPS_SHOWN).map((acc) => ({ n: acc.count }));
    return this.overflow(map).notShown(held);
  }

  /** The most frequent names with their counts, and what is left out. */
  private names<K extends string, N extends string>(key: K, notShownKey: N, map: Map<string, Count>) {
    const sorted = [...map.values()].sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
    return {
      [key]: Object.fromEntries(sorted.slice(0, NAMES_SHOWN).map((c) => [c.key, c.n] as const)),
      [notShownKey]: this.overflow(map).notShown(sorted.slice(NAMES_SHOWN)),
    } as Record<K, Record<string, number>> & Record<N, NotShown>;
  }
}

function failureGroup(index: CodeIndex, content: Content, acc: Acc): FailureGroup {
  const result = acc.label ? index.lookup(acc.label) : null;
  // Without a code, the reason text may still name one ("... EntryConflict ...").
  const fromText = !acc.label && acc.reason ? index.lookup(acc.reason).match : null;
  const match = result?.match ?? fromText;
  const entry = match?.entry ?? index.fallback;
  return {
    code: acc.label,
    matchedAs: match?.matchedAs ?? null,
    catalogueCode: match?.entry.code ?? null,
    note: match?.note ?? null,
    remedyId: entry?.id ?? null,
    title: entry?.title ?? null,
    meaning: entry?.meaning ?? null,
    reason: acc.reason ?? null,
    failedStep: acc.failedStep ?? null,
    caution: entry?.caution ?? null,
    steps: entry?.steps ?? [],
    links: linksOf(content, entry?.links ?? []).map(({ title, url }) => ({ title, url })),
    suggestions: result && !result.match ? result.suggestions.map((s) => s.code) : [],
    apps: [...acc.apps],
    ...affected(acc),
  };
}

function skipGroup(index: CodeIndex, content: Content, acc: Acc): SkipGroup {
  const match = acc.label ? index.lookup(acc.label).match : null;
  const entry = match?.entry;
  return {
    reason: acc.label ?? '(no reason given)',
    remedyId: entry?.id ?? null,
    meaning: entry?.meaning ?? null,
    links: linksOf(content, entry?.links ?? []).map(({ title, url }) => ({ title, url })),
    ...affected(acc),
  };
}

function affected(acc: Acc): Affected {
  const identities = { count: acc.ids.size, sample: acc.sample, ...(acc.atLeast ? { atLeast: true as const } : {}) };
  return { count: acc.count, identities, first: time(acc.first), last: time(acc.last) };
}

function identityOf(event: LogEvent): { key: string; display: string } {
  const s = event.source;
  const t = event.target;
  const name = s?.displayName ?? t?.displayName;
  const principal = s?.principal ?? t?.principal;
  const id = s?.id ?? t?.id;
  const display = name && principal && name !== principal ? `${name} (${principal})` : (principal ?? name ?? id ?? '(unknown identity)');
  return { key: id ?? principal ?? name ?? '(unknown identity)', display };
}

function byCount(map: Map<string, Acc>): Acc[] {
  return [...map.values()].sort((a, b) => b.count - a.count || (a.label ?? '').localeCompare(b.label ?? ''));
}

// Almost every value is clean already: test cheaply before cleaning.
const NEEDS_CLEANING = new RegExp(`[${CONTROL_CHARACTERS}]|^\\s|\\s$|\\s\\s`, 'u');

function shown(text: string): string {
  return NEEDS_CLEANING.test(text) ? cleanText(text) : text;
}

/** A counter held by reference: one map lookup per event instead of a get and a set. */
interface Count {
  /** The map's own (detached) key. */
  key: string;
  n: number;
}

interface Cycle {
  key: string;
  count: number;
  failures: number;
  first: number | null;
  last: number | null;
}

/**
 * A copy that owns its characters. Strings cut from a large chunk (CSV cells) keep
 * the whole chunk alive while they are held: kept keys and samples must not, or
 * memory grows with the file.
 */
function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function widen(range: { first: number | null; last: number | null }, t: number | null): void {
  if (t === null) return;
  if (range.first === null || t < range.first) range.first = t;
  if (range.last === null || t > range.last) range.last = t;
}

function time(t: number | null): string | null {
  return t === null ? null : formatTime(t);
}
