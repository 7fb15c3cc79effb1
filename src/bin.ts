import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { distance } from 'fastest-levenshtein';
import { CODE_CATEGORIES } from './content/categories.js';
import { ExitCode, isUserError, UserError } from './cli/exit-codes.js';
import { loadContent } from './cli/load-content.js';
import { loadSearch } from './cli/load-search.js';
import { chooseMode } from './cli/mode.js';
import { everythingWritten, guardStdout, stdoutColumns, stdoutIsTerminal, writeError, writeOut, writeStdout } from './cli/output.js';
import { chooseLanguage, earlyLanguage, LANGUAGES, type Language } from './i18n/language.js';
import { cliWords, type CliWords } from './i18n/cli-words.js';
import { usageProblem } from './cli/usage-error.js';
import { styleFor } from './cli/style.js';
import { fitToWidth } from './cli/fit.js';

declare const PACKAGE_VERSION: string;

// Kept tiny on purpose: each command's module (and Ink, yaml, zod) is imported only when that command runs.

// Help and usage errors come before any command runs, so their language is read from the
// arguments and the environment first, once; the program below is built in it.
const words = cliWords(earlyLanguage(process.argv.slice(2), process.env));
const help = words.help;

// A reader that stops early is no error; a full disk or a closed descriptor is one line and exit 1.
guardStdout(words.error.output);

const out = writeOut;
/** Text (not JSON) for a terminal is fitted to its width; piped output is left as it is. */
const textOut = (options: { json?: boolean }) => (options.json || !stdoutIsTerminal() ? out : (text: string) => out(fitToWidth(text, stdoutColumns())));
const style = () => styleFor(process.env, stdoutIsTerminal());
const content = () => loadContent(program.opts<GlobalOptions>().content, language());
let running = 'provision-doctor';

/** --lang, else the locale variables; decided once, for every mode. */
function language(): Language {
  const { lang } = program.opts<GlobalOptions>();
  try {
    return chooseLanguage(lang, process.env).language;
  } catch {
    throw new UserError(words.error.badLanguage(lang!, LANGUAGES.join(', ')));
  }
}
interface GlobalOptions {
  lang?: string;
  content?: string;
  resume?: string;
  plain?: boolean;
}

// Every line starting with "  provision-doctor " is run by test/cli/examples.test.ts: none can go stale.
// The command lines stay English in every language; their explanations follow the reader's.
const EXAMPLES: Array<[string, keyof CliWords['help']['example']]> = [
  ['provision-doctor', 'wizard'],
  ['provision-doctor --plain', 'plain'],
  ['provision-doctor explain EntryConflict', 'explain'],
  ['provision-doctor search quarantine', 'search'],
  ['provision-doctor show no-users-quarantine', 'show'],
  ['provision-doctor path no-users-start/no-users-which', 'path'],
  ['provision-doctor --resume no-users-start/no-users-which', 'resume'],
  ['provision-doctor analyze ProvisioningLogs.json', 'analyze'],
  ['provision-doctor help explain', 'help'],
];

function examples(): string {
  const lines = EXAMPLES.map(([example, why]) => `  ${example.padEnd(48)}   ${help.example[why]}`);
  return `\n${help.examplesHeading}\n${lines.join('\n')}\n\n${help.exitCodes}\n${help.docs}`;
}

/** Commander's headings and its "(default: ...)" and "(choices: ...)" notes, in the reader's language. */
const helpInLanguage: Partial<Help> = {
  styleTitle: (title) => help.headings[title] ?? title,
  optionDescription(option) {
    return Help.prototype.optionDescription
      .call(this, option)
      .replace(/ \(((?:choices|default): .*)\)$/, (_, notes: string) => ` (${notes.replace(/^choices: /, `${help.choices} `).replace(/(^|, )default: /, `$1${help.defaultIs} `)})`);
  },
};

/** Errors are reworded in exitCodeFor; help and the version leave through output.ts like every other line. */
const output = { outputError: () => {}, writeOut: writeStdout };

