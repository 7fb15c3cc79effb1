import type { Messages } from '../i18n/messages.js';

type Words = Messages['report']['problem'];
type Rule = [RegExp, (m: RegExpExecArray, w: Words) => string];

/**
 * The log readers word a file's problems in English as they meet them (src/logs/*), and
 * --json keeps that English. The text report rewords each in the reader's language: the
 * data (numbers, quoted log text, the system's own reasons) is read back out of the English,
 * as usage-error.ts does with commander's messages. A message whose shape is not listed here
 * (a new one, or one redaction changed) keeps its English rather than losing what it says.
 */
const RULES: Rule[] = [
  [/^the file is empty$/, (_, w) => w.fileEmpty],
  [/^empty file \(0 bytes\)$/, (_, w) => w.emptyFile],
  [/^blank file \(only whitespace\)$/, (_, w) => w.blankFile],
  [/^not a text file \(binary data, such as an image or an archive\)$/, (_, w) => w.notText],
  [/^a compressed archive \((gzip|zip)\): unpack it first$/, (m, w) => w.archive(m[1]!)],
  [/^UTF-32 text is not supported: save it as UTF-8 or UTF-16$/, (_, w) => w.utf32],
  [/^byte (\d+) is not UTF-8, though the text before it was: characters there show as "\uFFFD"$/, (m, w) => w.notUtf8(m[1]!)],
  [
    /^CSV: (a quoted cell starting here is not closed within|this row has no line break within) (\d+) MB: skipped to the next line break$/,
    (m, w) => w.csvTooLong(m[1]!.startsWith('a quoted'), m[2]!),
  ],
  [/^no line break in the first (\d+) MB: not a CSV log, skipped$/, (m, w) => w.noLineBreak(m[1]!)],
  [
    /^CSV: the quote opened in the row at line (\d+) is never closed(?:: it takes in the (?:line|(\d+) lines) after it, to the end of the file)?; that row is not counted$/,
    (m, w) => w.quoteNeverClosed(m[1]!, m[0].includes(': it takes in the') ? Number(m[2] ?? 1) : 0),
  ],
  [
    /^CSV: the quote opened in the row at line (\d+) is not closed before line (\d+), which reads as a row of its own: read (?:line (\d+)|lines (\d+)–(\d+)) as one row$/,
    (m, w) => w.quoteNotClosedBefore(m[1]!, m[2]!, m[3] ?? m[4]!, m[3] ?? m[5]!),
  ],
  [/^(?:record (\d+)|the file) is cut off: the file ends inside it$/, (m, w) => w.cutAtEnd(m[1])],
  [/^record (\d+) is larger than (\d+) MB: skipped$/, (m, w) => w.recordTooLarge(m[1]!, m[2]!)],
  [/^record (\d+) is cut off: its line ends inside it \(skipped\)$/, (m, w) => w.recordCut(m[1]!, w.lineEndsInside)],
  [/^record (\d+) is cut off: line (\d+) starts a new record inside it \(skipped\)$/, (m, w) => w.recordCut(m[1]!, w.newRecordInside(m[2]!))],
  [/^unexpected text (?:([\s\S]*) )?outside any record \(skipped\)$/, (m, w) => w.strayText(m[1])],
  [
    /^and (\d+) more places? with unexpected text outside any record, on (?:line (\d+)|lines (\d+) to (\d+)) \(skipped\)$/,
    (m, w) => w.strayMore(Number(m[1]), m[2] ?? m[3]!, m[2] ?? m[4]!),
  ],
  [/^table (\d+) of the query response has no list of named columns: its rows were not read$/, (m, w) => w.tableNoColumns(m[1]!)],
  [/^row (\d+) of table (\d+) is not a list of values: skipped$/, (m, w) => w.rowNotList(m[1]!, m[2]!)],
  [/^the response has more pages \(@odata\.nextLink\) that were not given: their events were not read$/, (_, w) => w.morePages],
  [
    /^the CSV header does not look like a provisioning log(?: \((\d+) columns?: ([\s\S]*)\))?$/,
    (m, w) => (m[1] === undefined ? w.headerNotLog() : w.headerNotLog(Number(m[1]), m[2]!)),
  ],
  [
    /^more than (\d+) step rows with a skip reason or failed step: from row (\d+) on, they are not joined to their events$/,
    (m, w) => w.stepsNotJoined(m[1]!, m[2]!),
  ],
  [/^record (\d+) is not valid JSON( [\s\S]*)?$/, (m, w) => w.notValidJson(m[1]!, m[2] ?? '')],
  [/^record (\d+) could not be read \(([\s\S]*)\): skipped$/, (m, w) => w.couldNotRead(m[1]!, m[2]!)],
  [
    /^the Log Analytics query response is larger than (\d+) MB: it is read whole, so it was skipped \(query a shorter time range, or export as CSV\)$/,
    (m, w) => w.queryTooLarge(m[1]!),
  ],
  [/^an event has no readable time \(counted, but outside --since\/--until\)$/, (_, w) => w.noTime],
  [/^no such file or folder$/, (_, w) => w.noSuchFile],
  [
    /^a part of a portal CSV download, which holds no events itself: its events file \(ProvisioningLogs\.csv\) was not given and is not beside it$/,
    (_, w) => w.csvPart,
  ],
  [/^skipped: a link to nothing$/, (_, w) => w.brokenLink],
  [/^skipped: not a regular file$/, (_, w) => w.notRegular],
  [/^skipped: folders nested this deep are not read$/, (_, w) => w.tooDeep],
  [/^cannot list the folder: ([\s\S]*)$/, (m, w) => w.cannotList(m[1]!)],
  [/^cannot open: ([\s\S]*)$/, (m, w) => w.cannotOpen(m[1]!)],
  [/^reading stopped: ([\s\S]*)$/, (m, w) => w.readingStopped(m[1]!)],
  // A row or a record, with what is wrong with it (the same words after either).
  [/^row (\d+): ([\s\S]*)$/, (m, w) => w.row(m[1]!, whatIsWrong(m[2]!, w))],
  [/^record (\d+) (is not a JSON object|is not a provisioning event \(no status, change ID or time\)|is a provision-on-demand response whose "value" is not readable JSON)$/, (m, w) => w.record(m[1]!, whatIsWrong(m[2]!, w))],
];

/** What a row or a record is said to be, in the reader's words; an unknown one as it came. */
function whatIsWrong(english: string, w: Words): string {
  if (english === 'is not a JSON object') return w.notObject;
  if (english === 'is not a provisioning event (no status, change ID or time)') return w.notEvent;
  if (english === 'is a provision-on-demand response whose "value" is not readable JSON') return w.onDemandValue;
  if (english === 'step row without a change ID') return w.stepNoChangeId;
  const columns = /^only (\d+) of (\d+) columns: cut off\?$/.exec(english);
  return columns ? w.columnsCut(columns[1]!, columns[2]!) : english;
}

/** A problem line's message in the reader's words; English as it is. */
export function problemInWords(english: string, w: Words): string {
  for (const [pattern, word] of RULES) {
    const m = pattern.exec(english);
    if (m) return word(m, w);
  }
  return english;
}
