import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { outputJsonSchema, outputSchemas, type OutputCommand } from '../../src/cli/output-schema.js';
import { root, run } from './run-cli.js';

const file = JSON.parse(readFileSync(`${root}schema/output.schema.json`, 'utf8')) as { definitions: Record<OutputCommand, unknown> };

/** Validates against the JSON Schema file itself (turned back into a validator by zod), not only the zod source. */
function validator(command: OutputCommand) {
  return z.fromJSONSchema(file.definitions[command] as Parameters<typeof z.fromJSONSchema>[0]);
}

const cases: Array<[OutputCommand, string[], number]> = [
  ['explain', ['explain', 'EntryConflict'], 0],
  ['explain', ['explain', 'SalesforceEntryConflict', 'NoSuchCode'], 1],
  ['search', ['search', 'entry'], 0],
  ['search', ['search', 'xyzzy'], 1],
  ['topics', ['topics'], 0],
  ['codes', ['codes'], 0],
  ['codes', ['codes', '--category', 'quarantine'], 0],
  ['show', ['show', 'start'], 0],
  ['show', ['show', 'assign-users'], 0],
  ['show', ['show', 'quarantine-facts'], 0],
  ['show', ['show', 'enter-code'], 0],
  ['show', ['show', 'entry-not-found'], 0],
  ['path', ['path', 'enter-code/@entry-conflict/check-scope'], 0],
  ['validate', ['validate'], 0],
  ['validate', ['validate', 'test/fixtures/no-such-folder'], 1],
];

describe('--json output', () => {
  it.each(cases)('%s: %j matches its definition in schema/output.schema.json', (command, args, status) => {
    const result = run([...args, '--json']);
    expect(result.status).toBe(status);
    const json: unknown = JSON.parse(result.stdout);
    expect(validator(command).safeParse(json).error).toBeUndefined();
    expect(outputSchemas[command].safeParse(json).error).toBeUndefined();
  });

  it('rejects output that leaves out a field or adds one', () => {
    const json = JSON.parse(run(['search', 'entry', '--json']).stdout) as { hits: Array<Record<string, unknown>> };
    delete json.hits[0]!.kind;
    expect(validator('search').safeParse(json).success).toBe(false);
    const extra = JSON.parse(run(['topics', '--json']).stdout) as Record<string, unknown>;
    expect(validator('topics').safeParse({ ...extra, surprise: 1 }).success).toBe(false);
  });

  it('the schema file is the one generated from the zod source and has a definition per command', () => {
    // Every document names its language: validate's too, since its messages follow it.
    for (const command of ['codes', 'path', 'search', 'show', 'topics', 'validate'] as const) {
      expect(JSON.stringify(file.definitions[command]), command).toContain('"language"');
    }
    expect(file).toEqual(outputJsonSchema());
    expect(Object.keys(file.definitions).sort()).toEqual(['codes', 'explain', 'path', 'search', 'show', 'topics', 'validate']);
  });
});

/** Every command, once; explain twice (one code is an object, several an array). */
const NAMED: Array<[OutputCommand, string[]]> = [
  ['explain', ['explain', 'EntryConflict']],
  ['explain', ['explain', 'SalesforceEntryConflict', 'NoSuchCode']],
  ['search', ['search', 'entry']],
  ['search', ['search', 'xyzzy']],
  ['topics', ['topics']],
  ['codes', ['codes']],
  ['show', ['show', 'assign-users']],
  ['show', ['show', 'entry-not-found']],
  ['path', ['path', 'enter-code/@entry-conflict/check-scope']],
  ['validate', ['validate']],
  ['validate', ['validate', 'test/fixtures/no-such-folder']],
];

describe('--json names its language', () => {
  it.each(['en', 'da', 'nl'])('--lang %s: every document (each result of several) says so, and still matches the schema', (language) => {
    for (const [command, args] of NAMED) {
      const json: unknown = JSON.parse(run(['--lang', language, ...args, '--json']).stdout);
      const documents = (Array.isArray(json) ? json : [json]) as Array<Record<string, unknown>>;
      for (const document of documents) expect(document.language, args.join(' ')).toBe(language);
      expect(validator(command).safeParse(json).error, args.join(' ')).toBeUndefined();
    }
  });

  it('the locale decides it as it decides the text; English without one', () => {
    expect(JSON.parse(run(['topics', '--json'], { env: { LANG: 'nl_BE.UTF-8' } }).stdout).language).toBe('nl');
    expect(JSON.parse(run(['topics', '--json']).stdout).language).toBe('en');
  });

  it('the keys and ids are the same in every language; only the language and the text change', () => {
    const shape = (language: string, args: string[]) => {
      const json = JSON.parse(run(['--lang', language, ...args, '--json'], { content: false }).stdout) as Record<string, unknown>;
      return JSON.stringify(json, (key, value: unknown) => (typeof value === 'string' && !['id', 'kind', 'code', 'next', 'ifNotHelped', 'category', 'nodeId', 'start', 'matchedAs'].includes(key) ? '' : value));
    };
    for (const args of [['show', 'general-first-checks'], ['path', 'logs-start/logs-where/logs-roles'], ['explain', 'SalesforceEntryConflict'], ['topics']]) {
      // The language's own value is blanked with the other texts.
      expect(shape('da', args), args.join(' ')).toBe(shape('en', args));
      expect(shape('nl', args), args.join(' ')).toBe(shape('en', args));
    }
  });
});
