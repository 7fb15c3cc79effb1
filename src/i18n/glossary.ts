import { LineCounter, parse as parseYaml, parseDocument } from 'yaml';
import { say, type Diagnostic } from '../content/diagnostic.js';
import { formatPath } from '../content/parse-file.js';
import { nodeAt, positionOfNode } from '../content/positions.js';
import { z } from 'zod';
import { issueInEveryLanguage, ruleIssue, RULES } from './diagnostic-words.js';

/**
 * content/locales/glossary.yaml: Microsoft's own Danish and Dutch words for what an admin
 * clicks and reads in the Entra admin center, so every overlay says "klargøring" and
 * "inrichting" the way the portal and Learn do. A word is only listed with the place it
 * was seen (a seed article, a localised Learn page, or a file of Microsoft's localised
 * documentation repositories); a language left out has not been seen yet and is not guessed.
 */
const Seen = z
  .string()
  .regex(
    /^(?:seed \d{3}|https:\/\/(?:learn|docs)\.microsoft\.com\/(?:da-dk|nl-nl|nl-be)\/\S+|https:\/\/github\.com\/[\w.-]+\/[\w-]+\.(?:da-dk|nl-nl)\/blob\/[0-9a-f]{40}\/\S+)$/i,
    RULES.seen,
  );
const Word = z.string().trim().min(1, RULES.notEmpty);

export const GlossaryTerm = z
  .strictObject({
    en: Word,
    /** Other English spellings or older labels of the same thing (licence / license). */
    also: z.array(Word).optional(),
    kind: z.enum(['portal-label', 'concept']),
    da: Word.optional(),
    nl: Word.optional(),
    /** Inflected forms a stem match cannot find (nl "ingericht" for "inrichting"). */
    forms: z.strictObject({ da: z.array(Word).optional(), nl: z.array(Word).optional() }).optional(),
    source: z.strictObject({ da: Seen.optional(), nl: Seen.optional() }),
    note: Word.optional(),
  })
  .superRefine((term, ctx) => {
    for (const language of ['da', 'nl'] as const) {
      if (term[language] && !term.source[language]) ctx.addIssue({ ...ruleIssue('needsSeen', term[language]), path: ['source', language] });
      if (!term[language] && term.source[language]) ctx.addIssue({ ...ruleIssue('sourceWithoutTerm', language), path: [language] });
    }
    if (!term.da && !term.nl) ctx.addIssue({ ...ruleIssue('daOrNl'), path: ['en'] });
  });
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Glossary = z.strictObject({ terms: z.array(GlossaryTerm).min(1) });
export type Glossary = z.infer<typeof Glossary>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Attribute mapping" in an English text, as a whole phrase, in any case, singular or plural. */
export function mentionsEnglish(text: string, term: GlossaryTerm): boolean {
  return [term.en, ...(term.also ?? [])].some((label) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(label)}s?(?![\\p{L}\\p{N}])`, 'giu'))].some((m) => !insideName(text, m.index, m[0])),
  );
}

/**
 * A one-word label between capitalised words is part of a product or role name ("AWS IAM
 * Identity Center", "Microsoft Identity Manager"), not the portal label, which a translation
 * must not rename.
 */
function insideName(text: string, at: number, found: string): boolean {
  if (/\s/.test(found) || !/^\p{Lu}/u.test(found)) return false;
  const before = /(\S+) $/u.exec(text.slice(0, at))?.[1] ?? '';
  const after = /^ (\S+)/u.exec(text.slice(at + found.length))?.[1] ?? '';
  return /^\p{Lu}/u.test(before) || /^\p{Lu}/u.test(after);
}

/** A word without its most common Danish or Dutch endings: "klargøringen" and "inrichtingen" keep "klargøring" and "inrichting". */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 4) return lower;
  return lower.replace(/(?:erne|ene|en|er|et|e|s)$/u, '');
}

/**
 * Whether a translated text uses the glossary's word: every word of the term, by its stem,
 * anywhere in the text (compounds count: "klargøringslogge" uses "klargøring"), or one of
 * the listed forms.
 */
export function usesTerm(text: string, term: GlossaryTerm, language: 'da' | 'nl'): boolean {
  const word = term[language];
  if (!word) return true;
  const lower = text.toLowerCase();
  if ((term.forms?.[language] ?? []).some((form) => lower.includes(form.toLowerCase()))) return true;
  return word
    .split(/[\s-]+/u)
    .filter((part) => part.length > 0)
    .every((part) => lower.includes(stem(part)));
}

/** Reads glossary.yaml; every problem is one line naming the place in the file. */
export function parseGlossary(text: string): Glossary {
  const parsed = Glossary.safeParse(parseYaml(text));
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
}

/** Checks glossary.yaml for `validate`: one diagnostic per problem, at its place in the file. */
export function checkGlossaryFile(file: string, text: string): Diagnostic[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({ file, ...lineCounter.linePos(error.pos[0]), code: 'yaml-syntax' as const, ...say('yamlSyntax', error.message.split('\n')[0]!) }));
  }
  const parsed = Glossary.safeParse(doc.toJS(), { reportInput: true });
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { file, ...positionOfNode(nodeAt(doc, path), lineCounter), code: 'schema' as const, ...say('schemaIssue', `${formatPath(path)}: `, issueInEveryLanguage(issue, issue.message)) };
  });
}
