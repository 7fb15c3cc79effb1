import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PINNED_LOCALE } from './run-cli.js';

// Every example the tool shows (--help) and the README gives is run as written: none can go stale.
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.cjs');

/** A folder with the files the examples name: a downloaded log, a folder of logs, an export. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-examples-'));
  const logs = join(root, 'test/fixtures/logs');
  mkdirSync(join(dir, 'Downloads'));
  cpSync(join(logs, 'portal-download.json'), join(dir, 'ProvisioningLogs.json'));
  cpSync(join(logs, 'portal-download.json'), join(dir, 'Downloads/ProvisioningLogs.json'));
  cpSync(join(logs, 'portal-csv'), join(dir, 'logs'), { recursive: true });
  cpSync(join(logs, 'log-analytics.csv'), join(dir, 'export.csv'));
  symlinkSync(join(root, 'content'), join(dir, 'content'));
  symlinkSync(join(root, 'dist'), join(dir, 'dist'));
  return dir;
}

function helpExamples(): string[] {
  const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE } });
  return [...help.matchAll(/^ {2}(provision-doctor(?: \S+)*?)(?: {2,}.*)?$/gm)].map((m) => m[1]!);
}

function readmeExamples(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => /^(provision-doctor|node dist\/cli\.cjs)\b/.test(line));
}

function runExample(example: string, cwd: string) {
  // In a pipe the wizard examples go on as the dialogue (TERM=dumb), which "quit" ends.
  const command = example.replace(/^provision-doctor\b/, `"${process.execPath}" "${cli}"`).replace(/^node /, `"${process.execPath}" `);
  return spawnSync('sh', ['-c', command], { cwd, input: 'quit\n', encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, HOME: cwd, TERM: 'dumb', CI: '1' } });
}

describe('the examples shown to users', () => {
  const cwd = workspace();

  it('--help shows examples, and each one runs and exits 0', () => {
    const examples = helpExamples();
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const example of examples) {
      const run = runExample(example, cwd);
      expect(run.status, `${example}\n${run.stderr}`).toBe(0);
    }
  });

  it('each example in README.md runs and exits 0', () => {
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) {
      const run = runExample(example, cwd);
      expect(run.status, `${example}\n${run.stderr}`).toBe(0);
    }
  });
});
