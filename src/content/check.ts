import { closest, distance } from 'fastest-levenshtein';
import { say, type Diagnostic, type Message } from './diagnostic.js';
import type { Content, ContentNode } from './model.js';
import type { Declared, ParsedFile } from './parse-file.js';
import { checkOutcomes } from './check-outcomes.js';
import { normalizeCode } from '../engine/code-key.js';
import { nodeAt, positionOfNode } from './positions.js';
import type { Source } from './schema.js';

/** Microsoft's documentation moved from this host to learn.microsoft.com; its addresses are stale. */
const RETIRED_DOCS_HOST = /^docs\.microsoft\.com$/;

type PathKey = string | number;

interface Reference {
  from: ParsedFile;
  path: PathKey[];
  target: string;
  to: 'node' | 'link';
}

/**
 * Cross-file checks that need the whole content: duplicate ids, references,
 * reachability from the start, dead ends, link hosts. Always runs, even when
 * some entries failed the schema, so one run reports every problem.
 */
export function checkContent(files: ParsedFile[]): { content: Content | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (file: ParsedFile, path: PathKey[], code: Diagnostic['code'], message: Message) => {
    const pos = positionOfNode(nodeAt(file.doc, path), file.lineCounter);
    diagnostics.push({ file: file.file, line: pos.line, col: pos.col, code, ...message });
  };
  const reportAt = (d: Pick<Declared, 'file' | 'pos'>, code: Diagnostic['code'], message: Message) =>
    diagnostics.push({ file: d.file, line: d.pos.line, col: d.pos.col, code, ...message });

  // A file that is not YAML, or could not be read, hides its ids: reachability and references would only echo that.
  const complete = files.every((f) => !f.diagnostics.some((d) => d.code === 'yaml-syntax' || d.code === 'read-error'));
  const nodeIds = new Map<string, Declared>();
  const linkIds = new Map<string, Declared>();
  for (const declared of files.flatMap((f) => f.declared)) {
    const seen = declared.section === 'links' ? linkIds : nodeIds;
    const first = seen.get(declared.id);
    if (first) {
      reportAt(declared, 'duplicate-id', say('duplicateId', declared.id, `${first.file}:${first.pos.line}:${first.pos.col}`));
    } else {
      seen.set(declared.id, declared);
    }
  }

  const starts = files.flatMap((f) => (f.start ? [{ file: f, ...f.start }] : []));
  for (const extra of starts.slice(1)) {
    reportAt({ file: extra.file.file, pos: extra.pos }, 'duplicate-id', say('secondStart', starts[0]!.file.file));
  }
  const start = starts[0];
  if (!start && files.length > 0 && complete) {
    diagnostics.push({ file: files[0]!.file, line: 1, col: 1, code: 'missing-start', ...say('missingStart') });
  }

  // A suggestion compares the id with every id: past a hundred of them, a file is broken beyond
  // what suggestions help with, and going on would take time quadratic in its size.
  const candidates = { node: [...nodeIds.keys()], link: [...linkIds.keys()] };
  let suggestionsLeft = 100;
  for (const ref of complete ? collectReferences(files) : []) {
    const known = ref.to === 'node' ? nodeIds : linkIds;
    if (known.has(ref.target)) continue;
    const suggestion = suggestionsLeft-- > 0 ? didYouMean(ref.target, candidates[ref.to]) : undefined;
    report(ref.from, ref.path, ref.to === 'node' ? 'missing-node' : 'missing-link', say('unknownReference', ref.to, ref.target, suggestion));
  }
  if (start && !nodeIds.has(start.id)) {
    reportAt({ file: start.file.file, pos: start.pos }, 'missing-node', say('startMissing', start.id, didYouMean(start.id, [...nodeIds.keys()])));
  }

  const allowedHosts = files.flatMap((f) => f.allowedHosts);
  const hostNames = new Set(allowedHosts.map((h) => h.host));
  for (const file of files) {
    for (const [id, link] of Object.entries(file.links)) {
      const host = new URL(link.url).host;
      if (RETIRED_DOCS_HOST.test(host)) {
        report(file, ['links', id, 'url'], 'host-not-allowed', say('retiredHost', host));
      } else if (!hostNames.has(host)) {
        report(file, ['links', id, 'url'], 'host-not-allowed', say('hostNotAllowed', host));
      }
    }
  }

  for (const file of files) {
    for (const section of ['nodes', 'codes'] as const) {
      for (const [id, entry] of Object.entries(file[section])) {
        duplicateKeywords(entry.keywords ?? []).forEach(({ at, first }) =>
          report(file, [section, id, 'keywords', at], 'duplicate-keyword', say('duplicateKeyword', entry.keywords![at]!, first + 1, id)),
        );
      }
    }
  }

  // A code or alias that two entries share would be looked up as one of them, silently.
  const codeOwners = new Map<string, string>();
  for (const file of files) {
    for (const [id, entry] of Object.entries(file.codes)) {
      [entry.code, ...entry.aliases].forEach((text, i) => {
        const key = normalizeCode(text);
        const owner = codeOwners.get(key);
        if (owner === undefined) codeOwners.set(key, id);
        else if (owner !== id) report(file, i === 0 ? ['codes', id, 'code'] : ['codes', id, 'aliases', i - 1], 'duplicate-id', say('sharedCode', text, owner));
      });
    }
  }

  // No prototype: ids come from the files, and the wizard and commands look up ids users type.
  const nodes = Object.create(null) as Record<string, ContentNode>;
  for (const file of files) {
    for (const [id, node] of Object.entries(file.nodes)) nodes[id] = { ...node, id };
    for (const [id, code] of Object.entries(file.codes)) nodes[id] = { ...code, kind: 'code', id };
  }
  const invalid = [...nodeIds.values()].filter((d) => !d.valid);
  const invalidIds = new Set(invalid.map((d) => d.id));

  if (start && nodes[start.id] && complete) {
    const rawEdges = new Map(invalid.map((d) => [d.id, d.rawNext]));
    const reachable = reachableFrom(start.id, nodes, rawEdges);
    for (const [id, declared] of nodeIds) {
      if (declared.section === 'nodes' && declared.valid && !reachable.has(id)) {
        reportAt(declared, 'unreachable', say('unreachable', id, start.id));
      }
    }
  }

  const leadsToRemedy = remedyReachability(nodes, invalidIds);
  for (const file of files) {
    for (const [id, node] of Object.entries(file.nodes)) {
      if (node.kind !== 'question') continue;
      node.options.forEach((option, i) => {
        if (nodes[option.next] && !leadsToRemedy.has(option.next)) {
          report(file, ['nodes', id, 'options', i, 'next'], 'dead-end', say('deadEnd', option.label, option.next));
        }
      });
    }
  }

  // Content with not-covered outcomes has its chains checked whole by checkOutcomes, loops included.
  const outcomesChecked = Object.keys(nodes).some((id) => id.startsWith('not-covered-'));
  for (const loop of outcomesChecked ? [] : didNotHelpLoops(nodes)) {
    const id = loop[0]!;
    const declared = nodeIds.get(id)!;
    const key = nodes[id]!.kind === 'remedy' ? 'ifNotHelped' : 'next';
    const circle = [...loop, id].join(' -> ');
    const file = files.find((f) => f.file === declared.file)!;
    report(file, [declared.section, id, key], 'loop', say('loop', circle));
  }

  if (complete) diagnostics.push(...checkOutcomes(files, nodes));

  if (diagnostics.length > 0 || files.some((f) => f.diagnostics.length > 0) || !start) {
    return { content: null, diagnostics };
  }
  const links = Object.create(null) as Content['links'];
  for (const file of files) for (const [id, link] of Object.entries(file.links)) links[id] = { ...link, id };
  return { content: { start: start.id, allowedHosts, links, nodes }, diagnostics };
}

