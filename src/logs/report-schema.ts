/**
 * The shape of `analyze --json`, as zod schemas: the report's TypeScript types come
 * from here (z.infer), and the build writes schema/analyze.schema.json from it. Only
 * types are imported at run time, so zod stays out of the analyser.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/language.js';

const count = z.int().min(0);
const time = z.string().nullable().describe('ISO 8601 UTC, or null when no event had a readable time');
const notShown = z
  .strictObject({ distinct: count, events: count, atLeast: z.literal(true).optional().describe('more distinct values than the analyser tells apart: distinct is a lower bound') })
  .describe('what the report leaves out to stay bounded: how many distinct values, and their events');
const links = z.array(z.strictObject({ title: z.string(), url: z.string() }));

export const FormatIdSchema = z.enum([
  'portal-json',
  'graph',
  'provision-on-demand',
  'azure-monitor',
  'log-analytics-json',
  'log-analytics-csv',
  'portal-csv-events',
  'portal-csv-steps',
  'portal-csv-modified-properties',
  'unknown',
]);
export const ShapeSchema = z
  .enum(['v1.0', 'beta', 'beta-old', 'pascal-case', 'columns'])
  .describe('which field names the records used: Graph v1.0, beta, the old beta without provisioningStatusInfo, Azure Monitor PascalCase, or CSV columns');
export const EncodingSchema = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']);
export const StatusSchema = z.enum(['success', 'failure', 'skipped', 'warning', 'other']);

export const FileSummarySchema = z.strictObject({
  file: z.string(),
  format: FormatIdSchema,
  description: z.string().describe('the format in words'),
  shapes: z.array(ShapeSchema),
  encoding: EncodingSchema,
  records: count.describe('events read from this file (rows for step and modified-property files)'),
  problems: count,
});

export const ProblemSchema = z
  .strictObject({
    file: z.string(),
    line: z.int().min(1).optional(),
    record: z.int().min(1).optional(),
    message: z.string(),
    count: z.int().min(2).optional().describe('how many times the same problem occurred in this file; the location is the first'),
  })
  .describe('something in an input that could not be read: never a crash, never a silent drop');

const affected = {
  count,
  identities: z.strictObject({
    count: count.describe('distinct identities affected'),
    sample: z.array(z.string()).max(5),
    atLeast: z.literal(true).optional().describe('more distinct identities than the analyser tells apart: the count is a lower bound'),
  }),
  first: time,
  last: time,
};

export const FailureGroupSchema = z.strictObject({
  code: z.string().nullable().describe('the code as the log spelled it; null when the events carried none'),
  matchedAs: z.enum(['code', 'alias', 'variant', 'in-text']).nullable().describe('how the catalogue lookup matched; null: not in the catalogue'),
  catalogueCode: z.string().nullable(),
  note: z.string().nullable(),
  remedyId: z.string().nullable().describe('catalogue entry to open in the guide (the general advice for unknown codes)'),
  title: z.string().nullable(),
  meaning: z.string().nullable(),
  reason: z.string().nullable().describe('the first reason text of the group, cleaned'),
  failedStep: z.string().nullable(),
  caution: z.string().nullable().describe('who a harmful step affects, to read before the steps; null when no step can do harm'),
  steps: z.array(z.string()),
  links,
  suggestions: z.array(z.string()),
  apps: z.array(z.string()),
  ...affected,
});

export const SkipGroupSchema = z.strictObject({
  reason: z.string(),
  remedyId: z.string().nullable(),
  meaning: z.string().nullable(),
  links,
  ...affected,
});

export const ReportSchema = z
  .strictObject({
    summary: z.strictObject({
      files: z.array(FileSummarySchema),
      records: count.describe('events that passed the filters'),
      recordsRead: count.describe('events read before filtering'),
      filteredOut: count,
      duplicates: z
        .strictObject({
          events: count.describe('events read again (the same change ID in overlapping files): counted once'),
          checkStopped: z.boolean().describe('true when more change IDs came than the analyser remembers (1,000,000): later events were counted without the check'),
        })
        .describe('overlapping exports: events seen twice are counted once'),
      timeRange: z.strictObject({ first: z.string(), last: z.string() }).nullable(),
      byStatus: z.strictObject({ success: count, failure: count, skipped: count, warning: count, other: count }),
      byAction: z.record(z.string(), count).describe('the most frequent actions, at most 50'),
      actionsNotShown: notShown,
      byApp: z.record(z.string(), count).describe('the most frequent apps, at most 50'),
      appsNotShown: notShown,
      byCycle: z
        .array(z.strictObject({ cycleId: z.string(), count, failures: count, first: time, last: time }))
        .describe('most recent cycles first'),
      cyclesNotShown: count,
    }),
    groups: z.array(FailureGroupSchema).describe('failures grouped by error code, most frequent first, at most 200'),
    groupsNotShown: notShown,
    skipped: z.array(SkipGroupSchema).describe('skipped events grouped by skip reason, most frequent first, at most 200'),
    skippedNotShown: notShown,
    warnings: z.array(FailureGroupSchema).describe('events that succeeded with a warning, grouped by code like the failures, at most 200'),
    warningsNotShown: notShown,
    problems: z.array(ProblemSchema),
    problemsNotShown: count,
  })
  .describe(
    'The report of `provision-doctor analyze --json`: a summary of the logs read, failures grouped by error code, skipped events grouped by skip reason, warnings grouped by code, and what could not be read.',
  );

/** What `analyze --json` prints: the report, and the language its text values are in. */
export const ReportJsonSchema = ReportSchema.extend({
  language: z.enum(LANGUAGES).describe('the language of the text values (--lang or the locale); keys, ids and codes are the same in every language'),
}).describe(ReportSchema.description ?? '');

export function analyzeJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(ReportJsonSchema, { target: 'draft-7' });
  return { $schema, title: 'provision-doctor analyze --json', ...schema };
}
