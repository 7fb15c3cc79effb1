// Bounds that keep the analyser's memory and report flat whatever the log holds: the
// number of distinct codes, apps, actions and identities is the log's to choose.

/** Groups (failure codes, skip reasons, warning codes) printed in full, most frequent first. */
export const GROUPS_SHOWN = 200;
/** Groups held in full while reading; events of codes first seen after that are only counted. */
export const GROUPS_HELD = 1000;
/** Distinct actions or apps held with their counts; the report lists the most frequent. */
export const NAMES_HELD = 1000;
export const NAMES_SHOWN = 50;
/** Cycles held with their counts and times; events of later new cycles only add to the count of cycles. */
export const CYCLES_HELD = 10_000;
/** Identity keys held over all groups, to count distinct identities; past it counts are lower bounds. */
export const IDENTITIES_HELD = 100_000;
/** Reason and failed-step text kept per group, in characters. */
export const TEXT_KEPT = 2000;
/**
 * Characters of a reason held while reading: more than the report shows, so that --redact
 * sees a name or address whole before the report is cut to TEXT_KEPT.
 */
export const TEXT_HELD = 12_000;
/** Distinct values counted beyond a cap: past this many, the count is a lower bound. */
const OVERFLOW_KEYS = 100_000;

export interface NotShown {
  distinct: number;
  events: number;
  /** More distinct values than were told apart: `distinct` is a lower bound. */
  atLeast?: true;
}

/** What fell beyond a cap: how many events, and how many distinct values they had. */
export class Overflow {
  events = 0;
  private readonly keys = new Set<string>();

  /** Past OVERFLOW_KEYS distinct values, new ones are no longer told apart: the distinct count is a lower bound. */
  private full = false;

  add(key: string, events = 1): void {
    this.events += events;
    if (this.keys.has(key)) return;
    if (this.keys.size < OVERFLOW_KEYS) this.keys.add(Buffer.from(key, 'utf8').toString('utf8'));
    else this.full = true;
  }

  /** What the report leaves out: these values, and `held` values that were held but are not shown. */
  notShown(held: Array<{ n: number }> = []): NotShown {
    const distinct = this.keys.size + held.length;
    return { distinct, events: held.reduce((sum, h) => sum + h.n, this.events), ...(this.full ? { atLeast: true as const } : {}) };
  }
}

/** At most TEXT_KEPT characters, cut at a space near the end when there is one, marked with "…". */
export function clip(text: string, max = TEXT_KEPT): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > max - 200 ? space : max)}…`;
}
