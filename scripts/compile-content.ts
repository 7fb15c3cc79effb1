/** Build-time step: check content/ and write what the shipped tool reads, plus the JSON Schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { currentOverlay } from '../src/content/apply-overlay.js';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { contentJsonSchemas } from '../src/content/json-schema.js';
import { loadContentDir } from '../src/content/load.js';
import { loadOverlays } from '../src/content/load-overlays.js';
import type { Content, ContentNode } from '../src/content/model.js';
import { applyCompiledOverlay } from '../src/content/translate.js';

/**
 * A node as the shipped tool reads it: where its text comes from and when it was last checked
 * (`sources`, `reviewed`) are the validator's business, and every start parses what is shipped.
 */
function shipped(node: ContentNode, { keywords = true } = {}): ContentNode {
  const { sources: _sources, reviewed: _reviewed, keywords: words, ...rest } = node as ContentNode & { sources?: unknown; reviewed?: unknown };
  return (keywords && words ? { ...rest, keywords: words } : rest) as ContentNode;
}

function shippedContent(content: Content): Content {
  return { ...content, nodes: Object.fromEntries(Object.entries(content.nodes).map(([id, node]) => [id, shipped(node)])) };
}

/**
 * The error-code catalogue with the nodes its entries lead on to and the links they cite, without
 * the keywords: `explain` of a known code reads only this; search reads the whole content.
 */
function codesOnly(content: Content): Content {
  const codes = Object.values(content.nodes).filter((node) => node.kind === 'code');
  const wanted = new Set(codes.flatMap((code) => [code.id, ...(code.kind === 'code' && code.next ? [code.next] : [])]));
  const nodes = Object.fromEntries([...wanted].flatMap((id) => (content.nodes[id] ? [[id, shipped(content.nodes[id]!, { keywords: false })]] : [])));
  const linkIds = new Set(codes.flatMap((code) => (code.kind === 'code' ? code.links : [])));
  const links = Object.fromEntries(Object.entries(content.links).filter(([id]) => linkIds.has(id)));
  return { ...content, nodes, links };
}

export function compileContent(contentDir: string, outFile: string, schemaDir: string): boolean {
  mkdirSync(schemaDir, { recursive: true });
  for (const [name, schema] of Object.entries(contentJsonSchemas())) {
    writeFileSync(join(schemaDir, name), `${JSON.stringify(schema, null, 2)}\n`);
  }
  const result = loadContentDir(contentDir);
  if (!result.content) {
    for (const d of result.diagnostics) console.error(formatDiagnostic(d));
    console.error(`${result.diagnostics.length} problem(s) in ${contentDir}: build stopped`);
    return false;
  }
  writeFileSync(outFile, JSON.stringify(shippedContent(result.content)));
  // `explain` of a known code reads only this: the catalogue, where each entry leads, its links.
  writeFileSync(join(dirname(outFile), 'codes.json'), JSON.stringify(codesOnly(result.content)));
  // Translations ship as overlays applied at start-up, without their stale entries: those stay
  // English (`validate` reports them), so a translation lagging behind never stops the build,
  // and the tool needs no hashing at start-up.
  const { overlays, diagnostics } = loadOverlays(contentDir, result.content, result.whereDeclared);
  const broken = diagnostics.filter((d) => d.severity !== 'warning' && d.code !== 'stale-translation');
  if (broken.length > 0) {
    for (const d of broken) console.error(formatDiagnostic(d));
    console.error(`${broken.length} problem(s) in the translations of ${contentDir}: build stopped`);
    return false;
  }
  const localesDir = join(dirname(outFile), 'locales');
  mkdirSync(localesDir, { recursive: true });
  for (const [locale, overlay] of overlays) {
    const current = currentOverlay(result.content, overlay);
    writeFileSync(join(localesDir, `${locale}.json`), JSON.stringify(current));
    // The catalogue already in the language, so `explain` reads one small file in any language.
    writeFileSync(join(dirname(outFile), `codes.${locale}.json`), JSON.stringify(codesOnly(applyCompiledOverlay(result.content, current))));
  }
  return true;
}
