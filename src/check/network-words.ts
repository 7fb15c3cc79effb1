import type { Messages } from '../i18n/messages.js';

type Words = Messages['check']['network'];

/**
 * The Graph client says in English why a read stopped or failed (graph-client.ts), and --json
 * keeps that English. The text report and check's one-line error reword it in the reader's
 * language, reading the numbers, the host and the answer Graph or the network gave back out of
 * the English (as usage-error.ts does with commander's). Anything else (HTTP 403: ...) is kept as it came.
 */
export function networkInWords(english: string, w: Words): string {
  let m = /^stopped after (\d+) pages; more exist$/.exec(english);
  if (m) return w.stoppedAfter(m[1]!);
  m = /^page (\d+) could not be read: ([\s\S]*)$/.exec(english);
  if (m) return w.pageUnread(m[1]!, networkInWords(m[2]!, w));
  m = /^no answer within (\d+) s$/.exec(english);
  if (m) return w.noAnswer(m[1]!);
  m = /^cannot reach (\S+): ([\s\S]*)$/.exec(english);
  if (m) return w.cannotReach(m[1]!, m[2]!);
  m = /^the proxy answered HTTP (\d+) instead of connecting to (\S+)$/.exec(english);
  if (m) return w.proxyRefused(m[1]!, m[2]!);
  m = /^a next-page link points at another host \(([\s\S]*)\); not followed$/.exec(english);
  if (m) return w.foreignNextLink(m[1]!);
  return english;
}