/** Keywords that repeat an earlier one of the same entry, compared without letter case or extra spaces. */
function duplicateKeywords(keywords: string[]): Array<{ at: number; first: number }> {
  const seen = new Map<string, number>();
  const repeats: Array<{ at: number; first: number }> = [];
  keywords.forEach((keyword, at) => {
    const key = keyword.trim().replace(/\s+/g, ' ').toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, at);
    else repeats.push({ at, first });
  });
  return repeats;
}

function collectReferences(files: ParsedFile[]): Reference[] {
  const refs: Reference[] = [];
  for (const from of files) {
    const node = (path: PathKey[], target: string) => refs.push({ from, path, target, to: 'node' });
    const link = (path: PathKey[], targets: string[] | undefined) =>
      targets?.forEach((target, i) => refs.push({ from, path: [...path, i], target, to: 'link' }));
    const sourceLinks = (path: PathKey[], sources: Source[] | undefined) =>
      sources?.forEach((source, i) => refs.push({ from, path: [...path, 'sources', i, 'link'], target: source.link, to: 'link' }));
    for (const [id, n] of Object.entries(from.nodes)) {
      const base = ['nodes', id];
      if (n.kind === 'question') n.options.forEach((o, i) => node([...base, 'options', i, 'next'], o.next));
      if (n.kind === 'remedy') {
        link([...base, 'links'], n.links);
        sourceLinks(base, n.sources);
        if (n.ifNotHelped) node([...base, 'ifNotHelped'], n.ifNotHelped);
      }
      if (n.kind === 'info') {
        n.facts.forEach((fact, i) => link([...base, 'facts', i, 'links'], fact.links));
        node([...base, 'next'], n.next);
      }
    }
    for (const [id, c] of Object.entries(from.codes)) {
      link(['codes', id, 'links'], c.links);
      sourceLinks(['codes', id], c.sources);
      if (c.next) node(['codes', id, 'next'], c.next);
    }
  }
  return refs;
}

