import type { Content } from '../content/model.js';
import { CodeIndex, type LookupResult } from '../engine/lookup.js';
import { ExitCode } from './exit-codes.js';
import { codeEntryJson, renderCodeEntry } from './render-code.js';

export interface ExplainOptions {
  json?: boolean;
}

/** `provision-doctor explain <code...>`: exit 0 when every code was found, 1 otherwise. */
export function runExplain(content: Content, codes: string[], options: ExplainOptions, out: (text: string) => void): number {
  const index = new CodeIndex(content);
  const results = codes.map((code) => index.lookup(code));
  if (options.json) {
    const json = results.map((r) => explainJson(content, r));
    out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  } else {
    out(results.map((r) => explainText(content, r)).join('\n\n'));
  }
  return results.every((r) => r.match) ? ExitCode.ok : ExitCode.notFound;
}

function explainText(content: Content, result: LookupResult): string {
  if (result.match) {
    const { entry, matchedAs, matched, note } = result.match;
    const how = matchedAs === 'code' ? '' : matchedAs === 'alias' ? ` (alias "${matched}")` : ` (${note})`;
    return `${entry.code}${how}\n${renderCodeEntry(content, entry)}`;
  }
  const lines = [`"${result.input}" is not in the error-code catalogue.`];
  if (result.suggestions.length > 0) lines.push(`Did you mean: ${result.suggestions.map((s) => s.code).join(', ')}?`);
  if (result.fallback) lines.push('', renderCodeEntry(content, result.fallback));
  return lines.join('\n');
}

function explainJson(content: Content, result: LookupResult) {
  if (result.match) {
    const { entry, matchedAs, matched, note } = result.match;
    return { input: result.input, ...codeEntryJson(content, entry), matchedAs, matched, ...(note ? { note } : {}) };
  }
  return {
    input: result.input,
    code: null,
    matchedAs: null,
    suggestions: result.suggestions.map((s) => s.code),
    fallback: result.fallback ? codeEntryJson(content, result.fallback) : null,
  };
}