const program = new Command()
  .name('provision-doctor')
  .description(help.program)
  .version(PACKAGE_VERSION, '-v, --version', help.versionOption)
  .helpOption('-h, --help', help.helpOption)
  .configureHelp(helpInLanguage)
  .option('--content <dir>', help.option.content)
  .option('--lang <language>', help.option.lang)
  .option('--plain', help.option.plain)
  .option('--resume <path>', help.option.resume)
  // Commander's own help command answers an unknown name with the whole help on stderr and a
  // placeholder error; this one names the problem in one line, like every other usage error.
  .helpCommand(false)
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput(output)
  .addHelpText('before', help.before)
  .addHelpText('after', examples())
  .hook('preSubcommand', (_, sub) => {
    running = `provision-doctor ${sub.name()}`;
  });

program.action(async () => {
  const { plain = false, resume } = program.opts<GlobalOptions>();
  const mode = chooseMode({ plain, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: stdoutIsTerminal() });
  if (mode === 'no-terminal') {
    throw new UserError(words.error.noTerminal);
  }
  const loaded = await content();
  if (mode === 'plain') {
    const { runPlain } = await import('./cli/run-plain.js');
    process.exitCode = await runPlain(loaded, style(), resume);
    return;
  }
  const { runWizard } = await import('./tui/run-wizard.js');
  await runWizard(loaded, { path: resume });
});

function command(name: string, description: string): Command {
  return program.command(name).description(description).exitOverride().configureOutput(output);
}

const json = ['--json', help.option.json] as const;

// Each command as it is registered with the program: a start that names its command first
// registers only that one (see below).
const COMMANDS: Record<string, () => Command> = {
  explain: () =>
    command('explain', help.explain.description)
      .argument('<code...>', help.explain.code)
      .option(...json)
      .action(async (codes: string[], options: { json?: boolean }) => {
        const { runExplain } = await import('./cli/explain.js');
        const { content: dir } = program.opts<GlobalOptions>();
        process.exitCode = await runExplain(await loadContent(dir, language(), 'codes'), codes, options, textOut(options), content);
      }),
  search: () =>
    command('search', help.search.description)
      .argument('<words...>', help.search.words)
      .option('--limit <n>', help.search.limit, positiveInteger, 10)
      .option(...json)
      .action(async (words: string[], options: { json?: boolean; limit: number }) => {
        const { runSearch } = await loadSearch();
        const { content: dir } = program.opts<GlobalOptions>();
        process.exitCode = await runSearch(await loadContent(dir, language(), 'codes'), words, options, out, content);
      }),
  topics: () =>
    command('topics', help.topics.description)
      .option(...json)
      .action(async (options: { json?: boolean }) => {
        const { runTopics } = await import('./cli/topics.js');
        process.exitCode = runTopics(await content(), options, out, style());
      }),
  codes: () =>
    command('codes', help.codes.description)
      .addOption(new Option('--category <name>', help.codes.category).choices(CODE_CATEGORIES))
      .option(...json)
      .action(async (options: { json?: boolean; category?: string }) => {
        const { runCodes } = await import('./cli/codes.js');
        process.exitCode = runCodes(await content(), options, textOut(options), options.json ? undefined : stdoutColumns());
      }),
  show: () =>
    command('show', help.show.description)
      .argument('<node-id>', help.show.nodeId)
      .option(...json)
      .action(async (id: string, options: { json?: boolean }) => {
        const { runShow } = await import('./cli/show.js');
        process.exitCode = runShow(await content(), id, options, textOut(options), style());
      }),
  path: () =>
    command('path', help.path.description)
      .argument('<path>', help.path.path)
      .option(...json)
      .action(async (path: string, options: { json?: boolean }) => {
        const { runPath } = await import('./cli/path.js');
        process.exitCode = runPath(await content(), path, options, out, style());
      }),
  analyze: () =>
    command('analyze', help.analyze.description)
      .argument('<paths...>', help.analyze.paths)
      .option('--json', help.analyze.json)
      .option('--since <time>', help.analyze.since)
      .option('--until <time>', help.analyze.until)
      .option('--app <name>', help.analyze.app)
      .option('--status <list>', help.analyze.status)
      .option('--identity <text>', help.analyze.identity)
      .option('--redact', help.analyze.redact)
      .option('--fail-on <list>', help.analyze.failOn)
      .action(async (paths: string[], options: Record<string, string | boolean | undefined>) => {
        const { runAnalyze } = await import('./cli/analyze.js');
        process.exitCode = await runAnalyze(await content(), paths, { ...options, plain: program.opts<GlobalOptions>().plain }, textOut(options));
      }),
  check: () =>
    command('check', help.check.description)
      .option('--app <name|id>', help.check.app)
      .option('--user <upn|id>', help.check.user)
      .option('--token-stdin', help.check.tokenStdin)
      .option('--client-id <id>', help.check.clientId)
      .option('--tenant <id>', help.check.tenant)
      .option('--graph-base <url>', help.check.graphBase, 'https://graph.microsoft.com/v1.0')
      .option('--json', help.check.json)
      .action(async (options: { app?: string; user?: string; tokenStdin?: boolean; clientId?: string; tenant?: string; graphBase: string; json?: boolean }) => {
        const { runCheck } = await import('./cli/check.js');
        process.exitCode = await runCheck(await content(), { ...options, plain: program.opts<GlobalOptions>().plain }, out);
      }),
  validate: () =>
    command('validate', help.validate.description)
      .argument('[dir]', help.validate.dir)
      .option('--json', help.validate.json)
      .option('--snapshot <dir>', help.validate.snapshot)
      .action(async (dir: string | undefined, options: { json?: boolean; snapshot?: string }) => {
        const { runValidate } = await import('./cli/validate.js');
        process.exitCode = runValidate(dir ?? program.opts<GlobalOptions>().content ?? 'content', { ...options, language: language() }, out);
      }),
  help: () =>
    command('help', help.helpCommand)
      .argument('[command]')
      .action((name?: string) => {
        if (name === undefined) program.help();
        const sub = program.commands.find((c) => c.name() === name);
        if (sub) sub.help();
        running = 'provision-doctor';
        throw new CommanderError(ExitCode.usage, 'commander.unknownCommand', `unknown command '${name}'${similarTo(name ?? '')}`);
      }),
};

