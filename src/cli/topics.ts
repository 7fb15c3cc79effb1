import type { Content } from '../content/model.js';
import { messages } from '../i18n/messages.js';
import { ExitCode } from './exit-codes.js';
import { jsonLanguage } from './json-language.js';
import type { Style } from './style.js';

/** `provision-doctor topics`: the answers to the first question, i.e. where a walk can begin. */
export function runTopics(content: Content, options: { json?: boolean }, out: (text: string) => void, style: Style): number {
  const start = content.nodes[content.start]!;
  const options_ = start.kind === 'question' ? start.options : [];
  const topics = options_.map((o) => ({ label: o.label, next: o.next, title: content.nodes[o.next]?.title ?? o.next }));
  if (options.json) {
    out(JSON.stringify({ language: jsonLanguage(content), start: start.id, prompt: start.kind === 'question' ? start.prompt : start.title, topics }, null, 2));
    return ExitCode.ok;
  }
  const lines = [style.heading(start.kind === 'question' ? start.prompt : start.title)];
  // The id is what `path` and `--resume` take, so it stays as typed; the word before it is the reader's.
  const words = messages(content.language);
  topics.forEach((t, i) => lines.push(`  ${i + 1}. ${t.label} ${style.dim(words.topicPath(t.next))}`));
  out(lines.join('\n'));
  return ExitCode.ok;
}
