import { createInterface } from 'node:readline';
import type { Content } from '../content/model.js';
import { resumeState } from './resume.js';
import { PlainDialogue } from './plain.js';
import { stdoutStream, writeOut } from './output.js';
import type { Style } from './style.js';

/**
 * Reads answers line by line from stdin (a terminal or a pipe) and prints each reply
 * once. No cursor control, no raw mode: the end of the input ends the walk cleanly.
 */
export async function runPlain(content: Content, style: Style, resume?: string): Promise<number> {
  const dialogue = new PlainDialogue(content, style, resumeState(content, resume));
  const interactive = process.stdin.isTTY === true;
  const print = writeOut;
  print(dialogue.begin());
  const lines = createInterface({ input: process.stdin, terminal: false });
  const prompt = () => interactive && stdoutStream().write('> ');
  prompt();
  for await (const line of lines) {
    // A transcript of a scripted run shows what was answered.
    if (!interactive) print(`> ${line}`);
    const reply = dialogue.answer(line);
    print(`\n${reply.text}`);
    if (reply.done) {
      lines.close();
      return 0;
    }
    prompt();
  }
  print(`\n${dialogue.end()}`);
  return 0;
}
