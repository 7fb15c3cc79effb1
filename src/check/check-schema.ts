/**
 * The shape of `check --json`, as zod schemas: the build writes schema/check.schema.json
 * from it. Only types are imported at run time, so zod stays out of `check`.
 */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/language.js';

export const FindingSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  id: z.string().describe('the remedy or error-code entry of the content, as the wizard, `show` and `explain` name it'),
  title: z.string().describe('what was found, in one line'),
  facts: z.array(z.string()).describe('what Microsoft Graph said that led to the finding'),
  path: z.string().describe('the walk to this remedy with the answers the check established: `provision-doctor --resume <path>` opens it'),
});

export const ReadNoteSchema = z.strictObject({
  what: z.string().describe('what was read, e.g. "provisioning jobs"'),
  outcome: z.enum(['read', 'partial', 'failed']),
  detail: z.string().nullable().describe('why a read was partial or failed'),
  hint: z.string().nullable().describe('the permission or role that lets a refused read through'),
});

export const CheckReportSchema = z
  .strictObject({
    graphBase: z.string(),
    tokenSource: z.enum(['environment', 'stdin', 'azure-cli', 'device-code']),
    app: z.strictObject({ id: z.string(), appId: z.string().nullable(), displayName: z.string().nullable() }),
    jobs: z.array(
      z.strictObject({
        id: z.string(),
        templateId: z.string().nullable(),
        status: z.string().nullable().describe('NotConfigured, NotRun, Active, Paused or Quarantine'),
        quarantineReason: z.string().nullable(),
        lastExecution: z.string().nullable().describe('when the last cycle began'),
      }),
    ),
    user: z.strictObject({ id: z.string(), userPrincipalName: z.string().nullable() }).nullable(),
    findings: z.array(FindingSchema).describe('worst first'),
    reads: z.array(ReadNoteSchema).describe('every read made, and whether it was complete'),
  })
  .describe('The report of `provision-doctor check --json`: what was read from the tenant (read-only) and the findings, each mapped to the content.');

export type CheckReport = z.infer<typeof CheckReportSchema>;

/** What `check --json` prints: the report, and the language its text values are in. */
export const CheckJsonSchema = CheckReportSchema.extend({
  language: z.enum(LANGUAGES).describe('the language of the text values (--lang or the locale); keys, ids and codes are the same in every language'),
}).describe(CheckReportSchema.description ?? '');

export function checkJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(CheckJsonSchema, { target: 'draft-7' });
  return { $schema, title: 'provision-doctor check --json', ...schema };
}
