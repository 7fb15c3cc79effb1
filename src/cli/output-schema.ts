/**
 * The shape of every command's --json output, as zod schemas. Never imported by the
 * CLI at run time (it would load zod): the build turns it into
 * schema/output.schema.json, and the tests check real output against that file.
 */
import { z } from 'zod';
import { CodeCategory } from '../content/schema.js';

const Link = z.strictObject({ title: z.string(), url: z.string() });
const Kind = z.enum(['question', 'remedy', 'info', 'code-lookup', 'code']);

const CodeEntry = z.strictObject({
  id: z.string(),
  code: z.string(),
  aliases: z.array(z.string()),
  category: CodeCategory,
  title: z.string(),
  meaning: z.string(),
  retry: z.strictObject({
    automatic: z.boolean(),
    after: z.string().optional(),
    adminMustAct: z.boolean(),
    note: z.string().optional(),
    text: z.string().describe('the retry behaviour as one sentence'),
  }),
  steps: z.array(z.string()),
  links: z.array(Link),
  next: z.string().optional().describe('the id of the tree node to go on to when these steps did not help (provision-doctor show <id>)'),
});

const ExplainFound = CodeEntry.extend({
  input: z.string(),
  matchedAs: z.enum(['code', 'alias', 'variant', 'in-text']),
  matched: z.string(),
  note: z.string().optional(),
});

const ExplainNotFound = z.strictObject({
  input: z.string(),
  code: z.null(),
  matchedAs: z.null(),
  suggestions: z.array(z.string()),
  fallback: CodeEntry.nullable(),
});

const ExplainResult = z.union([ExplainFound, ExplainNotFound]);

const Node = z.discriminatedUnion('kind', [
  z.strictObject({
    id: z.string(),
    kind: z.literal('question'),
    title: z.string(),
    prompt: z.string(),
    explain: z.string().optional(),
    options: z.array(z.strictObject({ label: z.string(), next: z.string() })),
  }),
  z.strictObject({
    id: z.string(),
    kind: z.literal('remedy'),
    title: z.string(),
    cause: z.string(),
    steps: z.array(z.string()),
    links: z.array(Link),
    ifNotHelped: z.string().optional(),
  }),
  z.strictObject({
    id: z.string(),
    kind: z.literal('info'),
    title: z.string(),
    facts: z.array(z.strictObject({ text: z.string(), links: z.array(Link) })),
    next: z.string(),
  }),
  z.strictObject({ id: z.string(), kind: z.literal('code-lookup'), title: z.string(), prompt: z.string(), explain: z.string().optional() }),
  CodeEntry.extend({ kind: z.literal('code') }),
]);

export const outputSchemas = {
  explain: z
    .union([ExplainResult, z.array(ExplainResult)])
    .describe('explain: one result for one code, an array for several'),
  search: z
    .strictObject({
      query: z.string(),
      hits: z.array(z.strictObject({ id: z.string(), kind: Kind, title: z.string(), code: z.string().optional() })),
    })
    .describe('search: best match first'),
  topics: z
    .strictObject({
      start: z.string(),
      prompt: z.string(),
      topics: z.array(z.strictObject({ label: z.string(), next: z.string(), title: z.string() })),
    })
    .describe('topics: the answers to the first question'),
  codes: z
    .strictObject({
      category: CodeCategory.optional(),
      codes: z.array(z.strictObject({ id: z.string(), code: z.string(), aliases: z.array(z.string()), category: CodeCategory, title: z.string() })),
    })
    .describe('codes: the error-code catalogue'),
  show: Node.describe('show: one node'),
  path: z
    .strictObject({
      path: z.string(),
      breadcrumbs: z.array(z.strictObject({ nodeId: z.string(), question: z.string(), answer: z.string() })),
      node: Node,
    })
    .describe('path: the answers a saved path gives and the node it reaches'),
  validate: z
    .strictObject({
      ok: z.boolean(),
      files: z.array(z.string()),
      problems: z.array(
        z.strictObject({ file: z.string(), line: z.number().int(), col: z.number().int(), code: z.string(), message: z.string() }),
      ),
      // Text a translation overlay leaves untranslated: listed at the English entry, never failing.
      warnings: z.array(
        z.strictObject({ file: z.string(), line: z.number().int(), col: z.number().int(), code: z.string(), message: z.string(), severity: z.literal('warning') }),
      ),
    })
    .describe('validate: every problem in a content folder'),
};

export type OutputCommand = keyof typeof outputSchemas;

/** schema/output.schema.json: one definition per command, referenced as output.schema.json#/definitions/<command>. */
export function outputJsonSchema(): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(outputSchemas)) {
    const { $schema: _, ...generated } = z.toJSONSchema(schema, { target: 'draft-7' }) as Record<string, unknown>;
    definitions[name] = generated;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'provision-doctor --json output',
    description: 'Generated from src/cli/output-schema.ts by the build; do not edit by hand.',
    definitions,
  };
}
