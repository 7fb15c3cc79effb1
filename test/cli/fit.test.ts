import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fitToWidth } from '../../src/cli/fit.js';
import { cli, PINNED_LOCALE } from './run-cli.js';

describe('text fitted to the terminal', () => {
  it('wraps between words under the text of a label, a step number or a dash; never breaks a word or an address', () => {
    const url = 'https://learn.microsoft.com/en-us/entra/identity/monitoring-health/howto-analyze-provisioning-logs#error-codes';
    const text = ['What it means: The service tried to write an attribute value that another object holds.', '  1. Go to Entra admin center > Entra ID > Enterprise apps.', `    ${url}`].join('\n');
    expect(fitToWidth(text, 40).split('\n')).toEqual([
      'What it means: The service tried to',
      '               write an attribute value',
      '               that another object',
      '               holds.',
      '  1. Go to Entra admin center > Entra ID',
      '     > Enterprise apps.',
      `    ${url}`,
    ]);
  });

  it('explain, show and codes fit their text to a 60-column terminal', () => {
    for (const args of [['explain', 'EntryConflict'], ['show', 'no-users-quarantine'], ['codes']]) {
      const run = spawnSync('script', ['-qec', `stty cols 60 rows 200; "${process.execPath}" "${cli}" ${args.join(' ')}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...PINNED_LOCALE, NO_COLOR: '1' } });
      const lines = run.stdout.replace(/\r/g, '').split('\n');
      // Only a word wider than the terminal (an address, a very long code) may be wider.
      const long = lines.filter((line) => line.length > 60 && /\S\s+\S/.test(line.trim()));
      expect(long, args.join(' ')).toEqual([]);
    }
  });
});
