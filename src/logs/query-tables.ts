// The Log Analytics query API (and `az monitor log-analytics query --output json` from the
// REST call) answers with tables: { "tables": [{ "name", "columns": [{ name, type }], "rows": [[…]] }] }.
// Each row is one AADProvisioningLogs record whose fields are named by the columns, so it is
// keyed by them and read like the rows of the Log Analytics JSON export.

import { field, list, obj, str, type Bag } from './fields.js';

/** Whether a file's first text opens a query API response (its first key is "tables"). */
export function opensQueryResponse(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"tables"\s*:\s*\[/.test(text);
}

/** The tables of a parsed document when it is a query API response, or undefined. */
export function queryTables(doc: unknown): unknown[] | undefined {
  const bag = obj(doc);
  // Other keys (the "statistics" and "render" a request can ask for) hold no records.
  const tables = field(bag, 'tables');
  return Array.isArray(tables) ? tables : undefined;
}

/**
 * Each row of each table as a record keyed by its column names. A table without a list of
 * columns, or a row that is not a list, gives `problem` its reason and is skipped.
 */
export function* queryRows(tables: unknown[], problem: (message: string) => void): Generator<Bag> {
  for (const [t, table] of tables.entries()) {
    const names = list(field(table, 'columns')).map((c) => str(field(c, 'name')));
    if (names.length === 0 || names.some((n) => n === undefined)) {
      problem(`table ${t + 1} of the query response has no list of named columns: its rows were not read`);
      continue;
    }
    for (const [r, row] of list(field(table, 'rows')).entries()) {
      if (!Array.isArray(row)) {
        problem(`row ${r + 1} of table ${t + 1} is not a list of values: skipped`);
        continue;
      }
      // A Map would do too; an object with no prototype keeps a column named "__proto__" a plain key.
      const record: Bag = Object.create(null) as Bag;
      names.forEach((name, k) => {
        if (row[k] !== null && row[k] !== undefined) record[name!] = row[k];
      });
      yield record;
    }
  }
}
