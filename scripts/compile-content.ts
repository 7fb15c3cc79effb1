/** Build-time step: check content/ and write what the shipped tool reads, plus the JSON Schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { currentOverlay } from '../src/content/apply-overlay.js';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { contentJsonSchemas } from '../src/content/json-schema.js';
import { loadContentDir } from '../src/content/load.js';
import { loadOverlays } from '../src/content/load-overlays.js';
import { codeCatalogue, shippedContent } from '../src/content/shipped.js';
import { applyCompiledOverlay } from '../src/content/translate.js';

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
  // `explain` of a known code reads only this: the catalogue, where each entry leads, its links;
  // `search` reads it with its index.
  writeFileSync(join(dirname(outFile), 'codes.json'), JSON.stringify(codeCatalogue(result.content)));
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
    writeFileSync(join(dirname(outFile), `codes.${locale}.json`), JSON.stringify(codeCatalogue(applyCompiledOverlay(result.content, current))));
  }
  return true;
}