/** Ids of the nodes one can go to from `node` by answering or moving on. */
export function successors(node: ContentNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.options.map((o) => o.next);
    case 'remedy':
      return node.ifNotHelped ? [node.ifNotHelped] : [];
    case 'info':
      return [node.next];
    case 'code':
      return node.next ? [node.next] : [];
    case 'code-lookup':
      return [];
  }
}

function reachableFrom(start: string, nodes: Record<string, ContentNode>, rawEdges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const node = nodes[id];
    for (const next of node ? successors(node) : (rawEdges.get(id) ?? [])) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * Chains of "this did not help" (a remedy's ifNotHelped, an error code's next) that come back
 * to where they started: an admin who tries each step in turn would be sent round for ever.
 * Each node is walked once, so this is linear in the number of nodes.
 */
function didNotHelpLoops(nodes: Record<string, ContentNode>): string[][] {
  const loops: string[][] = [];
  const walked = new Set<string>();
  const onward = (node: ContentNode | undefined) =>
    node?.kind === 'remedy' ? node.ifNotHelped : node?.kind === 'code' ? node.next : undefined;
  for (const id of Object.keys(nodes)) {
    const chain: string[] = [];
    const position = new Map<string, number>();
    let at: string | undefined = id;
    while (at !== undefined && !walked.has(at) && !position.has(at)) {
      position.set(at, chain.length);
      chain.push(at);
      at = onward(nodes[at]);
    }
    if (at !== undefined && position.has(at)) loops.push(chain.slice(position.get(at)));
    for (const seen of chain) walked.add(seen);
  }
  return loops;
}

/** Nodes from which a remedy (or an error-code answer) can be reached; invalid nodes get the benefit of the doubt. */
function remedyReachability(nodes: Record<string, ContentNode>, invalidIds: Set<string>): Set<string> {
  // Walk the edges backwards from every good node: each edge once, however long the chains.
  const cameFrom = new Map<string, string[]>();
  for (const node of Object.values(nodes)) {
    for (const next of successors(node)) {
      const list = cameFrom.get(next);
      if (list) list.push(node.id);
      else cameFrom.set(next, [node.id]);
    }
  }
  const good = new Set<string>(invalidIds);
  for (const node of Object.values(nodes)) {
    if (node.kind === 'remedy' || node.kind === 'code' || node.kind === 'code-lookup') good.add(node.id);
  }
  const queue = [...good];
  for (let i = 0; i < queue.length; i++) {
    for (const before of cameFrom.get(queue[i]!) ?? []) {
      if (!good.has(before)) {
        good.add(before);
        queue.push(before);
      }
    }
  }
  return good;
}

/** The candidate close enough to `target` to be what was meant, if one is. */
export function didYouMean(target: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(target, candidates);
  return distance(target, best) <= Math.max(2, Math.floor(target.length / 3)) ? best : undefined;
}
