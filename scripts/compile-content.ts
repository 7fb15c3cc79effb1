/** Build-time step: check content/ and write what the shipped tool reads, plus the JSON Schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostic.js';
import { contentJsonSchemas } from '../src/content/json-schema.js';
import { loadContentDir } from '../src/content/load.js';

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
  writeFileSync(outFile, JSON.stringify(result.content));
  return true;
}
