import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessDelimiter } from '../../src/logs/csv-text.js';
import { sniff } from '../../src/logs/sniff.js';

describe('the CSV separator, decided in one place', () => {
  it('takes Excel’s sep= line, else the most common of comma, semicolon and tab outside quotes', () => {
    expect(guessDelimiter('sep=;')).toBe(';');
    expect(guessDelimiter('Date;Status;"Identity, display name";Action')).toBe(';');
    expect(guessDelimiter('Date\tStatus\tAction')).toBe('\t');
    expect(guessDelimiter('Date,Status,Action')).toBe(',');
  });

  it('the format sniffer reads a semicolon header (Danish or Dutch Excel) as the portal CSV it is', () => {
    const comma = readFileSync('test/fixtures/logs/portal-csv/ProvisioningLogs.csv', 'utf8').split(/\r?\n/)[0]!;
    const format = sniff(Buffer.from(`${comma}\n`));
    expect(format).toBe('portal-csv-events');
    expect(sniff(Buffer.from(`${comma.replaceAll(',', ';')}\n`))).toBe(format);
    expect(sniff(Buffer.from(`sep=;\n${comma.replaceAll(',', ';')}\n`))).toBe(format);
  });
});
