import { cellBounds } from './csv-text.js';
import { list, obj, str, type Bag } from './fields.js';
import { cleanCode, normaliseAction, normaliseRecord, normaliseStatus, readSteps } from './normalise.js';
import { parseTime, strictIsoAt } from './timestamps.js';
import { quoteRaw } from './raw-text.js';
import type { FormatId, LogEvent } from './types.js';

// Column headers of the portal's CSV download are not documented, so columns are
// recognised by many spellings: "Date (UTC)", "Date", "activityDateTime",
// "TimeGenerated [UTC]" all read as the time. Letters and digits only, any case.

const SYNONYMS = {
  time: ['date', 'datetime', 'activitydatetime', 'activitydate', 'timegenerated', 'timestamp', 'time', 'eventtime'],
  status: ['status', 'resulttype', 'provisioningstatus', 'statusinfostatus', 'provisioningstatusinfostatus', 'result'],
  action: ['action', 'provisioningaction'],
  code: ['errorcode', 'resultsignature', 'statusinfoerrorcode', 'provisioningstatusinfoerrorinformationerrorcode', 'errorinformationerrorcode'],
  reason: ['reason', 'statusreason', 'failurereason', 'errorreason', 'resultdescription', 'statusinforeason', 'errorinformationreason', 'provisioningstatusinfoerrorinformationreason', 'errormessage'],
  details: ['additionaldetails', 'errorinformationadditionaldetails', 'statusinfoadditionaldetails'],
  changeId: ['changeid'],
  cycleId: ['cycleid'],
  jobId: ['jobid'],
  appName: ['serviceprincipalname', 'serviceprincipaldisplayname', 'application', 'applicationname', 'appname'],
  appId: ['serviceprincipalid', 'applicationid', 'appid'],
  sourceId: ['sourceid', 'sourceidentityid', 'sourceobjectid'],
  sourceName: ['sourceidentityname', 'sourceidentitydisplayname', 'sourcedisplayname', 'identity', 'sourcename'],
  sourceType: ['sourceidentitytype', 'identitytype'],
  targetId: ['targetid', 'targetidentityid', 'targetobjectid'],
  targetName: ['targetidentityname', 'targetidentitydisplayname', 'targetdisplayname', 'targetname'],
  principal: ['userprincipalname', 'upn', 'reportableidentifier'],
  stepsJson: ['provisioningsteps'],
  stepName: ['stepname', 'provisioningstepname', 'name'],
  stepType: ['steptype', 'provisioningsteptype', 'type'],
  description: ['description', 'stepdescription'],
  stepDetails: ['details', 'stepdetails'],
  propName: ['displayname', 'propertyname', 'attributename', 'attribute', 'property'],
  oldValue: ['oldvalue'],
  newValue: ['newvalue'],
} as const;

type Column = keyof typeof SYNONYMS;
type Columns = Partial<Record<Column, number>>;

/** "Date (UTC)", "TimeGenerated [UTC]" → "date", "timegenerated". */
function headerKey(header: string): string {
  return header.replace(/[([][^)\]]*[)\]]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

export type RowResult = { kind: 'event'; event: LogEvent } | { kind: 'step'; changeId: string; info: StepInfo } | { kind: 'none' } | { kind: 'problem'; message: string };

export interface StepInfo {
  skipReason?: string;
  failedStep?: string;
}

export interface CsvTable {
  format: FormatId;
  description: string;
  /** `lean`: successes may leave out what only failures, skips and filters need. */
  map(cells: string[], lean: boolean): RowResult;
  /**
   * The lean event of a row without quotes when it is a success, read from the few cells
   * the summary counts; null for any other row, which then goes through `map`.
   */
  leanSuccess?(text: string, start: number, end: number, delimiter: string): LogEvent | null;
}

/**
 * The table for a header; its rows with fewer cells than the header are problems, not
 * events: a file cut off mid-row would otherwise count an event with made-up blanks.
 */
export function classifyHeader(headers: string[]): CsvTable | { error: string } {
  const table = tableFor(headers);
  if ('error' in table) return table;
  const width = headers.length;
  const { map } = table;
  return {
    ...table,
    map: (cells, lean) => (cells.length < width ? { kind: 'problem', message: `only ${cells.length} of ${width} columns: cut off?` } : map(cells, lean)),
  };
}

