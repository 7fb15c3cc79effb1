import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.js';
import { run } from './run-cli.js';

/** A walk that meets every kind of prompt: help, a wrong answer, a search, unknown codes with and without close ones, a remedy, the path. */
const WALK = ['help', 'xyz', 'search quarantine', 'code', 'search', 'code EntryConflit', '', 'code Zzqxwv', 'restart', '2', '1', 'x', 'path', '1', 'back', 'back', 'back', 'quit'];

/** The dialogue's English sentences that take no argument: none may show in Danish or Dutch. */
const english = messages('en');
const ENGLISH_PROMPTS = [
  ...Object.values(english.plain).filter((value): value is string => typeof value === 'string'),
  ...Object.values(english.answers),
  english.plain.answerNumberPath(''),
  english.plain.fixed('').split('\n')[1]!,
  'is not one of the answers',
  'is not an answer here',
  'is not in the error-code catalogue',
  'Your path:',
];

describe('--plain dialogue in the reader\'s language', () => {
  for (const language of ['da', 'nl'] as const) {
    it(`speaks ${language} in its prompts, help, errors and farewell`, () => {
      const { stdout, stderr, status } = run(['--plain', '--lang', language], { input: `${WALK.join('\n')}\n`, content: false });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const words = messages(language).plain;
      for (const sentence of [words.typeHelp, words.help, words.answerQuestion, words.answerOrDescribe, words.didThisHelp, words.searchHow, words.codeHow, words.startingAgain, words.atStart]) {
        expect(stdout).toContain(sentence);
      }
      expect(stdout).toContain(words.notAnOptionNorFound('xyz', 16));
      expect(stdout).toContain(words.answerNumberPath('no-users-start/no-users-initial-cycle'));
      expect(stdout).toContain(words.notAnswerRemedy('x'));
      // Nothing is close to Zzqxwv: said so, and the general advice under its own heading.
      expect(stdout).toContain(`${words.nothingClose}\n${words.generalAdvice}\n  1. `);
      expect(stdout).toContain(messages(language).answers.fixed);
      for (const sentence of ENGLISH_PROMPTS) expect(stdout, sentence).not.toContain(sentence);
    });

    it(`says goodbye in ${language} when the input ends at the start`, () => {
      const { stdout } = run(['--plain', '--lang', language], { input: '', content: false });
      expect(stdout.trimEnd().endsWith(messages(language).plain.goodbye)).toBe(true);
    });
  }

  it('keeps the English dialogue word for word', () => {
    const { stdout } = run(['--plain', '--lang', 'en'], { input: 'help\n', content: false });
    expect(stdout).toContain('Type "help" for the words you can use.');
    expect(stdout).toContain('  restart         start again from the first question');
    expect(stdout.trimEnd().endsWith('Goodbye.')).toBe(true);
  });
});
