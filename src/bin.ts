import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CODE_CATEGORIES } from './content/categories.js';
import { ExitCode, isUserError, UserError } from './cli/exit-codes.js';
import { loadContent } from './cli/load-content.js';
import { loadSearch } from './cli/load-search.js';
import { chooseMode, NO_TERMINAL } from './cli/mode.js';
import { guardStdout, writeError, writeOut } from './cli/output.js';
import { chooseLanguage, type Language } from './i18n/language.js';
import { styleFor } from './cli/style.js';
import { fitToWidth } from './cli/fit.js';

declare const PACKAGE_VERSION: string;

// Kept tiny on purpose: each command's module (and Ink, yaml, zod) is imported only when that command runs.

// A reader that stops early is no error; a full disk or a closed descriptor is one line and exit 1.
guardStdout();

const out = writeOut;
/** Text (not JSON) for a terminal is fitted to its width; piped output is left as it is. */
const textOut = (options: { json?: boolean }) => (options.json || !process.stdout.isTTY ? out : (text: string) => out(fitToWidth(text, process.stdout.columns)));
const style = () => styleFor(process.env, process.stdout.isTTY);
const content = () => loadContent(program.opts<GlobalOptions>().content, language());
let running = 'provision-doctor';

/** --lang, else the locale variables; decided once, for every mode. */
function language(): Language {
  try {
    return chooseLanguage(program.opts<GlobalOptions>().lang, process.env).language;
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}
interface GlobalOptions {
  lang?: string;
  content?: string;
  resume?: string;
  plain?: boolean;
}

// Every line starting with "  provision-doctor " is run by test/cli/examples.test.ts: none can go stale.
const EXAMPLES = `
Examples:
  provision-doctor                                   the wizard
  provision-doctor --plain                           the same walk as a line-by-line dialogue
  provision-doctor explain EntryConflict             what an error code means and what to do
  provision-doctor search quarantine                 find questions, remedies and codes
  provision-doctor show no-users-quarantine          one remedy, by its id
  provision-doctor path no-users-start/no-users-which   replay a saved walk
  provision-doctor --resume no-users-start/no-users-which   the wizard where a walk ended
  provision-doctor analyze ProvisioningLogs.json     sum up a downloaded provisioning log
  provision-doctor help explain                      a command's options

Exit codes: 0 found, 1 not found or problems, 2 usage error, 3 analyze --fail-on found what it names.
Docs: README.md in the package.`;

const program = new Command()
  .name('provision-doctor')
  .description('Find the cause of a Microsoft Entra ID app provisioning problem, the remedy and the docs to read.')
  .version(PACKAGE_VERSION, '-v, --version')
  .option('--content <dir>', 'read the knowledge from YAML in this folder (for content authors)')
  .option('--lang <language>', 'da (Danish), nl (Dutch) or en; default: from LC_ALL, LC_MESSAGES or LANG')
  .option('--plain', 'a line-by-line dialogue instead of the full-screen wizard (also when TERM=dumb)')
  .option('--resume <path>', 'open the wizard (or --plain) where a saved path ends, e.g. no-users-start/no-users-which')
  .helpCommand('help [command]', "show help for a command, or this help")
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: () => {} })
  .addHelpText('before', 'Run with no arguments to start the interactive wizard: it asks what you see, one question at a time,\nuntil it names the cause, the steps that fix it and the docs to read.\n')
  .addHelpText('after', EXAMPLES)
  .hook('preSubcommand', (_, sub) => {
    running = `provision-doctor ${sub.name()}`;
  });