/** Whether `count` cells start at `from` (one past a separator) before `end`. */
function hasCells(text: string, from: number, end: number, delimiter: string, count: number): boolean {
  if (from > end) return false;
  let at = from;
  for (let c = 1; c < count; c++) {
    const next = text.indexOf(delimiter, at);
    if (next === -1 || next >= end) return false;
    at = next + delimiter.length;
  }
  return true;
}

function tableFor(headers: string[]): CsvTable | { error: string } {
  const keys = headers.map(headerKey);
  const cols: Columns = {};
  for (const [column, names] of Object.entries(SYNONYMS) as Array<[Column, readonly string[]]>) {
    for (const name of names) {
      const at = keys.indexOf(name);
      if (at >= 0) {
        cols[column] = at;
        break;
      }
    }
  }
  const has = (c: Column) => cols[c] !== undefined;
  if (keys.includes('timegenerated') && (keys.includes('resulttype') || keys.includes('provisioningstatusinfo'))) {
    const names = headers.map((h) => h.replace(/\s*[([][^)\]]*[)\]]\s*/g, '').trim());
    return { format: 'log-analytics-csv', description: 'Log Analytics AADProvisioningLogs export (CSV)', map: (cells) => logAnalyticsRow(names, cells) };
  }
  if (has('changeId') && has('oldValue') && has('newValue')) {
    return { format: 'portal-csv-modified-properties', description: 'portal CSV download: modified properties', map: () => ({ kind: 'none' }) };
  }
  if (has('changeId') && (has('stepType') || has('stepName')) && !has('action')) {
    return { format: 'portal-csv-steps', description: 'portal CSV download: provisioning steps', map: (cells) => stepRow(cols, cells) };
  }
  if (has('time') && (has('status') || has('action') || has('code'))) {
    return { format: 'portal-csv-events', description: 'portal CSV download: events', map: eventReader(cols), leanSuccess: leanSuccessReader(cols, headers.length) };
  }
  return { error: `the CSV header does not look like a provisioning log ${quoteRaw(`(${describeColumns(headers)})`)}` };
}

/**
 * A few column names, each cut short: the first line of a file that is not a log may be
 * megabytes long or hold people's names rather than column names.
 */
function describeColumns(headers: string[]): string {
  const shown = headers.slice(0, 5).map((h) => (h.length > 30 ? `${h.slice(0, /[\uD800-\uDBFF]/.test(h.charAt(28)) ? 28 : 29)}…` : h));
  const count = headers.length === 1 ? '1 column' : `${headers.length} columns`;
  return `${count}: ${shown.join(', ')}${headers.length > shown.length ? ', …' : ''}`;
}

function cell(cols: Columns, cells: string[], column: Column): string | undefined {
  const at = cols[column];
  return at === undefined ? undefined : str(cells[at]);
}

function eventReader(cols: Columns): CsvTable['map'] {
  const ix = indexes(cols);
  return (cells, lean) => eventRow(ix, cells, lean);
}

function eventRow(ix: Indexes, cells: string[], lean: boolean): RowResult {
  const status = normaliseStatus(pick(cells, ix.status));
  const event: LogEvent = {
    time: parseTime(pick(cells, ix.time)),
    status,
    action: normaliseAction(pick(cells, ix.action)),
    cycleId: pick(cells, ix.cycleId),
  };
  const appName = pick(cells, ix.appName);
  const appId = pick(cells, ix.appId);
  if (appName || appId) event.app = { id: appId, name: appName };
  // A success only feeds the summary; its other cells are read when a filter needs them.
  if (status === 'success' && lean) return { kind: 'event', event };
  event.errorCode = cleanCode(pick(cells, ix.code));
  event.reason = pick(cells, ix.reason);
  event.additionalDetails = pick(cells, ix.details);
  event.changeId = pick(cells, ix.changeId);
  event.jobId = pick(cells, ix.jobId);
  const sourceId = pick(cells, ix.sourceId);
  const sourceName = pick(cells, ix.sourceName);
  const principal = pick(cells, ix.principal);
  if (sourceId || sourceName || principal) event.source = { id: sourceId, displayName: sourceName, principal, type: pick(cells, ix.sourceType) };
  const targetId = pick(cells, ix.targetId);
  const targetName = pick(cells, ix.targetName);
  if (targetId || targetName) event.target = { id: targetId, displayName: targetName };
  const steps = pick(cells, ix.stepsJson);
  if (steps) readSteps(list(steps), event);
  return { kind: 'event', event };
}

