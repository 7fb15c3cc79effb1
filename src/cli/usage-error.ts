import type { CliWords } from '../i18n/cli-words.js';

/** Commander's error, as much of it as the wording needs. */
export interface CommanderProblem {
  code: string;
  message: string;
}

/**
 * Commander words its usage errors in English only, with the names in them quoted. Each is
 * reworded by its error code, the names read back out of the message; a message whose shape
 * is not recognised (a newer commander) keeps commander's English rather than losing its names.
 * The result is one line without the final full stop: the caller adds the help hint.
 */
export function usageProblem(error: CommanderProblem, words: CliWords['usage']): string {
  const english = error.message.replace(/^error: /, '');
  const worded = reword(error.code, english, words) ?? english;
  return worded.replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
}

function reword(code: string, message: string, words: CliWords['usage']): string | null | undefined {
  switch (code) {
    case 'commander.unknownOption': {
      const m = /^unknown option '([^\n]*)'(\n[\s\S]*)?$/.exec(message);
      return m && `${words.unknownOption(m[1]!)}${suggestion(m[2], words)}`;
    }
    case 'commander.unknownCommand': {
      const m = /^unknown command '([^\n]*)'(\n[\s\S]*)?$/.exec(message);
      return m && `${words.unknownCommand(m[1]!)}${suggestion(m[2], words)}`;
    }
    case 'commander.missingArgument': {
      const m = /^missing required argument '(.*)'$/.exec(message);
      return m && words.missingArgument(m[1]!);
    }
    case 'commander.optionMissingArgument': {
      const m = /^option '(.*)' argument missing$/.exec(message);
      return m && words.optionMissingArgument(m[1]!);
    }
    case 'commander.excessArguments': {
      const m = /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(message);
      return m && words.excessArguments(m[1], Number(m[2]), Number(m[3]));
    }
    case 'commander.invalidArgument': {
      // Commander's own reason is the list of choices; a reason the tool gave is already worded.
      const m = /^option '(.+?)' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/.exec(message);
      if (!m) return undefined;
      const choices = /^Allowed choices are ([\s\S]*)\.$/.exec(m[3]!);
      return words.invalidOptionValue(m[1]!, m[2]!, choices ? words.allowedChoices(choices[1]!) : m[3]!);
    }
    default:
      return undefined;
  }
}

/** Commander's "(Did you mean --json?)" or "(Did you mean one of a, b?)" after a line break. */
function suggestion(text: string | undefined, words: CliWords['usage']): string {
  if (!text) return '';
  const m = /^\n\(Did you mean (one of )?(.*)\?\)$/.exec(text);
  if (!m) return text;
  return `\n${m[1] ? words.didYouMeanOneOf(m[2]!) : words.didYouMean(m[2]!)}`;
}
