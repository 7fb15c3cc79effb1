import { Document, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import { say, type Diagnostic, type Message } from './diagnostic.js';
import { issueInEveryLanguage } from '../i18n/diagnostic-words.js';
import { hasValueAt, keyNodeAt, nodeAt, positionOfNode, type Position } from './positions.js';
import { AllowedHost, CodeEntry, ContentFile, Link, Slug, TreeNode } from './schema.js';

export type Section = 'nodes' | 'codes' | 'links';

export interface Declared {
  id: string;
  section: Section;
  file: string;
  pos: Position;
  /** false when the entry failed the schema: it exists, but its data was not kept. */
  valid: boolean;
  /** For an invalid entry, the ids it seems to point at, so one bad node does not make others look unreachable. */
  rawNext: string[];
}

export interface ParsedFile {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  start?: { id: string; pos: Position };
  allowedHosts: AllowedHost[];
  declared: Declared[];
  nodes: Record<string, TreeNode>;
  codes: Record<string, CodeEntry>;
  links: Record<string, Link>;
  diagnostics: Diagnostic[];
}

const sectionSchemas = { nodes: TreeNode, codes: CodeEntry, links: Link } as const;
const knownKeys = {
  file: Object.keys(ContentFile.shape),
  question: ['kind', 'title', 'prompt', 'explain', 'options'],
  remedy: ['kind', 'title', 'cause', 'caution', 'steps', 'links', 'ifNotHelped', 'keywords', 'sources', 'reviewed'],
  info: ['kind', 'title', 'facts', 'next'],
  'code-lookup': ['kind', 'title', 'prompt', 'explain'],
  option: ['label', 'next'],
  code: Object.keys(CodeEntry.shape),
  retry: ['automatic', 'after', 'adminMustAct', 'note'],
  link: Object.keys(Link.shape),
} satisfies Record<string, readonly string[]>;

/**
 * How many aliases a file may expand. Content has no use for aliases; a few nested ones can
 * expand to billions of values (a "billion laughs" file), which the YAML library then refuses.
 */
const MAX_ALIAS_COUNT = 100;

function emptyParse(file: string, doc: Document, lineCounter: LineCounter): ParsedFile {
  // The maps are keyed by ids from the file: no prototype, so "__proto__" is an id like any other.
  return {
    file,
    doc,
    lineCounter,
    allowedHosts: [],
    declared: [],
    nodes: Object.create(null),
    codes: Object.create(null),
    links: Object.create(null),
    diagnostics: [],
  };
}

/** A file that could not be read: one problem, and nothing declared. */
export function unreadFile(file: string, why: Message): ParsedFile {
  const parsed = emptyParse(file, new Document(), new LineCounter());
  parsed.diagnostics.push({ file, line: 1, col: 1, code: 'read-error', message: why.message, said: why.said });
  return parsed;
}

/** Parses one content file, keeping every valid entry and a positioned diagnostic for every problem. */
export function parseContentFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  // The library's own unique-key check compares every key with every other (quadratic in a
  // map's size); duplicateKeys below does it with one set per map.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const parsed = emptyParse(file, doc, lineCounter);
  const at = (pos: Position, code: Diagnostic['code'], message: Message) =>
    parsed.diagnostics.push({ file, line: pos.line, col: pos.col, code, ...message });

  // One message per line: later errors on a line are usually echoes of the first.
  const linesWithError = new Set<number>();
  const syntaxError = (offset: number, message: Message) => {
    const pos = lineCounter.linePos(offset);
    if (linesWithError.has(pos.line)) return;
    linesWithError.add(pos.line);
    at(pos, 'yaml-syntax', message);
  };
  for (const error of doc.errors) syntaxError(error.pos[0], say('yamlSyntax', firstLine(error.message)));
  if (doc.errors.length === 0) for (const key of duplicateKeys(doc)) syntaxError(key.range?.[0] ?? 0, say('duplicateKey'));
  for (const at of commentsCuttingText(doc, text)) {
    syntaxError(at, say('commentCutsText'));
  }
  if (parsed.diagnostics.length > 0) return parsed;

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias bomb, or another value the library refuses to build.
    syntaxError(firstAlias(doc)?.range?.[0] ?? 0, say('aliasesInContent', firstLine((error as Error).message)));
    return parsed;
  }
  if (data === null || data === undefined) return parsed;

  // With its input, an issue can say in Danish and Dutch too what it received.
  const result = ContentFile.safeParse(data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      // Ids are checked below, where every key is seen: zod's record skips "__proto__".
      if (issue.code === 'invalid_key' && issue.path.length === 2) continue;
      const { pos, message } = describeIssue(doc, lineCounter, issue);
      at(pos, 'schema', message);
    }
  }
  if (typeof data !== 'object' || Array.isArray(data)) return parsed;
  const record = data as Record<string, unknown>;

  if (typeof record.start === 'string') {
    parsed.start = { id: record.start, pos: positionOfNode(nodeAt(doc, ['start']), lineCounter) };
  }
  if (Array.isArray(record.allowedHosts)) {
    for (const host of record.allowedHosts) {
      const ok = AllowedHost.safeParse(host);
      if (ok.success) parsed.allowedHosts.push(ok.data);
    }
  }
  for (const section of ['nodes', 'codes', 'links'] as const) {
    const entries = record[section];
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) continue;
    for (const [id, value] of Object.entries(entries)) {
      const slug = Slug.safeParse(id).success;
      const entry = slug ? sectionSchemas[section].safeParse(value) : { success: false as const };
      const pos = positionOfNode(keyNodeAt(doc, [section], id), lineCounter);
      if (!slug) at(pos, 'schema', say('invalidId', section, id));
      parsed.declared.push({ id, section, file, pos, valid: entry.success, rawNext: entry.success ? [] : rawReferences(value) });
      if (entry.success) (parsed[section] as Record<string, unknown>)[id] = entry.data;
    }
  }
  return parsed;
}

