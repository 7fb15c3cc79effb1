import { LineCounter, parseDocument } from 'yaml';
import { applyOverlay } from './apply-overlay.js';
import { say, type Diagnostic, type Message } from './diagnostic.js';
import { issueInEveryLanguage } from '../i18n/diagnostic-words.js';
import type { Content } from './model.js';
import { sourceHashOfLink, sourceHashOfNode } from './overlay-hash.js';
import { formatPath } from './parse-file.js';
import { keyNodeAt, nodeAt, positionOfNode } from './positions.js';
import { LocaleOverlay } from './schema.js';

/** Where an id of the base content is written, for "not translated" warnings that point at the English. */
export type WhereDeclared = (id: string) => { file: string; line: number; col: number } | undefined;

/**
 * Checks one translation overlay file (e.g. content/locales/da.yaml) against the base
 * content: ids that match nothing, stale translations and changed list lengths are errors.
 * What is left untranslated is told per language, by `missingTranslations`.
 */
export function checkOverlayFile(
  content: Content,
  file: string,
  text: string,
  whereDeclared: WhereDeclared = () => undefined,
): { overlay?: LocaleOverlay; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (path: (string | number)[], code: Diagnostic['code'], message: Message) => {
    // An id is pointed at where it is written, not at its text below.
    const idKey = path.length === 2 ? keyNodeAt(doc, [path[0]!], String(path[1])) : null;
    const pos = positionOfNode(idKey ?? nodeAt(doc, path), lineCounter);
    diagnostics.push({ file, line: pos.line, col: pos.col, code, ...message });
  };
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    diagnostics.push({ file, line: pos.line, col: pos.col, code: 'yaml-syntax', ...say('yamlSyntax', error.message.split('\n')[0]!) });
  }
  if (doc.errors.length > 0) return { diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb: the library refuses to expand it.
    diagnostics.push({ file, line: 1, col: 1, code: 'yaml-syntax', ...say('aliasesInOverlay', (error as Error).message) });
    return { diagnostics };
  }
  const parsed = LocaleOverlay.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      at(path, 'schema', say('schemaIssue', `${formatPath(path)}: `, issueInEveryLanguage(issue, issue.message)));
    }
    return { diagnostics };
  }
  const overlay = parsed.data;

  for (const [section, entries] of [['nodes', overlay.nodes ?? {}], ['codes', overlay.codes ?? {}]] as const) {
    for (const [id, t] of Object.entries(entries)) {
      const base = Object.hasOwn(content.nodes, id) ? content.nodes[id] : undefined;
      const wantCode = section === 'codes';
      if (!base || (base.kind === 'code') !== wantCode) {
        at([section, id], 'missing-node', say('matchesNothing', id, wantCode ? 'code' : 'node'));
        continue;
      }
      const now = sourceHashOfNode(base);
      if (t.source !== now) {
        // A stale entry is not applied, so its lists may well differ from the new English.
        at([section, id, 'source'], 'stale-translation', say('staleTranslation', id, t.source, now));
        continue;
      }
      const lists = { options: base.kind === 'question' ? base.options : undefined, steps: 'steps' in base ? base.steps : undefined, facts: base.kind === 'info' ? base.facts : undefined };
      for (const key of ['options', 'steps', 'facts'] as const) {
        const translated = (t as Record<string, unknown>)[key] as string[] | undefined;
        if (translated && translated.length !== (lists[key]?.length ?? 0)) {
          at([section, id, key], 'schema', say('listLength', formatPath([section, id, key]), translated.length, lists[key]?.length ?? 0));
        }
      }
    }
  }
  for (const [id, t] of Object.entries(overlay.links ?? {})) {
    const base = Object.hasOwn(content.links, id) ? content.links[id] : undefined;
    if (!base) at(['links', id], 'missing-link', say('matchesNothing', id, 'link'));
    else if (t.source !== sourceHashOfLink(base)) {
      at(['links', id, 'source'], 'stale-translation', say('staleLinkTitle', id, t.source, sourceHashOfLink(base)));
    } else if (t.url && !content.allowedHosts.some((h) => h.host === new URL(t.url!).host)) {
      at(['links', id, 'url'], 'host-not-allowed', say('hostNotAllowed', new URL(t.url).host));
      // Not shown meanwhile (--content applies an overlay despite its problems): the English address, localised, is.
      delete t.url;
    }
  }

  return { overlay, diagnostics };
}

/**
 * Text of the content that a language's overlay leaves untranslated: a warning each, at the
 * English entry, naming the id and the hash a translation must record.
 */
export function missingTranslations(content: Content, overlay: LocaleOverlay, where: string, whereDeclared: WhereDeclared = () => undefined): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (id: string, what: 'node' | 'code' | 'link', hash: string) => {
    const at = whereDeclared(id) ?? { file: where, line: 1, col: 1 };
    warnings.push({ ...at, code: 'missing-translation', severity: 'warning', ...say('missingTranslation', what, id, overlay.locale, where, hash) });
  };
  for (const node of Object.values(content.nodes)) {
    const section = node.kind === 'code' ? overlay.codes : overlay.nodes;
    if (!section?.[node.id]) warn(node.id, node.kind === 'code' ? 'code' : 'node', sourceHashOfNode(node));
  }
  for (const link of Object.values(content.links)) {
    if (!overlay.links?.[link.id]) warn(link.id, 'link', sourceHashOfLink(link));
  }
  return warnings;
}

/** Checks and applies an overlay file (for `--content DIR --lang xx`): stale entries stay in English. */
export function applyOverlayFile(content: Content, file: string, text: string): { content: Content; locale?: string; diagnostics: Diagnostic[] } {
  const { overlay, diagnostics } = checkOverlayFile(content, file, text);
  if (!overlay) return { content, diagnostics };
  return { content: applyOverlay(content, overlay).content, locale: overlay.locale, diagnostics };
}
