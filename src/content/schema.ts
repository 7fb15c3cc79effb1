import { z } from 'zod';
import { CODE_CATEGORIES } from './categories.js';
import { RULES, ruleIssue } from '../i18n/diagnostic-words.js';
import { urlFault } from '../text/safe-url.js';

/** Stable, human-readable identifier: it appears in paths, JSON output and reports. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, RULES.slug);

/** Controls, format characters (bidi, zero-width) and the Unicode line separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * Content text reaches terminals, the clipboard and Markdown reports: a control character
 * could move the cursor or set the clipboard, and an invisible one makes text read differently
 * from what it is. Every text field is checked here, once, so the validator and the build stop it.
 */
function visibleText(text: string, ctx: z.RefinementCtx<string>): void {
  const bad = INVISIBLE.exec(text);
  if (!bad) return;
  ctx.addIssue(ruleIssue('invisible', bad[0], bad.index + 1, /[\n\r\u2028\u2029]/.test(bad[0])));
}

const Text = z.string().trim().min(1, RULES.notEmpty).superRefine(visibleText);
const LinkRefs = z.array(Slug).min(1, RULES.needsLink);

/** The words admins type or paste for this problem: error fragments, portal labels, product names, synonyms. */
const Keywords = z.array(Text);

/** Where a fact comes from: a link of the catalogue and, when the fact sits under one, the page's heading. */
export const Source = z.strictObject({
  link: Slug,
  heading: Text.optional(),
});

/** The day the text was last checked against its sources. */
const Reviewed = z.iso.date({ error: RULES.date });

/** Said before the steps when a step can do harm: who loses what. */
const Caution = Text;

export const Option = z.strictObject({
  label: Text,
  next: Slug,
});

export const QuestionNode = z.strictObject({
  kind: z.literal('question'),
  title: Text,
  prompt: Text,
  explain: Text.optional(),
  options: z.array(Option).min(2, RULES.twoOptions),
  keywords: Keywords.optional(),
});

export const RemedyNode = z.strictObject({
  kind: z.literal('remedy'),
  title: Text,
  cause: Text,
  caution: Caution.optional(),
  steps: z.array(Text).min(1, RULES.remedyStep),
  links: LinkRefs,
  ifNotHelped: Slug.optional(),
  keywords: Keywords.optional(),
  sources: z.array(Source).optional(),
  reviewed: Reviewed.optional(),
});

export const InfoNode = z.strictObject({
  kind: z.literal('info'),
  title: Text,
  facts: z
    .array(z.strictObject({ text: Text, links: z.array(Slug).optional() }))
    .min(1, RULES.oneFact),
  next: Slug,
  keywords: Keywords.optional(),
});

/** Asks for an error code; the answer is looked up in the error-code catalogue. */
export const CodeLookupNode = z.strictObject({
  kind: z.literal('code-lookup'),
  title: Text,
  prompt: Text,
  explain: Text.optional(),
  keywords: Keywords.optional(),
});

export const TreeNode = z.discriminatedUnion('kind', [QuestionNode, RemedyNode, InfoNode, CodeLookupNode]);

export const CodeCategory = z.enum(CODE_CATEGORIES);

export const Retry = z.strictObject({
  automatic: z.boolean(),
  after: Text.optional(),
  adminMustAct: z.boolean(),
  note: Text.optional(),
});

export const CodeEntry = z.strictObject({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9 ._:-]*$/, RULES.errorCode),
  aliases: z.array(Text).default([]),
  category: CodeCategory,
  title: Text,
  meaning: Text,
  retry: Retry,
  caution: Caution.optional(),
  steps: z.array(Text).min(1, RULES.codeStep),
  links: LinkRefs,
  next: Slug.optional(),
  keywords: Keywords.optional(),
  sources: z.array(Source).optional(),
  reviewed: Reviewed.optional(),
});

/** A doc address exactly as a browser reads it; a translation's address is held to the same rules. */
const DocUrl = z.url({ protocol: /^https$/, error: RULES.https, abort: true }).superRefine((url, ctx) => {
  const fault = urlFault(url);
  if (fault) ctx.addIssue(ruleIssue('url', fault));
});

export const Link = z.strictObject({
  title: Text,
  url: DocUrl,
});

export const AllowedHost = z.strictObject({
  host: z.string().regex(/^[a-z0-9.-]+$/, RULES.hostName),
  reason: Text,
});

/** One YAML file under content/: every section is optional, files split the knowledge by topic. */
export const ContentFile = z.strictObject({
  start: Slug.optional(),
  allowedHosts: z.array(AllowedHost).optional(),
  links: z.record(Slug, Link).optional(),
  nodes: z.record(Slug, TreeNode).optional(),
  codes: z.record(Slug, CodeEntry).optional(),
});

/** The hash of the English text a translation was made from (`validate` prints the current one). */
const SourceHash = z.string().regex(/^en-[0-9a-f]{8}$/, RULES.sourceHash);

/**
 * A translation overlay replaces text by id and never changes structure: option labels,
 * steps and facts are replaced position by position. Each entry records the hash of the
 * English text it translates, so a later English edit marks it stale.
 */
export const LocaleOverlay = z.strictObject({
  locale: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, RULES.locale),
  nodes: z
    .record(
      Slug,
      z.strictObject({
        source: SourceHash,
        title: Text.optional(),
        prompt: Text.optional(),
        explain: Text.optional(),
        cause: Text.optional(),
        caution: Text.optional(),
        options: z.array(Text).optional(),
        steps: z.array(Text).optional(),
        facts: z.array(Text).optional(),
        keywords: z.array(Text).optional(),
      }),
    )
    .optional(),
  codes: z
    .record(
      Slug,
      z.strictObject({
        source: SourceHash,
        title: Text.optional(),
        meaning: Text.optional(),
        caution: Text.optional(),
        retryNote: Text.optional(),
        steps: z.array(Text).optional(),
        keywords: z.array(Text).optional(),
      }),
    )
    .optional(),
  links: z
    .record(
      Slug,
      z.strictObject({
        source: SourceHash,
        title: Text,
        url: DocUrl.optional(),
      }),
    )
    .optional(),
});

export type Option = z.infer<typeof Option>;
export type QuestionNode = z.infer<typeof QuestionNode>;
export type RemedyNode = z.infer<typeof RemedyNode>;
export type InfoNode = z.infer<typeof InfoNode>;
export type CodeLookupNode = z.infer<typeof CodeLookupNode>;
export type TreeNode = z.infer<typeof TreeNode>;
export type CodeEntry = z.infer<typeof CodeEntry>;
export type CodeCategory = z.infer<typeof CodeCategory>;
export type Link = z.infer<typeof Link>;
export type Source = z.infer<typeof Source>;
export type AllowedHost = z.infer<typeof AllowedHost>;
export type ContentFile = z.infer<typeof ContentFile>;
export type LocaleOverlay = z.infer<typeof LocaleOverlay>;
