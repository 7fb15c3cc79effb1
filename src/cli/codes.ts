import { codeNodes, type Content } from '../content/model.js';
import { CODE_CATEGORIES } from '../content/categories.js';
import { columns } from './columns.js';
import { wrapWords } from './fit.js';
import { messages } from '../i18n/messages.js';
import { ExitCode } from './exit-codes.js';
import { jsonLanguage } from './json-language.js';

export interface CodesOptions {
  json?: boolean;
  category?: string;
}

/** `provision-doctor codes [--category NAME]`: the catalogue, by category then code. */
export function runCodes(content: Content, options: CodesOptions, out: (text: string) => void, width?: number): number {
  const order = (c: string) => CODE_CATEGORIES.indexOf(c as (typeof CODE_CATEGORIES)[number]);
  const codes = codeNodes(content)
    .filter((c) => !options.category || c.category === options.category)
    .sort((a, b) => order(a.category) - order(b.category) || a.code.localeCompare(b.code));
  if (options.json) {
    const list = codes.map((c) => ({ id: c.id, code: c.code, aliases: c.aliases, category: c.category, title: c.title }));
    out(JSON.stringify({ language: jsonLanguage(content), ...(options.category ? { category: options.category } : {}), codes: list }, null, 2));
  } else if (codes.length === 0) {
    out(messages(content.language).noCodesInCategory(options.category ?? ''));
  } else if (width) {
    out(byCategory(codes, width).join('\n'));
  } else {
    out(columns(codes.map((c) => [c.code, c.category, c.title])).join('\n'));
  }
  return codes.length > 0 ? ExitCode.ok : ExitCode.notFound;
}

/** Column of codes in a terminal: long codes take their own row instead of widening every row. */
const CODE_COLUMN = 28;

/** For a terminal: a heading per category, each code and its title, fitted to the width. */
function byCategory(codes: ReturnType<typeof codeNodes>, width: number): string[] {
  const lines: string[] = [];
  for (const category of [...new Set(codes.map((c) => c.category))]) {
    if (lines.length > 0) lines.push('');
    lines.push(`${category}:`);
    const indent = ' '.repeat(CODE_COLUMN + 4);
    for (const c of codes.filter((code) => code.category === category)) {
      const title = wrapWords(c.title, Math.max(20, width - indent.length));
      const first = c.code.length > CODE_COLUMN ? [`  ${c.code}`, `${indent}${title[0]}`] : [`  ${c.code.padEnd(CODE_COLUMN)}  ${title[0]}`];
      lines.push(...first, ...title.slice(1).map((row) => `${indent}${row}`));
    }
  }
  return lines;
}
