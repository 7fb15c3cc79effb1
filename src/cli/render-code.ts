import { linksOf, type CodeNode, type Content } from '../content/model.js';

type Code = CodeNode & { id: string };

export function retryText(entry: Code): string {
  const { automatic, after, adminMustAct, note } = entry.retry;
  const service = automatic
    ? `The provisioning service retries by itself${after ? ` after ${after}` : ''}.`
    : 'The provisioning service does not fix this by retrying.';
  const admin = adminMustAct ? ' You need to act.' : ' Usually nothing for you to do.';
  return `${service}${admin}${note ? ` ${note}` : ''}`;
}

/** Plain text, URLs in full: reads well in a terminal, a ticket and a screen reader. */
export function renderCodeEntry(content: Content, entry: Code): string {
  const lines = [entry.title, '', `What it means: ${entry.meaning}`, `Retry: ${retryText(entry)}`, ...(entry.caution ? ['', `! Caution: ${entry.caution}`] : []), '', 'Steps:'];
  entry.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  lines.push('', 'Read:');
  for (const link of linksOf(content, entry.links)) lines.push(`  - ${link.title}`, `    ${link.url}`);
  const next = nextOf(content, entry);
  if (next) lines.push('', `If this did not help: ${next.title} (provision-doctor show ${next.id})`);
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
    retry: { ...entry.retry, text: retryText(entry) },
    steps: entry.steps,
    links: linksOf(content, entry.links).map(({ title, url }) => ({ title, url })),
    ...(entry.next ? { next: entry.next } : {}),
  };
}

/** The tree node a catalogue entry leads on to when its steps did not help. */
function nextOf(content: Content, entry: Code): { id: string; title: string } | undefined {
  const node = entry.next ? content.nodes[entry.next] : undefined;
  return node && { id: node.id, title: node.title };
}
