/** Build-time step: write the JSON Schema of the --json output next to the content schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputJsonSchema } from '../src/cli/output-schema.js';

export function writeOutputSchema(schemaDir: string): void {
  writeFileSync(join(schemaDir, 'output.schema.json'), `${JSON.stringify(outputJsonSchema(), null, 2)}\n`);
}
