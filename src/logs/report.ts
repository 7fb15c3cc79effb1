import type { z } from 'zod';
import type { FailureGroupSchema, ReportSchema, SkipGroupSchema } from './report-schema.js';

/** What `analyze --json` prints, as described by schema/analyze.schema.json. */
export type Report = z.infer<typeof ReportSchema>;
export type FailureGroup = z.infer<typeof FailureGroupSchema>;
export type SkipGroup = z.infer<typeof SkipGroupSchema>;
/** What every group says about the events in it. */
export type Affected = Pick<FailureGroup, 'count' | 'identities' | 'first' | 'last'>;
