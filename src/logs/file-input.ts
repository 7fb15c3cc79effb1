import { clip } from './bounds.js';
import { classifyHeader, type CsvTable, type StepInfo } from './csv-columns.js';
import { CsvReader } from './csv-reader.js';
import { Utf8Normaliser } from './decode.js';
import { JsonSplitter, RECORD_LIMIT, type Container } from './json-splitter.js';
import { fastSuccess } from './fast-path.js';
import { normaliseRecord, type RecordKind } from './normalise.js';
import { opensQueryResponse, queryRows, queryTables } from './query-tables.js';
import { quoteRaw } from './raw-text.js';
import type { FileSummary, FormatId, LogEvent, Problem, Shape } from './types.js';

/** Where a file's readings go: shared by every file of one analysis. */
export interface InputSink {
  event(event: LogEvent, file: string, where: { line?: number; record?: number }): void;
  problem(problem: Problem): void;
  /** Step rows of the portal CSV download, keyed by change ID, for the events file. */
  steps: Map<string, StepInfo>;
  /** Whether successes may skip full parsing (not when a filter needs their identities). */
  fastPath: boolean;
}

/** Reads one file pushed in chunks: picks JSON or CSV from the first bytes, never throws on bad input. */
export class FileInput {
  private readonly normaliser = new Utf8Normaliser((message) => this.problem({ message }));
  private json: JsonSplitter | undefined;
  private csv: CsvReader | undefined;
  private table: CsvTable | undefined;
  /** The first bytes, held until there are enough to tell what the file is. */
  private sniffed: Buffer[] = [];
  private sniffedLength = 0;
  private decided = false;
  private bytesIn = 0;
  private container: Container | undefined;
  private readonly kinds = new Map<RecordKind, number>();
  private readonly shapes = new Set<Shape>();
  /** Where a Graph page gave an @odata.nextLink: the response it belongs to has more pages. */
  private nextLinkLine: number | undefined;
  private stepsFull = false;
  /** The file opens as a Log Analytics query API response ({"tables": [...]}), read as one document. */
  private queryResponse = false;
  readonly summary: FileSummary;

  constructor(
    readonly file: string,
    private readonly sink: InputSink,
  ) {
    this.summary = { file, format: 'unknown', description: 'not a provisioning log', shapes: [], encoding: 'utf-8', records: 0, problems: 0 };
  }

  write(chunk: Buffer): void {
    this.bytesIn += chunk.length;
    // A file already refused (empty, binary, not a log, or a CSV reader that gave up) is not decoded further.
    if (this.done) return;
    const bytes = this.normaliser.write(chunk);
    if (this.normaliser.refused) return this.refuse(this.normaliser.refused);
    this.route(bytes);
  }

  /** A file refused from its first bytes: one line says what it is, and nothing more is read. */
  private refuse(message: string): void {
    if (this.decided) return;
    this.decided = true;
    this.sniffed = [];
    this.problem({ message });
  }

  /** Whether the rest of the file can be left unread. */
  get done(): boolean {
    return (this.decided && !this.json && !this.csv) || (this.csv?.skipping ?? false);
  }

  end(): void {
    const bytes = this.normaliser.end();
    if (this.normaliser.refused) this.refuse(this.normaliser.refused);
    else this.route(bytes);
    if (!this.decided) this.choose();
    this.json?.end();
    this.csv?.end();
    this.summary.encoding = this.normaliser.encoding ?? 'utf-8';
    this.summary.shapes = [...this.shapes];
    if (this.json) this.describeJson();
  }

  /** A Graph page, and whether it links to a next page. */
  get page(): { linksOn: boolean } | undefined {
    return this.container === 'value' ? { linksOn: this.nextLinkLine !== undefined } : undefined;
  }

  /** Says that this page's next page was not among the files read. */
  nextPageMissing(): void {
    this.problem({ line: this.nextLinkLine, message: 'the response has more pages (@odata.nextLink) that were not given: their events were not read' });
  }

