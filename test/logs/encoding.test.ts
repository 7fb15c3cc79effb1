import { describe, expect, it } from 'vitest';
import { Utf8Normaliser } from '../../src/logs/decode.js';
import { analyse } from './helpers.js';

// Danish/Dutch Excel saves "CSV (semicolon separated)" in Windows-1252, not UTF-8.
// Without a BOM, the first non-ASCII bytes decide, wherever in the file they come.

const HEADER = 'Date (UTC);Action;Source Identity Name;Service Principal Name;Status;Error Code;Reason\r\n';
const row = (minute: number, who: string, reason: string) => `2024-05-01T10:${String(minute % 60).padStart(2, '0')}:00Z;Create;${who};Løn og Personale;Failure;EntryConflict;${reason}\r\n`;

/** Windows-1252 bytes: Latin-1 for these letters, plus the euro sign and the en dash at 0x80 and 0x96. */
function cp1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c === '–' ? 0x96 : c.charCodeAt(0))));
}

const asciiRows = (n: number) => Array.from({ length: n }, (_, i) => row(i, `user ${i}`, 'in use')).join('').replace(/Løn/g, 'Lon');

describe('Windows-1252 CSV', () => {
  const text = HEADER + row(0, 'Søren Ærøskøbing', 'Værdien søren@contoso.dk er allerede i brug – 5 €');

  it.each([1, 2, 3, 64, 1 << 20])('reads names as written and says which encoding it read (chunks of %i bytes)', (chunkSize) => {
    const report = analyse({ 'ProvisioningLogs.csv': cp1252(text) }, { chunkSize });
    expect(report.summary.files[0]).toMatchObject({ encoding: 'windows-1252', records: 1, problems: 0 });
    expect(report.summary.byApp).toEqual({ 'Løn og Personale': 1 });
    expect(report.groups[0]!.reason).toBe('Værdien søren@contoso.dk er allerede i brug – 5 €');
    expect(analyse({ 'ProvisioningLogs.csv': cp1252(text) }, { chunkSize, filter: { identity: 'søren' } }).summary.records).toBe(1);
  });

  it('is recognised when the first non-ASCII byte comes over a megabyte into the file', () => {
    const late = cp1252(HEADER + asciiRows(20_000) + row(0, 'Søren Ærøskøbing', 'x'));
    expect(late.length).toBeGreaterThan(1 << 20);
    const report = analyse({ 'late.csv': late }, { chunkSize: 64 << 10 });
    expect(report.summary.files[0]).toMatchObject({ encoding: 'windows-1252', records: 20_001, problems: 0 });
    expect(analyse({ 'late.csv': late }, { chunkSize: 64 << 10, filter: { identity: 'ærøskøbing' } }).summary.records).toBe(1);
  });
});

describe('UTF-8 without a BOM', () => {
  it.each([1, 2, 3, 64])('stays UTF-8 with characters cut between chunks (chunks of %i bytes)', (chunkSize) => {
    const report = analyse({ 'utf8.csv': Buffer.from(HEADER + row(0, 'Søren 😀 Ærøskøbing', 'x')) }, { chunkSize });
    expect(report.summary.files[0]).toMatchObject({ encoding: 'utf-8', records: 1, problems: 0 });
    expect(analyse({ 'utf8.csv': Buffer.from(HEADER + row(0, 'Søren 😀 Ærøskøbing', 'x')) }, { chunkSize, filter: { identity: 'søren 😀' } }).summary.records).toBe(1);
  });

  it('reports once where a later byte is not UTF-8, and still reads every row', () => {
    const head = Buffer.from(HEADER + row(0, 'Søren', 'x') + asciiRows(3000));
    const bad = Buffer.concat([head, cp1252(row(1, 'Åse', 'x') + row(2, 'Øjvind', 'x'))]);
    const report = analyse({ 'mixed.csv': bad }, { chunkSize: 4096 });
    expect(report.summary.files[0]).toMatchObject({ encoding: 'utf-8', records: 3003 });
    expect(report.problems.map((p) => p.message)).toEqual([`byte ${head.length + 29} is not UTF-8, though the text before it was: characters there show as "\uFFFD"`]);
  });

  it('a character cut short by the end of the file decides as any other byte', () => {
    const utf8 = new Utf8Normaliser();
    expect(Buffer.concat([utf8.write(Buffer.from('abcd\xc3', 'latin1')), utf8.end()]).toString()).toBe('abcdÃ');
    expect(utf8.encoding).toBe('windows-1252');
    const problems: string[] = [];
    const late = new Utf8Normaliser((m) => problems.push(m));
    expect(Buffer.concat([late.write(Buffer.from('abcdé')), late.write(Buffer.from([0xc3])), late.end()]).toString()).toBe('abcdé\uFFFD');
    expect([late.encoding, problems]).toEqual(['utf-8', ['byte 7 is not UTF-8, though the text before it was: characters there show as "\uFFFD"']]);
  });
});
