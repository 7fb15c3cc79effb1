import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { problemInWords } from '../../src/cli/analyze-problems.js';
import { messages } from '../../src/i18n/messages.js';
import { run } from '../cli/run-cli.js';

// Every problem the log readers can report, in the English they word it (src/logs/*,
// src/cli/analyze*.ts). The text report rewords each in Danish and Dutch.
const ENGLISH = [
  'the file is empty',
  'empty file (0 bytes)',
  'blank file (only whitespace)',
  'not a text file (binary data, such as an image or an archive)',
  'a compressed archive (gzip): unpack it first',
  'a compressed archive (zip): unpack it first',
  'UTF-32 text is not supported: save it as UTF-8 or UTF-16',
  'byte 12 is not UTF-8, though the text before it was: characters there show as "\uFFFD"',
  'CSV: a quoted cell starting here is not closed within 16 MB: skipped to the next line break',
  'CSV: this row has no line break within 16 MB: skipped to the next line break',
  'no line break in the first 16 MB: not a CSV log, skipped',
  'CSV: the quote opened in the row at line 3 is never closed; that row is not counted',
  'CSV: the quote opened in the row at line 3 is never closed: it takes in the line after it, to the end of the file; that row is not counted',
  'CSV: the quote opened in the row at line 3 is never closed: it takes in the 4 lines after it, to the end of the file; that row is not counted',
  'CSV: the quote opened in the row at line 3 is not closed before line 4, which reads as a row of its own: read line 3 as one row',
  'CSV: the quote opened in the row at line 3 is not closed before line 7, which reads as a row of its own: read lines 3–6 as one row',
  'record 4 is cut off: the file ends inside it',
  'the file is cut off: the file ends inside it',
  'record 2 is larger than 64 MB: skipped',
  'record 2 is cut off: its line ends inside it (skipped)',
  'record 2 is cut off: line 9 starts a new record inside it (skipped)',
  'unexpected text "hello world" outside any record (skipped)',
  'unexpected text outside any record (skipped)',
  'and 1 more place with unexpected text outside any record, on line 8 (skipped)',
  'and 3 more places with unexpected text outside any record, on lines 8 to 12 (skipped)',
  'table 2 of the query response has no list of named columns: its rows were not read',
  'row 3 of table 1 is not a list of values: skipped',
  'the response has more pages (@odata.nextLink) that were not given: their events were not read',
  'the CSV header does not look like a provisioning log (2 columns: name, colour)',
  'the CSV header does not look like a provisioning log (1 column: name (first))',
  'the CSV header does not look like a provisioning log',
  'more than 100000 step rows with a skip reason or failed step: from row 100001 on, they are not joined to their events',
  'row 5: only 3 of 40 columns: cut off?',
  'row 5: step row without a change ID',
  'row 5: is not a provisioning event (no status, change ID or time)',
  'record 7 is not a JSON object',
  'record 7 is not a provisioning event (no status, change ID or time)',
  'record 7 is a provision-on-demand response whose "value" is not readable JSON',
  'record 7 is not valid JSON (Unexpected token } in JSON at position 12)',
  'record 7 is not valid JSON',
  'record 7 could not be read (Maximum call stack size exceeded): skipped',
  'the Log Analytics query response is larger than 64 MB: it is read whole, so it was skipped (query a shorter time range, or export as CSV)',
  'an event has no readable time (counted, but outside --since/--until)',
  'no such file or folder',
  'a part of a portal CSV download, which holds no events itself: its events file (ProvisioningLogs.csv) was not given and is not beside it',
  'skipped: a link to nothing',
  'skipped: not a regular file',
  'skipped: folders nested this deep are not read',
  'cannot list the folder: EACCES',
  'cannot open: EACCES',
  'reading stopped: EIO: i/o error, read',
];

/** Words of these messages that neither Danish nor Dutch writes (record, byte and is they do). */
const ENGLISH_WORDS = /\b(file|row|line|lines|skipped|the|not|cannot|unexpected|outside|table|columns|only|event|quote|folder|read|than|with|and)\b/;
/** The parts that stay as they came: quoted log text, a library's or the system's reason. */
const KEPT = /"hello world"|name, colour|name \(first\)|\(Unexpected token [^)]*\)|\(Maximum call stack size exceeded\)|EACCES|EIO: i\/o error, read|@odata\.nextLink|ProvisioningLogs\.csv|--since\/--until/g;

