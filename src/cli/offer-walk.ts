import type { Content } from '../content/model.js';
import { messages } from '../i18n/messages.js';
import { stripControl } from '../text/strip-control.js';
import { stdoutIsTerminal, stdoutStream } from './output.js';
import { styleFor } from './style.js';

/**
 * After a report (analyze, check), offers to open the guide at one of its remedies: in the
 * wizard, or with --plain or TERM=dumb in the dialogue. `paths[i]` is where choice i+1 opens;
 * `kind` names what the numbers count, in the language the content was loaded in.
 */
export async function offerWalk(content: Content, kind: 'failureGroup' | 'finding', paths: Array<string | null>, mode: 'wizard' | 'plain'): Promise<void> {
  if (!paths.some(Boolean)) return;
  const m = messages(content.language);
  const what = m.offerWhat[kind];
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: stdoutStream() });
  let answer: string;
  try {
    answer = await rl.question(`\n${m.offerWalk(what, paths.length)}`);
  } catch {
    // Ctrl+C or the end of input at the prompt: the report is out, so just finish.
    answer = '';
    stdoutStream().write('\n');
  } finally {
    rl.close();
  }
  if (answer.trim() === '') return;
  const path = paths[Number.parseInt(answer.trim(), 10) - 1];
  if (!path) {
    stdoutStream().write(`${m.notANumber(stripControl(answer.trim()), what)}\n`);
    return;
  }
  if (mode === 'plain') {
    const { runPlain } = await import('./run-plain.js');
    await runPlain(content, styleFor(process.env, stdoutIsTerminal()), path);
    return;
  }
  const { runWizard } = await import('../tui/run-wizard.js');
  await runWizard(content, { path });
}
