import type { FileSummary, Problem, Status } from './types.js';

/** What `analyze --json` prints; schema/analyze.schema.json describes the same shape. */
export interface Report {
  summary: {
    files: FileSummary[];
    /** Events that passed the filters. */
    records: number;
    /** Events read before filtering. */
    recordsRead: number;
    filteredOut: number;
    timeRange: { first: string; last: string } | null;
    byStatus: Record<Status, number>;
    byAction: Record<string, number>;
    byApp: Record<string, number>;
    byCycle: Array<{ cycleId: string; count: number; failures: number; first: string | null; last: string | null }>;
    cyclesNotShown: number;
  };
  groups: FailureGroup[];
  skipped: SkipGroup[];
  /** Events that succeeded with a warning, grouped by code as failures are. */
  warnings: FailureGroup[];
  problems: Problem[];
  problemsNotShown: number;
}

export interface Affected {
  count: number;
  /** Identities affected (distinct), a few of them by name. */
  identities: { count: number; sample: string[] };
  first: string | null;
  last: string | null;
}

export interface FailureGroup extends Affected {
  /** The code as the log spelled it; null when failures carried no code. */
  code: string | null;
  matchedAs: 'code' | 'alias' | 'variant' | 'in-text' | null;
  /** The catalogue code it maps to, and how the lookup read it. */
  catalogueCode: string | null;
  note: string | null;
  /** Catalogue entry id: the wizard opens at `@remedyId`. For codes the catalogue lacks: the general advice. */
  remedyId: string | null;
  title: string | null;
  meaning: string | null;
  /** First reason text seen, cleaned. */
  reason: string | null;
  failedStep: string | null;
  steps: string[];
  links: Array<{ title: string; url: string }>;
  suggestions: string[];
  apps: string[];
}

export interface SkipGroup extends Affected {
  reason: string;
  remedyId: string | null;
  meaning: string | null;
  links: Array<{ title: string; url: string }>;
}
