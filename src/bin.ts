import { Command, CommanderError } from 'commander';
import { ExitCode, UserError } from './cli/exit-codes.js';
import { loadContent } from './cli/load-content.js';

declare const PACKAGE_VERSION: string;

const out = (text: string) => process.stdout.write(`${text}\n`);

const program = new Command()
  .name('provision-doctor')
  .description('Find the cause of a Microsoft Entra ID app provisioning problem, the remedy and the docs to read.')
  .version(PACKAGE_VERSION, '-v, --version')
  .option('--content <dir>', 'read the knowledge from YAML in this folder (for content authors)')
  .showSuggestionAfterError()
  .exitOverride()
  .configureOutput({ outputError: () => {} });

program.action(async () => {
  const options = program.opts<{ content?: string }>();
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      'the wizard needs an interactive terminal; without one use: provision-doctor explain <code>, validate [dir] (see --help)',
    );
  }
  const content = await loadContent(options.content);
  const { runWizard } = await import('./tui/run-wizard.js');
  await runWizard(content);
});

program
  .command('explain')
  .description('explain provisioning-log error codes (exact, alias, any case, app- or SCIM-prefixed)')
  .argument('<code...>', 'one or more error codes, e.g. EntryConflict')
  .option('--json', 'print JSON instead of text')
  .action(async (codes: string[], options: { json?: boolean }) => {
    const { runExplain } = await import('./cli/explain.js');
    process.exitCode = runExplain(await loadContent(program.opts().content), codes, options, out);
  });

program
  .command('analyze')
  .description('read provisioning-log files and group the failures by error code, with their remedies')
  .argument('<paths...>', 'log files or folders: portal JSON/CSV download, Graph, Azure Monitor or Log Analytics export')
  .option('--json', 'print the report as JSON')
  .option('--since <time>', 'only events at or after this time (UTC), e.g. 2024-05-01')
  .option('--until <time>', 'only events at or before this time (UTC)')
  .option('--app <name>', 'only events of this app (part of its name, or its id)')
  .option('--status <list>', 'only events with these statuses: success,failure,skipped,warning')
  .option('--identity <text>', 'only events of identities whose name, sign-in or id contains this')
  .option('--redact', 'replace names, emails and ids with placeholders, to share the report')
  .action(async (paths: string[], options: Record<string, string | boolean | undefined>) => {
    const { runAnalyze } = await import('./cli/analyze.js');
    process.exitCode = await runAnalyze(await loadContent(program.opts().content), paths, options, out);
  });

program
  .command('validate')
  .description('check a content folder and list every problem as file:line:col')
  .argument('[dir]', 'the content folder', 'content')
  .option('--json', 'print the problems as JSON')
  .action(async (dir: string, options: { json?: boolean }) => {
    const { runValidate } = await import('./cli/validate.js');
    process.exitCode = runValidate(dir, options, out);
  });

try {
  await program.parseAsync();
} catch (error) {
  process.exitCode = exitCodeFor(error);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok;
    process.stderr.write(`provision-doctor: ${error.message.replace(/^error: /, '')}\nRun "provision-doctor --help" for usage.\n`);
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    process.stderr.write(`provision-doctor: ${error.message}\n`);
    return error.exitCode;
  }
  throw error;
}