  private route(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.json) return this.json.write(bytes);
    if (this.csv) return this.csv.write(bytes);
    if (this.decided) return;
    // Copied: the caller may reuse its read buffer for the next chunk.
    this.sniffed.push(Buffer.from(bytes));
    this.sniffedLength += bytes.length;
    if (this.sniffedLength >= SNIFF_BYTES) this.choose();
  }

  /** Picks the reader from the first bytes, or refuses a file with nothing to read in one line. */
  private choose(): void {
    this.decided = true;
    const all = Buffer.concat(this.sniffed);
    this.sniffed = [];
    const first = all.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
    if (first < 0) {
      this.problem({ message: this.bytesIn === 0 ? 'empty file (0 bytes)' : 'blank file (only whitespace)' });
    } else if (looksBinary(all)) {
      this.problem({ message: 'not a text file (binary data, such as an image or an archive)' });
    } else if (all[first] === 0x5b || all[first] === 0x7b) {
      this.queryResponse = opensQueryResponse(all.toString('utf8', first, first + 64));
      this.json = new JsonSplitter({
        record: (text, index, line) => this.guarded(index, line, () => this.jsonRecord(text, index, line), undefined),
        problem: (message, line, record) => this.problem({ message: this.queryResponse && /larger than/.test(message) ? QUERY_TOO_LARGE : message, line, record }),
        container: (kind) => (this.container ??= kind),
        nextLink: (line) => (this.nextLinkLine ??= line),
      });
      this.json.write(all);
    } else {
      this.startCsv(all);
    }
  }

  private startCsv(first: Buffer): void {
    this.csv = new CsvReader({
      header: (cells, line) => {
        const table = classifyHeader(cells);
        if ('error' in table) {
          // One line says what the file is not; its rows would only add noise.
          this.problem({ line, message: table.error });
          this.csv?.stop();
        }
        else {
          this.table = table;
          this.summary.format = table.format;
          this.summary.description = table.description;
          this.shapes.add('columns');
        }
      },
      plainRow: (text, start, end, rowNo) => this.guarded(rowNo, undefined, () => this.csvPlainRow(text, start, end, rowNo), true),
      row: (cells, rowNo, line) => this.guarded(rowNo, line, () => this.csvRow(cells, rowNo, line), undefined),
      problem: (message, line, record) => this.problem({ message, line, record }),
    });
    this.csv.write(first);
  }

  /** A success row read from a few cells of its text; false: read the whole row. */
  private csvPlainRow(text: string, start: number, end: number, rowNo: number): boolean {
    const read = this.sink.fastPath ? this.table?.leanSuccess : undefined;
    const event = read ? read(text, start, end, this.csv!.delimiter) : null;
    if (!event) return false;
    this.summary.records++;
    this.sink.event(event, this.file, { record: rowNo });
    return true;
  }

  private csvRow(cells: string[], rowNo: number, line: number): void {
    if (!this.table) return;
    const result = this.table.map(cells, this.sink.fastPath);
    if (result.kind === 'event') {
      const { event } = result;
      const joined = event.changeId ? this.sink.steps.get(event.changeId) : undefined;
      if (joined) {
        event.skipReason ??= joined.skipReason;
        event.failedStep ??= joined.failedStep;
      }
      this.summary.records++;
      this.sink.event(event, this.file, { record: rowNo });
    } else if (result.kind === 'step') {
      this.summary.records++;
      if (result.info.skipReason || result.info.failedStep) {
        const known = this.sink.steps.get(result.changeId);
        if (known || this.sink.steps.size < STEPS_HELD) {
          const failedStep = result.info.failedStep && clip(result.info.failedStep);
          this.sink.steps.set(result.changeId, { ...result.info, ...(failedStep ? { failedStep } : {}), ...known });
        } else if (!this.stepsFull) {
          this.stepsFull = true;
          this.problem({ line, record: rowNo, message: `more than ${STEPS_HELD} step rows with a skip reason or failed step: from row ${rowNo} on, they are not joined to their events` });
        }
      }
    } else if (result.kind === 'none') {
      this.summary.records++;
    } else {
      this.problem({ line, record: rowNo, message: `row ${rowNo}: ${result.message}` });
    }
  }

  private jsonRecord(text: string, index: number, line: number): void {
    const fast = this.sink.fastPath && !this.queryResponse ? fastSuccess(text) : null;
    if (fast) {
      this.kinds.set('graph', (this.kinds.get('graph') ?? 0) + 1);
      this.shapes.add(fast.shape);
      this.summary.records++;
      this.sink.event(fast.event, this.file, { line, record: index });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      parsed = parseLenient(text);
      if (parsed === undefined) {
        this.problem({ line, record: index, message: `record ${index} is not valid JSON ${quoteRaw(`(${(error as Error).message.split('\n')[0]})`)}` });
        return;
      }
    }
    const tables = this.queryResponse ? queryTables(parsed) : undefined;
    if (tables) return this.queryRecords(tables, line);
    this.normalised(parsed, index, line);
  }

  /** The rows of a query API response, numbered as records from 1 across its tables. */
  private queryRecords(tables: unknown[], line: number): void {
    let rowNo = 0;
    for (const record of queryRows(tables, (message) => this.problem({ line, message }))) {
      rowNo++;
      this.guarded(rowNo, line, () => this.normalised(record, rowNo, line), undefined);
    }
  }

  private normalised(parsed: unknown, index: number, line: number): void {
    const result = normaliseRecord(parsed);
    if (!result.ok) {
      this.problem({ line, record: index, message: `record ${index} ${result.message}` });
      return;
    }
    this.kinds.set(result.kind, (this.kinds.get(result.kind) ?? 0) + 1);
    this.shapes.add(result.shape);
    this.summary.records++;
    this.sink.event(result.event, this.file, { line, record: index });
  }

  /**
   * Reads one record so that whatever goes wrong inside it is that record's problem, with
   * its number, and reading goes on at the next one: one bad record never ends the file.
   */
  private guarded<T>(record: number, line: number | undefined, read: () => T, failed: T): T {
    try {
      return read();
    } catch (error) {
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
      this.problem({ line, record, message: `record ${record} could not be read (${why}): skipped` });
      return failed;
    }
  }

  private describeJson(): void {
    const kind = [...this.kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const [format, description] = kind === 'log-analytics-json' && this.queryResponse ? QUERY_FORMAT : jsonFormat(kind, this.container);
    this.summary.format = format;
    this.summary.description = description;
  }

  private problem(p: Omit<Problem, 'file'>): void {
    this.summary.problems++;
    this.sink.problem({ file: this.file, ...p });
  }
}

