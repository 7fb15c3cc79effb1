import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import type { Content, ContentNode } from './model.js';
import { formatPath } from './parse-file.js';
import { keyNodeAt, nodeAt, positionOfNode } from './positions.js';
import { LocaleOverlay } from './schema.js';

/**
 * Parses a translation overlay (e.g. content/locales/da.yaml) and applies it:
 * text is replaced by id, structure stays that of the base content.
 */
export function applyOverlayFile(
  content: Content,
  file: string,
  text: string,
): { content: Content; locale?: string; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (path: (string | number)[], code: Diagnostic['code'], message: string) => {
    // An id is pointed at where it is written, not at its text below.
    const idKey = path.length === 2 ? keyNodeAt(doc, [path[0]!], String(path[1])) : null;
    const pos = positionOfNode(idKey ?? nodeAt(doc, path), lineCounter);
    diagnostics.push({ file, line: pos.line, col: pos.col, code, message });
  };
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    diagnostics.push({ file, line: pos.line, col: pos.col, code: 'yaml-syntax', message: `YAML syntax error: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return { content, diagnostics };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb: the library refuses to expand it.
    diagnostics.push({ file, line: 1, col: 1, code: 'yaml-syntax', message: `YAML aliases expand too far (${(error as Error).message}): an overlay needs no aliases` });
    return { content, diagnostics };
  }
  const parsed = LocaleOverlay.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      at(path, 'schema', `${formatPath(path)}: ${issue.message}`);
    }
    return { content, diagnostics };
  }

  const overlay = parsed.data;
  const nodes: Record<string, ContentNode> = { ...content.nodes };
  const sameLength = (path: (string | number)[], replaced: unknown[] | undefined, base: unknown[] | undefined) => {
    if (!replaced) return true;
    if (base && replaced.length === base.length) return true;
    at(path, 'schema', `${formatPath(path)}: has ${replaced.length} entries, the base content has ${base?.length ?? 0}`);
    return false;
  };

  for (const [section, entries] of [['nodes', overlay.nodes], ['codes', overlay.codes]] as const) {
    for (const [id, text] of Object.entries(entries ?? {})) {
      const base = nodes[id];
      const wantCode = section === 'codes';
      if (!base || (base.kind === 'code') !== wantCode) {
        at([section, id], 'missing-node', `unknown ${wantCode ? 'error code' : 'node'} "${id}"`);
        continue;
      }
      const t = text as Record<string, unknown> & { options?: string[]; steps?: string[]; facts?: string[] };
      const next: Record<string, unknown> = { ...base };
      for (const key of ['title', 'prompt', 'explain', 'cause', 'meaning'] as const) {
        if (typeof t[key] === 'string') next[key] = t[key];
      }
      if (base.kind === 'question' && sameLength([section, id, 'options'], t.options, base.options) && t.options) {
        next.options = base.options.map((o, i) => ({ ...o, label: t.options![i] }));
      }
      if ((base.kind === 'remedy' || base.kind === 'code') && sameLength([section, id, 'steps'], t.steps, base.steps) && t.steps) {
        next.steps = t.steps;
      }
      if (base.kind === 'info' && sameLength([section, id, 'facts'], t.facts, base.facts) && t.facts) {
        next.facts = base.facts.map((f, i) => ({ ...f, text: t.facts![i] }));
      }
      nodes[id] = next as ContentNode;
    }
  }
  const links = { ...content.links };
  for (const [id, link] of Object.entries(overlay.links ?? {})) {
    if (!links[id]) at(['links', id], 'missing-link', `unknown link "${id}"`);
    else links[id] = { ...links[id], title: link.title };
  }
  return { content: { ...content, nodes, links }, locale: overlay.locale, diagnostics };
}
