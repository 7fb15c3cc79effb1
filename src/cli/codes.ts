import { codeNodes, type Content } from '../content/model.js';
import { CODE_CATEGORIES } from '../content/categories.js';
import { columns } from './columns.js';
import { messages } from '../i18n/messages.js';
import { ExitCode } from './exit-codes.js';

export interface CodesOptions {
  json?: boolean;
  category?: string;
}

/** `provision-doctor codes [--category NAME]`: the catalogue, by category then code. */
export function runCodes(content: Content, options: CodesOptions, out: (text: string) => void): number {
  const order = (c: string) => CODE_CATEGORIES.indexOf(c as (typeof CODE_CATEGORIES)[number]);
  const codes = codeNodes(content)
    .filter((c) => !options.category || c.category === options.category)
    .sort((a, b) => order(a.category) - order(b.category) || a.code.localeCompare(b.code));
  if (options.json) {
    const list = codes.map((c) => ({ id: c.id, code: c.code, aliases: c.aliases, category: c.category, title: c.title }));
    out(JSON.stringify({ ...(options.category ? { category: options.category } : {}), codes: list }, null, 2));
  } else if (codes.length === 0) {
    out(messages(content.language).noCodesInCategory(options.category ?? ''));
  } else {
    out(columns(codes.map((c) => [c.code, c.category, c.title])).join('\n'));
  }
  return codes.length > 0 ? ExitCode.ok : ExitCode.notFound;
}