/** Step rows held to join to their events (those with a skip reason or a failed step): memory stays bounded. */
const STEPS_HELD = 200_000;

const QUERY_FORMAT: [FormatId, string] = ['log-analytics-json', 'Log Analytics query API response (JSON "tables")'];
/** The response is read as one document, so it is bounded like one record. */
const QUERY_TOO_LARGE = `the Log Analytics query response is larger than ${RECORD_LIMIT >> 20} MB: it is read whole, so it was skipped (query a shorter time range, or export as CSV)`;

/** Bytes looked at before choosing a reader. */
const SNIFF_BYTES = 1024;

/**
 * Control bytes other than tabs and line breaks are rare in text (a stray NUL in a log
 * is not enough) and common in images, archives and other binary data.
 */
function looksBinary(head: Buffer): boolean {
  let controls = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  return controls * 50 > head.length;
}

function jsonFormat(kind: RecordKind | undefined, container: Container | undefined): [FormatId, string] {
  if (!kind) return ['unknown', 'JSON without provisioning events'];
  if (kind === 'provision-on-demand') return ['provision-on-demand', 'provision-on-demand response'];
  if (kind === 'azure-monitor') {
    return ['azure-monitor', `Azure Monitor diagnostic export (${container === 'lines' ? 'JSON lines' : container === 'records' ? '"records" array' : 'array'})`];
  }
  if (kind === 'log-analytics-json') return ['log-analytics-json', 'Log Analytics AADProvisioningLogs export (JSON)'];
  if (container === 'value') return ['graph', 'Microsoft Graph auditLogs/provisioning page'];
  if (container === 'array') return ['portal-json', 'portal JSON download'];
  return ['graph', 'Microsoft Graph provisioning events (one per line)'];
}

/** Some published samples carry trailing commas inside objects; JSON.parse rejects them. */
function parseLenient(text: string): unknown {
  const fixed = text.replace(/("(?:[^"\\]|\\.)*")|,(\s*[}\]])/g, (m, quoted: string | undefined, close: string | undefined) => quoted ?? close ?? m);
  if (fixed === text) return undefined;
  try {
    return JSON.parse(fixed);
  } catch {
    return undefined;
  }
}