/** Every column's index, -1 when absent: one object shape, read by fixed names per row. */
type Indexes = Record<Column, number>;

function indexes(cols: Columns): Indexes {
  return Object.fromEntries(Object.keys(SYNONYMS).map((c) => [c, cols[c as Column] ?? -1])) as Indexes;
}

function pick(cells: string[], at: number): string | undefined {
  return at < 0 ? undefined : str(cells[at]);
}

// Successes are most rows of a large download: for them only these cells are read from
// the text, without splitting the row or building the event's other fields.
// A short row is left to `map`, which reports it.
function leanSuccessReader(cols: Columns, width: number): CsvTable['leanSuccess'] {
  const at = (c: Column) => cols[c] ?? -1;
  const [status, time, action, cycle, appName, appId, change] = [at('status'), at('time'), at('action'), at('cycleId'), at('appName'), at('appId'), at('changeId')];
  if (status < 0) return undefined;
  const count = Math.max(status, time, action, cycle, appName, appId, change) + 1;
  const starts = new Int32Array(count + 1);
  return (text, start, end, delimiter) => {
    const found = cellBounds(text, start, end, delimiter, starts, count);
    const d = delimiter.length;
    if (found < count || normaliseStatus(cellText(text, starts, found, status, d)) !== 'success') return null;
    if (width > count && !hasCells(text, starts[count]!, end, delimiter, width - count)) return null;
    const event: LogEvent = {
      time: readTime(text, starts, found, time, d),
      status: 'success',
      action: normaliseAction(cellText(text, starts, found, action, d)),
      cycleId: cellText(text, starts, found, cycle, d),
      changeId: cellText(text, starts, found, change, d),
    };
    const name = cellText(text, starts, found, appName, d);
    const id = cellText(text, starts, found, appId, d);
    if (name || id) event.app = { id, name };
    return event;
  };
}

/** Cell `c` of a row whose cells start at `starts`, as `cell` reads it. */
function cellText(text: string, starts: Int32Array, found: number, c: number, delimiterLength: number): string | undefined {
  return c < 0 || c >= found ? undefined : str(text.slice(starts[c]!, starts[c + 1]! - delimiterLength));
}

/** The time in cell `c`: the usual ISO spelling is read in place, others as `parseTime` reads them. */
function readTime(text: string, starts: Int32Array, found: number, c: number, delimiterLength: number): number | null {
  if (c < 0 || c >= found) return null;
  return strictIsoAt(text, starts[c]!, starts[c + 1]! - delimiterLength) ?? parseTime(cellText(text, starts, found, c, delimiterLength));
}

function stepRow(cols: Columns, cells: string[]): RowResult {
  const changeId = cell(cols, cells, 'changeId');
  if (!changeId) return { kind: 'problem', message: 'step row without a change ID' };
  const details = cell(cols, cells, 'stepDetails');
  const step = {
    status: cell(cols, cells, 'status'),
    description: cell(cols, cells, 'description'),
    details: (details && obj(details)) ?? details,
  };
  const probe: LogEvent = { time: null, status: 'other' };
  readSteps([step], probe);
  const info: StepInfo = {};
  if (probe.skipReason) info.skipReason = probe.skipReason;
  if (probe.failedStep) info.failedStep = probe.failedStep;
  return { kind: 'step', changeId, info };
}

function logAnalyticsRow(names: string[], cells: string[]): RowResult {
  // Header names are the file's: no prototype, so a column named "__proto__" is a column like any other.
  const row: Bag = Object.create(null);
  for (let i = 0; i < names.length; i++) if (cells[i] !== undefined && cells[i] !== '') row[names[i]!] = cells[i];
  const result = normaliseRecord(row);
  return result.ok ? { kind: 'event', event: result.event } : { kind: 'problem', message: result.message };
}