program.action(async () => {
  const { plain = false, resume } = program.opts<GlobalOptions>();
  const mode = chooseMode({ plain, env: process.env, stdinTTY: process.stdin.isTTY, stdoutTTY: process.stdout.isTTY });
  if (mode === 'no-terminal') {
    throw new UserError(NO_TERMINAL);
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
  return program.command(name).description(description).exitOverride().configureOutput({ outputError: () => {} });
}

const json = ['--json', 'print JSON (schema: schema/output.schema.json)'] as const;

command('explain', 'explain provisioning-log error codes (exact, alias, any case, app- or SCIM-prefixed)')
  .argument('<code...>', 'one or more error codes, e.g. EntryConflict')
  .option(...json)
  .action(async (codes: string[], options: { json?: boolean }) => {
    const { runExplain } = await import('./cli/explain.js');
    const { content: dir } = program.opts<GlobalOptions>();
    process.exitCode = await runExplain(await loadContent(dir, language(), 'codes'), codes, options, textOut(options), content);
  });

command('search', 'find questions, remedies and error codes, best match first')
  .argument('<words...>', 'what to look for, e.g. quarantine or EntryConf')
  .option('--limit <n>', 'at most this many matches', positiveInteger, 10)
  .option(...json)
  .action(async (words: string[], options: { json?: boolean; limit: number }) => {
    const { runSearch } = await loadSearch();
    const builtIn = !program.opts<GlobalOptions>().content;
    // The build writes one index per language: search-index.json, search-index.da.json, ...
    const index = `./search-index${language() === 'en' ? '' : `.${language()}`}.json`;
    process.exitCode = runSearch(await content(), words, { ...options, ...(builtIn ? { index: new URL(index, import.meta.url) } : {}) }, out);
  });

command('topics', 'list the topics a walk can start from')
  .option(...json)
  .action(async (options: { json?: boolean }) => {
    const { runTopics } = await import('./cli/topics.js');
    process.exitCode = runTopics(await content(), options, out, style());
  });

command('codes', 'list the error-code catalogue')
  .addOption(new Option('--category <name>', 'only this category').choices(CODE_CATEGORIES))
  .option(...json)
  .action(async (options: { json?: boolean; category?: string }) => {
    const { runCodes } = await import('./cli/codes.js');
    process.exitCode = runCodes(await content(), options, textOut(options), process.stdout.isTTY && !options.json ? process.stdout.columns : undefined);
  });

command('show', 'print one node (question, remedy, info or error code) by id')
  .argument('<node-id>', 'a node id as shown by search, e.g. no-users-quarantine (an error code works too)')
  .option(...json)
  .action(async (id: string, options: { json?: boolean }) => {
    const { runShow } = await import('./cli/show.js');
    process.exitCode = runShow(await content(), id, options, textOut(options), style());
  });

command('path', 'replay a saved path: the answers given and the node it reaches')
  .argument('<path>', 'a path as the wizard shows it, e.g. no-users-start/no-users-which')
  .option(...json)
  .action(async (path: string, options: { json?: boolean }) => {
    const { runPath } = await import('./cli/path.js');
    process.exitCode = runPath(await content(), path, options, out, style());
  });

command('analyze', 'read provisioning-log files and group the failures by error code, with their remedies')
  .argument('<paths...>', 'log files or folders: portal JSON/CSV download, Graph, Azure Monitor or Log Analytics export')
  .option('--json', 'print the report as JSON (schema: schema/analyze.schema.json)')
  .option('--since <time>', 'only events at or after this time (UTC), e.g. 2024-05-01')
  .option('--until <time>', 'only events at or before this time (UTC)')
  .option('--app <name>', 'only events of this app (part of its name, or its id)')
  .option('--status <list>', 'only events with these statuses: success,failure,skipped,warning')
  .option('--identity <text>', 'only events of identities whose name, sign-in or id contains this')
  .option('--redact', 'replace names, addresses, ids, phone numbers and home folders with placeholders, to share the report')
  .option('--fail-on <list>', 'exit 3 when the report holds events with these statuses: failure,warning,skipped (for CI)')
  .action(async (paths: string[], options: Record<string, string | boolean | undefined>) => {
    const { runAnalyze } = await import('./cli/analyze.js');
    process.exitCode = await runAnalyze(await content(), paths, { ...options, plain: program.opts<GlobalOptions>().plain }, textOut(options));
  });

command('check', 'read an app\'s provisioning setup from the tenant (read-only) and name what is wrong, with remedies')
  .option('--app <name|id>', 'the enterprise app: display name, app id or service principal id')
  .option('--user <upn|id>', 'also check this user: assignment path, state and latest events')
  .option('--token-stdin', 'read a Microsoft Graph access token from standard input')
  .option('--client-id <id>', 'sign in with the device code for this read-only app registration (or PROVISION_DOCTOR_CLIENT_ID)')
  .option('--tenant <id>', 'the tenant to sign in to with --client-id (or PROVISION_DOCTOR_TENANT_ID)')
  .option('--graph-base <url>', 'Microsoft Graph of another cloud, e.g. https://graph.microsoft.us/v1.0', 'https://graph.microsoft.com/v1.0')
  .option('--json', 'print the report as JSON (schema: schema/check.schema.json)')
  .action(async (options: { app?: string; user?: string; tokenStdin?: boolean; clientId?: string; tenant?: string; graphBase: string; json?: boolean }) => {
    const { runCheck } = await import('./cli/check.js');
    process.exitCode = await runCheck(await content(), { ...options, plain: program.opts<GlobalOptions>().plain }, out);
  });

command('validate', 'check a content folder and list every problem as file:line:col')
  .argument('[dir]', 'the content folder (default: --content, else ./content)')
  .option('--json', 'print the problems as JSON')
  .option('--snapshot <dir>', 'the docs heading snapshot that anchors are checked against (default: docs-snapshot beside the content folder)')
  .action(async (dir: string | undefined, options: { json?: boolean; snapshot?: string }) => {
    const { runValidate } = await import('./cli/validate.js');
    process.exitCode = runValidate(dir ?? program.opts<GlobalOptions>().content ?? 'content', { ...options, language: language() }, out);
  });

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

program.parseAsync().catch((error: unknown) => {
  process.exitCode = exitCodeFor(error);
});

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok;
    const problem = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
    const unknownCommand = running === 'provision-doctor' && error.code === 'commander.excessArguments';
    const text = unknownCommand ? `unknown command "${program.args[0]}"` : problem;
    writeError(`${running}: ${text}. Run "${running} --help" for usage.`);
    return ExitCode.usage;
  }
  if (isUserError(error)) {
    writeError(`provision-doctor: ${error.message}`);
    return error.exitCode;
  }
  throw error;
}
