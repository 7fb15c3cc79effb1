/**
 * The shape of every command's --json output, as zod schemas. Never imported by the
 * CLI at run time (it would load zod): the build turns it into
 * schema/output.schema.json, and the tests check real output against that file.
 */
import { z } from 'zod';
import { CodeCategory } from '../content/schema.js';
import { LANGUAGES } from '../i18n/language.js';

const Link = z.strictObject({ title: z.string(), url: z.string() });
/** At the top of every document (of each result in explain's array): what its text values are in. */
const Language = z.enum(LANGUAGES).describe('the language of the text values (--lang or the locale); keys, ids and codes are the same in every language');
const named = { language: Language };
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
  caution: z.string().optional().describe('who or what a step can harm; said before the steps'),
  steps: z.array(z.string()),
  links: z.array(Link),
  next: z.string().optional().describe('the id of the tree node to go on to when these steps did not help (provision-doctor show <id>)'),
});

const ExplainFound = CodeEntry.extend({
  ...named,
  input: z.string(),
  matchedAs: z.enum(['code', 'alias', 'variant', 'in-text']),
  matched: z.string(),
  note: z.string().optional(),
});

const ExplainNotFound = z.strictObject({
  ...named,
  input: z.string(),
  code: z.null(),
  matchedAs: z.null(),
  family: z.string().nullable().describe('where the code comes from by its shape, e.g. "a Microsoft Graph error"'),
  suggestions: z.array(z.string()).describe('catalogue codes close in meaning (same family first), then in spelling: not the same code'),
  related: z
    .array(z.strictObject({ id: z.string(), kind: Kind, title: z.string() }))
    .describe('for a pasted line without a known code: the nodes that answer what it describes'),
  fallback: CodeEntry.nullable(),
});

const ExplainResult = z.union([ExplainFound, ExplainNotFound]);

const QuestionNode = z.strictObject({
  id: z.string(),
  kind: z.literal('question'),
  title: z.string(),
  prompt: z.string(),
  explain: z.string().optional(),
  options: z.array(z.strictObject({ label: z.string(), next: z.string() })),
});
const RemedyNode = z.strictObject({
  id: z.string(),
  kind: z.literal('remedy'),
  title: z.string(),
  cause: z.string(),
  caution: z.string().optional().describe('who or what a step can harm; said before the steps'),
  steps: z.array(z.string()),
  links: z.array(Link),
  ifNotHelped: z.string().optional(),
});
const InfoNode = z.strictObject({
  id: z.string(),
  kind: z.literal('info'),
  title: z.string(),
  facts: z.array(z.strictObject({ text: z.string(), links: z.array(Link) })),
  next: z.string(),
});
const LookupNode = z.strictObject({ id: z.string(), kind: z.literal('code-lookup'), title: z.string(), prompt: z.string(), explain: z.string().optional() });
const CodeEntryNode = CodeEntry.extend({ kind: z.literal('code') });

/** A node inside another document (path's node). */
const Node = z.discriminatedUnion('kind', [QuestionNode, RemedyNode, InfoNode, LookupNode, CodeEntryNode]);
/** A node as the whole document (show): the same, with its language. */
const ShownNode = z.discriminatedUnion('kind', [
  QuestionNode.extend(named),
  RemedyNode.extend(named),
  InfoNode.extend(named),
  LookupNode.extend(named),
  CodeEntryNode.extend(named),
]);

const diagnostic = z.strictObject({ file: z.string(), line: z.number().int(), col: z.number().int(), code: z.string(), message: z.string() });

export const outputSchemas = {
  explain: z
    .union([ExplainResult, z.array(ExplainResult)])
    .describe('explain: one result for one code, an array for several'),
  search: z
    .strictObject({
      ...named,
      query: z.string(),
      hits: z.array(
        z.strictObject({
          id: z.string(),
          kind: Kind,
          title: z.string(),
          code: z.string().optional(),
          why: z
            .strictObject({
              code: z.string().optional().describe('the catalogue code or alias read in the query'),
              note: z.string().optional().describe('what was set aside or read differently to find that code'),
              words: z.array(z.string()).optional().describe("the query's words this hit holds, as typed"),
            })
            .describe('why this hit was offered'),
        }),
      ),
      topics: z
        .array(z.strictObject({ label: z.string(), next: z.string() }))
        .optional()
        .describe('when nothing is a good match: the topics a walk can start from'),
    })
    .describe('search: best match first; no hits means no good match'),
  topics: z
    .strictObject({
      ...named,
      start: z.string(),
      prompt: z.string(),
      topics: z.array(z.strictObject({ label: z.string(), next: z.string(), title: z.string() })),
    })
    .describe('topics: the answers to the first question'),
  codes: z
    .strictObject({
      ...named,
      category: CodeCategory.optional(),
      codes: z.array(z.strictObject({ id: z.string(), code: z.string(), aliases: z.array(z.string()), category: CodeCategory, title: z.string() })),
    })
    .describe('codes: the error-code catalogue'),
  show: ShownNode.describe('show: one node'),
  path: z
    .strictObject({
      ...named,
      path: z.string(),
      breadcrumbs: z.array(z.strictObject({ nodeId: z.string(), question: z.string(), answer: z.string() })),
      node: Node,
      next: z
        .string()
        .optional()
        .describe("where 'this did not help' (or 'next') leads on this walk: the node's own next, past causes already seen or ruled out by the answers"),
    })
    .describe('path: the answers a saved path gives and the node it reaches'),
  validate: z
    .strictObject({
      ...named,
      ok: z.boolean(),
      sourcesChecked: z.boolean().describe('false when no heading snapshot was found: doc sources and anchors were not checked'),
      files: z.array(z.string()),
      problems: z.array(diagnostic),
      warnings: z.array(diagnostic.extend({ severity: z.literal('warning') })).describe('reported, but not failing: text not yet translated'),
    })
    .describe('validate: every problem in a content folder, and the warnings'),
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