function describeIssue(
  doc: Document,
  lineCounter: LineCounter,
  issue: z.core.$ZodIssue,
): { pos: Position; message: Message } {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';

  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const keyNode = keyNodeAt(doc, path, key);
    const allowed = knownKeysFor(doc, path);
    const suggestion = allowed.length > 0 ? closest(key, [...allowed]) : undefined;
    return {
      pos: positionOfNode(keyNode ?? nodeAt(doc, path), lineCounter),
      message: say('unknownKey', where, issue.keys, suggestion),
    };
  }
  if (issue.code === 'invalid_key' && path.length === 2) {
    // zod puts the offending record key at the end of the path.
    const [section, key] = [String(path[0]), String(path[1])];
    return {
      pos: positionOfNode(keyNodeAt(doc, [section], key), lineCounter),
      message: say('invalidId', section, key),
    };
  }
  if (issue.code === 'invalid_type' && !hasValueAt(doc, path) && path.length > 0) {
    const key = path[path.length - 1];
    const parentPath = path.slice(0, -1);
    return {
      pos: positionOfNode(nodeAt(doc, parentPath), lineCounter),
      message: say('missingKey', formatPath(parentPath), String(key), issue.expected),
    };
  }
  const kindPath = path[path.length - 1] === 'kind' ? path.slice(0, -1) : path;
  if (issue.code === 'invalid_union' && isNodePath(kindPath)) {
    const kind = doc.getIn([...kindPath, 'kind']);
    return {
      pos: positionOfNode(nodeAt(doc, [...kindPath, 'kind']), lineCounter),
      message: say('notANodeKind', formatPath(kindPath), kind === undefined ? undefined : String(kind)),
    };
  }
  return { pos: positionOfNode(nodeAt(doc, path), lineCounter), message: say('schemaIssue', where, issueInEveryLanguage(issue, lowerFirst(issue.message))) };
}

/** Key nodes that repeat a key earlier in the same map: one set per map, so linear in the file. */
function duplicateKeys(doc: Document): Node[] {
  const repeated: Node[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) repeated.push(pair.key);
        seen.add(pair.key.value);
      }
    },
  });
  return repeated;
}

/**
 * Where an unquoted text is followed on its own line by " #": YAML reads the rest as a
 * comment, and "... the full value with #EXT#, change ..." would silently lose its end.
 */
function commentsCuttingText(doc: Document, text: string): number[] {
  const found: number[] = [];
  visit(doc, {
    Scalar(_, scalar) {
      if (scalar.type !== 'PLAIN' || typeof scalar.value !== 'string' || !scalar.range) return;
      const after = text.slice(scalar.range[1], scalar.range[2]);
      const hash = after.indexOf('#');
      if (hash >= 0 && !after.slice(0, hash).includes('\n')) found.push(scalar.range[1] + hash);
    },
  });
  return found;
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

/** Every `next`/`ifNotHelped` string inside a raw entry, wherever a typo put it. */
function rawReferences(value: unknown, depth = 0): string[] {
  if (!value || typeof value !== 'object' || depth > 3) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    (key === 'next' || key === 'ifNotHelped') && typeof inner === 'string' ? [inner] : rawReferences(inner, depth + 1),
  );
}

function isNodePath(path: readonly (string | number)[]): boolean {
  return path.length === 2 && path[0] === 'nodes';
}

/** The keys allowed at `path`, for "did you mean" on an unknown key. */
function knownKeysFor(doc: Document, path: readonly (string | number)[]): readonly string[] {
  if (path.length === 0) return knownKeys.file;
  const [section] = path;
  if (section === 'links') return knownKeys.link;
  if (section === 'codes') return path[2] === 'retry' ? knownKeys.retry : knownKeys.code;
  if (section === 'nodes') {
    if (path[2] === 'options') return knownKeys.option;
    const kind = doc.getIn([...path.slice(0, 2), 'kind']);
    return typeof kind === 'string' && kind in knownKeys ? knownKeys[kind as keyof typeof knownKeys] : [];
  }
  return [];
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
