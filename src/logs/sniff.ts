import Papa from 'papaparse';
import { classifyHeader } from './csv-columns.js';
import { guessDelimiter } from './csv-text.js';
import { Utf8Normaliser } from './decode.js';
import { opensQueryResponse } from './query-tables.js';
import type { FormatId } from './types.js';

/**
 * A first look at a file's opening bytes: JSON (a Log Analytics query response named as such), one of the portal's three CSV files,
 * another CSV, or unknown. Used to read step files before the events they belong to.
 */
export function sniff(head: Buffer): 'json' | FormatId {
  const normaliser = new Utf8Normaliser();
  const bytes = Buffer.concat([normaliser.write(head), normaliser.end()]);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (opensQueryResponse(text)) return 'log-analytics-json';
  if (text.startsWith('[') || text.startsWith('{')) return 'json';
  const body = text.replace(/^sep=.\r?\n/i, '');
  const firstLine = body.slice(0, body.search(/\r?\n/) < 0 ? body.length : body.search(/\r?\n/));
  if (!firstLine) return 'unknown';
  const cells = (Papa.parse<string[]>(firstLine, { delimiter: guessDelimiter(firstLine) }).data[0] ?? []) as string[];
  const table = classifyHeader(cells);
  return 'error' in table ? 'unknown' : table.format;
}

const ORDER: Partial<Record<FormatId | 'json', number>> = { 'portal-csv-steps': 0, 'portal-csv-modified-properties': 1 };

/** Step files first, so the events file can take each event's skip reason from them. */
export function readingOrder<T extends { kind: FormatId | 'json' }>(files: T[]): T[] {
  return [...files].sort((a, b) => (ORDER[a.kind] ?? 2) - (ORDER[b.kind] ?? 2));
}

export function isPortalCsvPart(kind: FormatId | 'json'): boolean {
  return kind === 'portal-csv-events' || kind === 'portal-csv-steps' || kind === 'portal-csv-modified-properties';
}
