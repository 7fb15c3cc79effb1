import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const content = fileURLToPath(new URL('../fixtures/content-caution', import.meta.url));
const cli = (args: string[], input?: string) => run(['--content', content, ...args], { content: false, ...(input ? { input } : {}) });

/** The caution must stand on its own line and come before the first step, so nobody acts before reading it. */
function cautionBeforeSteps(text: string, caution: string): void {
  const lines = text.split('\n');
  const at = lines.indexOf(`! Caution: ${caution}`);
  expect(at, text).toBeGreaterThan(0);
  expect(lines[at - 1]).toBe('');
  const steps = lines.indexOf('Steps:', at);
  expect(steps, text).toBeGreaterThan(at);
  expect(lines[steps + 1]).toMatch(/^ {2}1\. /);
  expect(lines.slice(0, at).includes('Steps:'), 'no steps before the caution').toBe(false);
}

describe('caution before the steps', () => {
  it('show prints a remedy caution on its own line before the steps', () => {
    const { stdout, status } = cli(['show', 'allow-deletes']);
    expect(status).toBe(0);
    cautionBeforeSteps(stdout, 'Every held-back account is disabled at once; those users lose their app access.');
  });

  it('explain prints a code caution before the steps, and --json carries it', () => {
    const text = cli(['explain', 'StagedDelete']);
    expect(text.status).toBe(0);
    cautionBeforeSteps(text.stdout, 'Allow deletes removes every held-back account at once.');
    const json = JSON.parse(cli(['explain', 'StagedDelete', '--json']).stdout);
    expect(json.caution).toBe('Allow deletes removes every held-back account at once.');
  });

  it('show --json carries a remedy caution; a remedy without one has no caution key', () => {
    expect(JSON.parse(cli(['show', 'allow-deletes', '--json']).stdout)).toMatchObject({ caution: 'Every held-back account is disabled at once; those users lose their app access.' });
    expect(JSON.parse(run(['show', 'assign-users', '--json']).stdout)).not.toHaveProperty('caution');
  });

  it('path shows the caution of the node it leads to', () => {
    const { stdout, status } = cli(['path', 'allow-deletes']);
    expect(status).toBe(0);
    cautionBeforeSteps(stdout, 'Every held-back account is disabled at once; those users lose their app access.');
  });

  it('the --plain dialogue shows the caution before the steps', () => {
    const { stdout, status } = cli(['--plain'], '1\nquit\n');
    expect(status).toBe(0);
    cautionBeforeSteps(stdout, 'Every held-back account is disabled at once; those users lose their app access.');
  });
  it('analyze prints the caution of a failure group before its steps, and --json carries it', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'caution-log-')), 'log.json');
    const event = { id: '1', activityDateTime: '2024-05-01T10:00:00Z', changeId: 'c1', cycleId: 'y1', provisioningAction: 'delete', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'StagedDelete', reason: 'held back' } }, sourceIdentity: { id: 's1', displayName: 'Ann' } };
    writeFileSync(log, JSON.stringify({ value: [event] }));
    const text = cli(['analyze', log]).stdout.split('\n');
    const caution = text.indexOf('    CAUTION: Allow deletes removes every held-back account at once.');
    expect(caution, text.join('\n')).toBeGreaterThan(0);
    expect(text.indexOf('    Steps:')).toBe(caution + 1);
    const json = JSON.parse(cli(['analyze', log, '--json']).stdout);
    expect(json.groups[0].caution).toBe('Allow deletes removes every held-back account at once.');
  });
  it('analyze --redact leaves the caution as the catalogue wrote it, like the steps', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'caution-log-')), 'log.json');
    const event = { id: '1', activityDateTime: '2024-05-01T10:00:00Z', changeId: 'c1', cycleId: 'y1', provisioningAction: 'delete', provisioningStatusInfo: { status: 'failure', errorInformation: { errorCode: 'StagedDelete', reason: 'held back' } }, sourceIdentity: { id: 's1', displayName: 'Allow Deletes' } };
    writeFileSync(log, JSON.stringify({ value: [event] }));
    const text = cli(['analyze', log, '--redact']).stdout;
    expect(text).toContain('    Who: person-1');
    expect(text).toContain('    CAUTION: Allow deletes removes every held-back account at once.');
  });
});
