import { Document, isMap, isScalar, parse as parseYaml, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import type { Content, ContentNode } from './model.js';
import { hashTexts, sourceHashOfLink, sourceHashOfNode, translatableText } from './overlay-hash.js';
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

const HEADING = /^\s*# from \S+$/;

/**
 * Adds to an overlay (its YAML text, or undefined for a new file) an entry for every node,
 * code entry and link it lacks: the current source hash and the English to translate.
 * Existing entries are kept byte for byte, comments included (the YAML document gives
 * where each one is written; its text is moved, never re-written). A stale entry is not
 * touched but returned, with the English it now translates. Each section follows the
 * content files' order, with a comment naming the file where each file's entries begin;
 * ids the content no longer has stay at the end of their section, for validate to report.
 */
export function stubOverlay(options: { content: Content; whereDeclared: WhereDeclared; locale: string; existing?: string; header?: string[]; only?: Set<string>; contentLabel?: (file: string) => string }): StubResult {
  const { content, whereDeclared, locale, only } = options;
  const label = options.contentLabel ?? ((file: string) => file);
  // A file saved on Windows keeps its CRLF line ends; the work is done on LF.
  const crlf = options.existing?.includes('\r\n') ?? false;
  let text = options.existing?.replace(/\r\n/g, '\n') ?? `${(options.header ?? []).map((line) => `#${line ? ` ${line}` : ''}\n`).join('')}locale: ${locale}\n`;
  if (!text.endsWith('\n')) text += '\n';
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`the overlay is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new Error('the overlay is not a YAML mapping (locale:, nodes:, codes:, links:)');

  const entries = contentEntries(content, whereDeclared);
  const added: string[] = [];
  const stale: StaleEntry[] = [];
  // Sections are rewritten from the end of the file backwards, so earlier offsets stay valid.
  const edits: Array<{ from: number; to: number; text: string }> = [];
  let appended = '';
  for (const section of SECTIONS) {
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === section);
    const map = pair && isMap(pair.value) ? pair.value : undefined;
    if (map?.flow && map.items.length > 0) throw new Error(`${section}: write the section in block style, one entry per key`);
    const existing = new Map(blocksOf(text, map).map((block) => [block.id, block]));
    const indent = existing.size > 0 ? [...existing.values()][0]!.indent : '  ';
    const ordered: Array<{ text: string; file?: string }> = [];
    for (const entry of entries.filter((e) => e.section === section)) {
      const have = existing.get(entry.id);
      existing.delete(entry.id);
      if (have) {
        if (have.source !== entry.hash) stale.push({ id: entry.id, source: have.source, now: entry.hash, english: entry.english });
        ordered.push({ text: have.text, file: entry.file });
      } else if (!only || only.has(entry.id)) {
        ordered.push({ text: entryText(entry.id, { source: entry.hash, ...entry.english }, indent), file: entry.file });
        added.push(entry.id);
      }
    }
    for (const block of existing.values()) ordered.push({ text: block.text });
    if (ordered.length === 0) continue;
    let lastFile: string | undefined;
    const body = ordered
      .map(({ text: block, file }) => {
        const lines = block.split('\n');
        let lead = 0;
        while (lead < lines.length && /^\s*#/.test(lines[lead]!)) lead++;
        const kept = [...lines.slice(0, lead).filter((line) => !HEADING.test(line)), ...lines.slice(lead)];
        if (file !== undefined && file !== lastFile) kept.unshift(`${indent}# from ${label(file)}`);
        lastFile = file ?? lastFile;
        return kept.join('\n');
      })
      .join('');
    if (!pair) {
      appended += `${section}:\n${body}`;
      continue;
    }
    // The section's own line (and anything above its first entry) stays; its entries are replaced.
    const from = lineStart(text, (pair.key as Scalar).range![0]);
    const blocks = blocksOf(text, map);
    if (blocks.length > 0) edits.push({ from, to: blocks.at(-1)!.end, text: `${text.slice(from, blocks[0]!.start)}${body}` });
    else edits.push({ from, to: lineEnd(text, endOf(pair.value) ?? (pair.key as Scalar).range![2]), text: `${section}:\n${body}` });
  }
  for (const edit of edits.sort((a, b) => b.from - a.from)) text = `${text.slice(0, edit.from)}${edit.text}${text.slice(edit.to)}`;
  text += appended;
  return { text: crlf ? text.replace(/\n/g, '\r\n') : text, added, stale };
}

interface Block {
  id: string;
  source: string;
  /** The entry as written: its comment lines, its key and value, and blank lines after it. */
  text: string;
  start: number;
  end: number;
  indent: string;
}

/** The entries of a section as they are written in the file, in file order. */
function blocksOf(text: string, map: YAMLMap | undefined): Block[] {
  if (!map) return [];
  const found = map.items.map((pair) => {
    const key = pair.key as Scalar;
    const keyLine = lineStart(text, key.range![0]);
    const indent = text.slice(keyLine, key.range![0]);
    let start = keyLine;
    // Comment lines at the entry's indentation just above it belong to it.
    for (;;) {
      const previous = lineStart(text, start - 1);
      if (start === 0 || !text.slice(previous, start - 1).startsWith(`${indent}#`)) break;
      start = previous;
    }
    const end = lineEnd(text, endOf(pair.value) ?? key.range![2]);
    return { id: String(key.value), source: isMap(pair.value) ? String(pair.value.get('source') ?? '') : '', start, end, indent };
  });
  // Blank lines and stray comments between two entries travel with the one above.
  return found.map((block, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.start : block.end;
    return { ...block, end, text: text.slice(block.start, end) };
  });
}

function entryText(id: string, value: Record<string, unknown>, indent: string): string {
  const yaml = new Document({ [id]: value }).toString({ lineWidth: 98, flowCollectionPadding: false });
  return yaml
    .split('\n')
    .map((line) => (line ? `${indent}${line}` : line))
    .join('\n');
}

/** Where a YAML node ends in the text, if it is written there (an empty value is not). */
const endOf = (node: unknown): number | undefined => (node && typeof node === 'object' && 'range' in node ? (node as Scalar).range?.[2] : undefined);

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
/** The offset after the newline that ends the line holding `offset` (a node's end may already be there). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * The English an entry had when its translation was made: found in an older version of its
 * content file (its YAML text) when that version hashes to the overlay's `source`.
 */
export function englishAtSource(fileText: string, id: string, source: string): Record<string, string | string[]> | undefined {
  let raw: Record<string, Record<string, Record<string, unknown>> | undefined>;
  try {
    raw = parseYaml(fileText) ?? {};
  } catch {
    return undefined;
  }
  const link = raw.links?.[id];
  if (link && typeof link.title === 'string') return hashTexts([link.title]) === source ? { title: link.title } : undefined;
  const node = raw.nodes?.[id] ?? (raw.codes?.[id] ? { ...raw.codes[id], kind: 'code' } : undefined);
  if (!node) return undefined;
  try {
    const asNode = { ...node, id } as unknown as ContentNode;
    return hashTexts(translatableText(asNode)) === source ? englishFields(asNode) : undefined;
  } catch {
    return undefined;
  }
}
