/** Build-time step: write the JSON Schemas of the --json outputs next to the content schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkJsonSchema } from '../src/check/check-schema.js';
import { outputJsonSchema } from '../src/cli/output-schema.js';
import { analyzeJsonSchema } from '../src/logs/report-schema.js';

export function writeOutputSchema(schemaDir: string): void {
  writeFileSync(join(schemaDir, 'output.schema.json'), `${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
  writeFileSync(join(schemaDir, 'analyze.schema.json'), `${JSON.stringify(analyzeJsonSchema(), null, 2)}\n`);
  writeFileSync(join(schemaDir, 'check.schema.json'), `${JSON.stringify(checkJsonSchema(), null, 2)}\n`);
}