// Building every command's arguments, options and help costs each start a little: when the
// first argument names a command, only it is registered. `help`, an option first (`--lang da
// explain`) or a word that is no command registers all, so help lists them and a typo gets
// its "did you mean".
const named = process.argv[2];
const only = named !== undefined && named !== 'help' && Object.hasOwn(COMMANDS, named) ? named : undefined;
for (const [name, register] of Object.entries(COMMANDS)) if (only === undefined || name === only) register();

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(words.usage.wholeNumber);
  return n;
}

program
  .parseAsync()
  .catch((error: unknown) => {
    process.exitCode = exitCodeFor(error);
  })
  // A command is over when its action is: waiting for Node to wind down its event loop costs
  // about a millisecond, a tenth of what `explain` adds to Node's own start.
  .then(() => everythingWritten() && process.exit());

/**
 * Commander's "did you mean" for a mistyped command ("explian", "serach"), in its words so that
 * usageProblem rewords it: the commands within two edits of it, the closest first.
 */
function similarTo(name: string): string {
  const scored = program.commands.map((c) => ({ name: c.name(), edits: distance(c.name(), name.toLowerCase()) })).filter((c) => c.edits <= 2);
  const closest = scored.filter((c) => c.edits === Math.min(...scored.map((s) => s.edits))).map((c) => c.name);
  if (closest.length === 0) return '';
  return closest.length === 1 ? `\n(Did you mean ${closest[0]}?)` : `\n(Did you mean one of ${closest.join(', ')}?)`;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok;
    // The program takes no arguments of its own, so an unknown command reaches it as one too many.
    const unknownCommand = running === 'provision-doctor' && error.code === 'commander.excessArguments';
    const problem = unknownCommand ? { code: 'commander.unknownCommand', message: `unknown command '${program.args[0]}'${similarTo(program.args[0]!)}` } : error;
    const text = usageProblem(problem, words.usage);
    writeError(`${running}: ${text}. ${words.usage.runHelp(running)}`);
    return ExitCode.usage;
  }
  if (isUserError(error)) {
    writeError(`provision-doctor: ${error.message}`);
    return error.exitCode;
  }
  throw error;
}
