import { linksOf, type CodeNode, type Content } from '../content/model.js';
import { messages, type Messages } from '../i18n/messages.js';

type Code = CodeNode & { id: string };

export function retryText(entry: Code, m: Messages = messages('en')): string {
  const { automatic, after, adminMustAct, note } = entry.retry;
  const service = automatic ? m.retriesBy(after) : m.noRetry;
  const admin = adminMustAct ? ` ${m.youMustAct}` : ` ${m.nothingToDo}`;
  return `${service}${admin}${note ? ` ${note}` : ''}`;
}

/**
 * A caution stands on its own, before the steps, so nobody reaches a harmful step without
 * having read who it affects. The label is emphasised where the terminal allows it.
 */
export function cautionLines(caution: string | undefined, emphasis: (text: string) => string = (t) => t, m: Messages = messages('en')): string[] {
  return caution ? ['', `${emphasis(`! ${m.caution}:`)} ${caution}`] : [];
}

/** Plain text, URLs in full: reads well in a terminal, a ticket and a screen reader. */
export function renderCodeEntry(content: Content, entry: Code, emphasis?: (text: string) => string): string {
  const m = messages(content.language);
  const lines = [entry.title, '', `${m.whatItMeans}: ${entry.meaning}`, `${m.retry}: ${retryText(entry, m)}`, ...cautionLines(entry.caution, emphasis, m), '', `${m.steps}:`];
  entry.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  lines.push('', `${m.read}:`);
  for (const link of linksOf(content, entry.links)) lines.push(`  - ${link.title}`, `    ${link.url}`);
  const next = nextOf(content, entry);
  if (next) lines.push('', `${m.ifNotHelped}: ${next.title} (provision-doctor show ${next.id})`);
  return lines.join('\n');
}

export function codeEntryJson(content: Content, entry: Code) {
  return {
    id: entry.id,
    code: entry.code,
    aliases: entry.aliases,
    category: entry.category,
    title: entry.title,
    meaning: entry.meaning,
    retry: { ...entry.retry, text: retryText(entry, messages(content.language)) },
    ...(entry.caution ? { caution: entry.caution } : {}),
    steps: entry.steps,
    links: linksOf(content, entry.links).map(({ title, url }) => ({ title, url })),
    ...(entry.next ? { next: entry.next } : {}),
  };
}

/** The tree node a catalogue entry leads on to when its steps did not help (the catalogue names it only). */
function nextOf(content: Content, entry: Code): { id: string; title: string } | undefined {
  const node = entry.next ? (content.nodes[entry.next] ?? content.heads?.[entry.next]) : undefined;
  return node && { id: node.id, title: node.title };
}
