import { isMap, isScalar, parseDocument, YAMLMap, type Document, type Pair } from 'yaml';
import type { Content, ContentNode } from './model.js';
import { sourceHashOfLink, sourceHashOfNode } from './overlay-hash.js';
import type { WhereDeclared } from './overlay.js';

type Section = 'nodes' | 'codes' | 'links';
const SECTIONS: Section[] = ['nodes', 'codes', 'links'];

/** The English a translator replaces, field by field, in the overlay's shape (what apply-overlay reads). */
export function englishFields(node: ContentNode): Record<string, string | string[]> {
  const fields: Record<string, string | string[] | undefined> = { title: node.title };
  switch (node.kind) {
    case 'question':
      Object.assign(fields, { prompt: node.prompt, explain: node.explain, options: node.options.map((o) => o.label) });
      break;
    case 'remedy':
      Object.assign(fields, { cause: node.cause, caution: node.caution, steps: node.steps });
      break;
    case 'info':
      Object.assign(fields, { facts: node.facts.map((f) => f.text) });
      break;
    case 'code-lookup':
      Object.assign(fields, { prompt: node.prompt, explain: node.explain });
      break;
    case 'code':
      Object.assign(fields, { meaning: node.meaning, caution: node.caution, retryNote: node.retry.note, steps: node.steps });
      break;
  }
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
}

interface Entry {
  section: Section;
  id: string;
  hash: string;
  english: Record<string, string | string[]>;
  /** content/ file it is written in, and where: entries follow the content's own order. */
  file: string;
  line: number;
}

/** Every translatable entry of the content, in the order of the content files. */
export function contentEntries(content: Content, whereDeclared: WhereDeclared): Entry[] {
  const entries: Entry[] = [];
  const at = (id: string) => whereDeclared(id) ?? { file: '', line: 0 };
  for (const node of Object.values(content.nodes)) {
    entries.push({ section: node.kind === 'code' ? 'codes' : 'nodes', id: node.id, hash: sourceHashOfNode(node), english: englishFields(node), ...at(node.id) });
  }
  for (const link of Object.values(content.links)) {
    entries.push({ section: 'links', id: link.id, hash: sourceHashOfLink(link), english: { title: link.title }, ...at(link.id) });
  }
  return entries.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export interface StaleEntry {
  id: string;
  source: string;
  now: string;
  english: Record<string, string | string[]>;
}

export interface StubResult {
  text: string;
  added: string[];
  stale: StaleEntry[];
}

const HEADING = /^ from (\S+)$/;

/**
 * Adds to an overlay (its YAML text, or undefined for a new file) an entry for every node,
 * code entry and link it lacks: the current source hash and the English to translate.
 * Existing entries keep their text and comments; a stale entry is not touched but
 * returned, with the English it now translates. Each section follows the content files'
 * order, with a comment naming the file where each file's entries begin.
 */
export function stubOverlay(options: { content: Content; whereDeclared: WhereDeclared; locale: string; existing?: string; header?: string[]; only?: Set<string>; contentLabel?: (file: string) => string }): StubResult {
  const { content, whereDeclared, locale, existing, only } = options;
  const label = options.contentLabel ?? ((file: string) => file);
  const doc: Document = existing !== undefined ? parseDocument(existing) : parseDocument(`${(options.header ?? []).map((line) => `#${line ? ` ${line}` : ''}`).join('\n')}\nlocale: ${locale}\n`);
  if (doc.errors.length > 0) throw new Error(`the overlay is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new Error('the overlay is not a YAML mapping (locale:, nodes:, codes:, links:)');

  const entries = contentEntries(content, whereDeclared);
  const added: string[] = [];
  const stale: StaleEntry[] = [];
  for (const section of SECTIONS) {
    const wanted = entries.filter((e) => e.section === section);
    let map = doc.get(section);
    if (!isMap(map)) {
      if (!wanted.some((e) => !only || only.has(e.id))) continue;
      map = new YAMLMap();
      doc.set(section, map);
    }
    const sectionMap = map as YAMLMap;
    // YAML hands the comment above a section's first entry to the section: give it back to the entry, which may move.
    const first = sectionMap.items[0];
    if (sectionMap.commentBefore && first && isScalar(first.key)) {
      first.key.commentBefore = [sectionMap.commentBefore, first.key.commentBefore].filter(Boolean).join('\n');
      sectionMap.commentBefore = undefined;
    }
    const byId = new Map(sectionMap.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), pair]));
    const ordered: Array<{ pair: Pair; file?: string }> = [];
    for (const entry of wanted) {
      const have = byId.get(entry.id);
      byId.delete(entry.id);
      if (have) {
        const source = isMap(have.value) ? String(have.value.get('source') ?? '') : '';
        if (source !== entry.hash) stale.push({ id: entry.id, source, now: entry.hash, english: entry.english });
        ordered.push({ pair: have, file: entry.file });
      } else if (!only || only.has(entry.id)) {
        ordered.push({ pair: doc.createPair(entry.id, { source: entry.hash, ...entry.english }) as Pair, file: entry.file });
        added.push(entry.id);
      }
    }
    // Ids the content no longer has stay where the validator can report them: at the end.
    for (const pair of byId.values()) ordered.push({ pair });
    let lastFile: string | undefined;
    sectionMap.items = ordered.map(({ pair, file }) => {
      const key = isScalar(pair.key) ? pair.key : (pair.key = doc.createNode(pair.key));
      const kept = (key.commentBefore ?? '').split('\n').filter((line) => line !== '' && !HEADING.test(line));
      if (file !== undefined && file !== lastFile) kept.unshift(` from ${label(file)}`);
      lastFile = file ?? lastFile;
      key.commentBefore = kept.length > 0 ? kept.join('\n') : undefined;
      return pair;
    });
  }
  return { text: doc.toString({ lineWidth: 100, flowCollectionPadding: false }), added, stale };
}