describe('analyze’s problem lines in the reader’s language', () => {
  it('the English catalogue words every problem exactly as the readers do', () => {
    for (const english of ENGLISH) expect(problemInWords(english, messages('en').report.problem)).toBe(english);
  });

  it.each(['da', 'nl'] as const)('%s: every problem is reworded, with no English left but what came from the file or the system', (language) => {
    const words = messages(language).report.problem;
    for (const english of ENGLISH) {
      const said = problemInWords(english, words);
      expect(said, english).not.toBe(english);
      expect(said.replace(KEPT, ''), english).not.toMatch(ENGLISH_WORDS);
    }
    // What came from the file or the system is kept as it came.
    expect(problemInWords('unexpected text "hello world" outside any record (skipped)', words)).toContain('"hello world"');
    expect(problemInWords('record 7 could not be read (Maximum call stack size exceeded): skipped', words)).toContain('(Maximum call stack size exceeded)');
  });

  it('a message of a shape it does not know keeps its English', () => {
    expect(problemInWords('something new went wrong', messages('da').report.problem)).toBe('something new went wrong');
  });

  it('the report of broken files says what is wrong with each in Danish and Dutch, and in English as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-problems-'));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'blank.json'), '  \n\n');
    writeFileSync(join(dir, 'packed.json'), gzipSync('{}'));
    writeFileSync(join(dir, 'stray.json'), '[{"id": "1", "activityDateTime": "2024-05-01T10:00:00Z", "provisioningStatusInfo": {"status": "success"}}] hello');
    writeFileSync(join(dir, 'other.csv'), 'name,colour\nann,red\n');
    mkdirSync(join(dir, 'deeper'));
    symlinkSync('nowhere', join(dir, 'deeper', 'broken'));
    const report = (lang: string) => {
      const { stdout } = run(['--lang', lang, 'analyze', dir], { content: false });
      return stdout.slice(stdout.lastIndexOf('\n\n') + 2).trimEnd().split('\n');
    };
    const english = report('en');
    expect(english).toEqual(
      expect.arrayContaining([
        `  ${join(dir, 'empty.json')}: empty file (0 bytes)`,
        `  ${join(dir, 'blank.json')}: blank file (only whitespace)`,
        `  ${join(dir, 'packed.json')}: a compressed archive (gzip): unpack it first`,
        `  ${join(dir, 'deeper', 'broken')}: skipped: a link to nothing`,
      ]),
    );
    const danish = report('da');
    expect(danish[0]).toMatch(/^Kunne ikke læse det hele \(\d+ problemer\)$/);
    expect(danish).toEqual(
      expect.arrayContaining([
        `  ${join(dir, 'empty.json')}: tom fil (0 byte)`,
        `  ${join(dir, 'packed.json')}: et komprimeret arkiv (gzip): pak det ud først`,
        `  ${join(dir, 'deeper', 'broken')}: sprunget over: et symbolsk link, der ikke peger på noget`,
      ]),
    );
    const dutch = report('nl');
    expect(dutch).toEqual(expect.arrayContaining([`  ${join(dir, 'blank.json')}: leeg bestand (alleen spaties en regeleinden)`]));
    // Line for line, each problem is said in the reader's language: none is left as the English said it.
    expect(danish.length).toBe(english.length);
    for (const [i, line] of english.entries()) {
      expect(danish[i], line).not.toBe(line);
      expect(dutch[i], line).not.toBe(line);
    }
  });

  it('what the log left out (no action, app, skip reason or identity) is named in the reader’s words; --json keeps the English keys', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pd-left-out-')), 'graph.jsonl');
    writeFileSync(file, '{"id":"1","changeId":"c1","activityDateTime":"2024-05-01T10:00:00Z","provisioningStatusInfo":{"status":"skipped"}}\n');
    const text = (lang: string) => run(['--lang', lang, 'analyze', file], { content: false }).stdout;
    const english = text('en');
    for (const said of [/^Action: +\(none\) 1$/m, /^App: +\(not given\) 1$/m, /^ {2}- \(no reason given\): 1 event/m, /Who: \(unknown identity\)$/m]) expect(english).toMatch(said);
    const danish = text('da');
    for (const said of [/^Handling: +\(ingen\) 1$/m, /^Program: +\(ikke angivet\) 1$/m, /^ {2}- \(ingen årsag angivet\): 1 hændelse/m, /Hvem: \(ukendt identitet\)$/m]) expect(danish).toMatch(said);
    const dutch = text('nl');
    for (const said of ['(geen) 1', '(niet opgegeven) 1', '  - (geen reden opgegeven): 1 gebeurtenis', '(onbekende identiteit)']) expect(dutch).toContain(said);
    const json = JSON.parse(run(['--lang', 'da', 'analyze', file, '--json'], { content: false }).stdout) as { summary: { byApp: Record<string, number> } };
    expect(json.summary.byApp).toEqual({ '(not given)': 1 });
  });
});
