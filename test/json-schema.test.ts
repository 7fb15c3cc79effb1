import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../src/content/json-schema.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

describe('JSON Schema for content authors', () => {
  it.each(Object.entries(contentJsonSchemas()))('schema/%s matches the zod schema (run "npm run build" to refresh it)', (name, schema) => {
    const committed = JSON.parse(readFileSync(join('schema', name), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('every content file points its editor at the schema', () => {
    const files = yamlFiles('content');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const isOverlay = file.includes(`${join('content', 'locales')}`);
      const name = file.endsWith('glossary.yaml') ? 'glossary.schema.json' : isOverlay ? 'locale.schema.json' : 'content.schema.json';
      const schema = relative(join(file, '..'), join('schema', name));
      expect(readFileSync(file, 'utf8').split('\n')[0], file).toBe(`# yaml-language-server: $schema=${schema}`);
    }
  });
});
