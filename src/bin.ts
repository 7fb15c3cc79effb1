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
