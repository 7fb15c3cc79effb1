import { field, list, obj, path, str, type Bag } from './fields.js';
import { parseTime } from './timestamps.js';
import type { FormatId, Identity, LogEvent, Shape, Status } from './types.js';

export type RecordKind = Extract<FormatId, 'graph' | 'provision-on-demand' | 'azure-monitor' | 'log-analytics-json'>;

export type Normalised =
  | { ok: true; event: LogEvent; kind: RecordKind; shape: Shape }
  | { ok: false; message: string };

// Azure Monitor exports write enums as numbers, in the order of Graph's enum types.
const RESULT_BY_NUMBER: Status[] = ['success', 'failure', 'skipped', 'warning'];
const ACTION_BY_NUMBER = ['other', 'create', 'delete', 'disable', 'update', 'stagedDelete'];
// A Map: the key is log text, and a plain object would answer "constructor" or "__proto__" from its prototype.
const ACTIONS = new Map([
  ['create', 'create'], ['update', 'update'], ['delete', 'delete'], ['disable', 'disable'],
  ['stageddelete', 'stagedDelete'], ['other', 'other'], ['enable', 'enable'],
]);
const NO_CODE = new Set(['', 'none', 'null', '-', '0', 'success']);

// A log repeats a handful of spellings millions of times: remember what each one meant.
const statusCache = new Map<string, Status>();
const actionCache = new Map<string, string | undefined>();
const CACHE_LIMIT = 1000;

export function normaliseStatus(value: unknown): Status {
  if (typeof value === 'number') return RESULT_BY_NUMBER[value] ?? 'other';
  if (typeof value !== 'string') return 'other';
  let status = statusCache.get(value);
  if (status === undefined) {
    status = readStatus(value);
    if (statusCache.size < CACHE_LIMIT) statusCache.set(value, status);
  }
  return status;
}

function readStatus(value: string): Status {
  const s = str(value)?.toLowerCase();
  if (!s) return 'other';
  if (/^\d+$/.test(s)) return RESULT_BY_NUMBER[+s] ?? 'other';
  if (s.startsWith('succe')) return 'success';
  if (s.startsWith('fail') || s === 'error') return 'failure';
  if (s.startsWith('skip')) return 'skipped';
  if (s.startsWith('warn')) return 'warning';
  return 'other';
}

export function normaliseAction(value: unknown): string | undefined {
  if (typeof value === 'number') return ACTION_BY_NUMBER[value] ?? String(value);
  if (typeof value !== 'string') return undefined;
  const known = actionCache.get(value);
  if (known !== undefined || actionCache.has(value)) return known;
  const action = readAction(value);
  if (actionCache.size < CACHE_LIMIT) actionCache.set(value, action);
  return action;
}

function readAction(value: string): string | undefined {
  const s = str(value);
  if (!s) return undefined;
  if (/^\d+$/.test(s)) return ACTION_BY_NUMBER[+s] ?? s;
  // Old beta spells it "Create user"; the first word is the action.
  const first = s.split(/\s+/)[0]!.toLowerCase();
  return ACTIONS.get(first) ?? s;
}

export function cleanCode(value: unknown): string | undefined {
  const s = str(value);
  return s && !NO_CODE.has(s.toLowerCase()) ? s : undefined;
}

/** Turns one parsed JSON record of any supported shape into a LogEvent. */
export function normaliseRecord(record: unknown): Normalised {
  const rec = obj(record);
  if (!rec) return { ok: false, message: 'is not a JSON object' };
  const properties = obj(field(rec, 'properties'));
  if (properties && (field(rec, 'category', 'resourceId', 'operationName', 'time') !== undefined)) {
    return azureMonitor(rec, properties);
  }
  // The category alone says it is a provisioning event, even when the envelope carries
  // little else: its status is unknown ("other"), not a reason to refuse the record.
  if (str(field(rec, 'category'))?.toLowerCase() === 'provisioninglogs') return azureMonitor(rec, properties ?? {});
  const key = field(rec, 'key');
  const value = field(rec, 'value');
  if (typeof key === 'string' && typeof value === 'string' && value.trim().startsWith('{')) return onDemand(key, value);
  if (field(rec, 'TimeGenerated', 'ResultType', 'ResultSignature') !== undefined) {
    return { ok: true, event: graphLike(rec), kind: 'log-analytics-json', shape: 'columns' };
  }
  const hasV1 = field(rec, 'provisioningStatusInfo') !== undefined;
  const hasOld = field(rec, 'statusInfo') !== undefined;
  if (!hasV1 && !hasOld && field(rec, 'changeId', 'activityDateTime', 'provisioningSteps') === undefined) {
    return { ok: false, message: 'is not a provisioning event (no status, change ID or time)' };
  }
  const shape: Shape = hasV1 ? (field(rec, 'action') !== undefined ? 'beta' : 'v1.0') : hasOld ? 'beta-old' : 'v1.0';
  return { ok: true, event: graphLike(rec), kind: 'graph', shape };
}

function azureMonitor(envelope: Bag, properties: Bag): Normalised {
  const event = graphLike(properties);
  // The envelope repeats the essentials as text; prefer it where the payload has numbers or gaps.
  const resultType = field(envelope, 'resultType');
  if (resultType !== undefined && (event.status === 'other' || typeof path(properties, ['provisioningStatusInfo'], ['status']) === 'number')) {
    const fromEnvelope = normaliseStatus(resultType);
    if (fromEnvelope !== 'other') event.status = fromEnvelope;
  }
  event.errorCode ??= cleanCode(field(envelope, 'resultSignature'));
  event.reason ??= str(field(envelope, 'resultDescription'));
  event.time ??= parseTime(field(envelope, 'time'));
  const pascal = Object.keys(properties).some((k) => /^[A-Z]/.test(k));
  return { ok: true, event, kind: 'azure-monitor', shape: pascal ? 'pascal-case' : 'v1.0' };
}

function onDemand(keyText: string, valueText: string): Normalised {
  const result = obj(keyText);
  const body = obj(valueText);
  if (!body) return { ok: false, message: 'is a provision-on-demand response whose "value" is not readable JSON' };
  const event = graphLike(body);
  const resultStatus = normaliseStatus(field(result, 'result'));
  if (event.status === 'other') event.status = resultStatus;
  event.errorCode ??= cleanCode(path(result, ['details'], ['errorCode']));
  event.reason ??= str(path(result, ['details'], ['errorMessage']));
  event.time ??= parseTime(field(body, 'startTime'));
  // Skipped on-demand runs carry their reason as the "error" code (e.g. RedundantExport).
  if (event.status === 'skipped' && !event.skipReason && event.errorCode) event.skipReason = event.errorCode;
  return { ok: true, event, kind: 'provision-on-demand', shape: 'beta-old' };
}

function graphLike(rec: Bag): LogEvent {
  const statusInfo = obj(field(rec, 'provisioningStatusInfo', 'statusInfo'));
  const errorInfo = obj(field(statusInfo, 'errorInformation', 'errorInfo')) ?? statusInfo;
  const event: LogEvent = {
    time: parseTime(field(rec, 'activityDateTime', 'TimeGenerated', 'endTime', 'activityDate', 'date')),
    status: normaliseStatus(field(statusInfo, 'status') ?? field(rec, 'ResultType', 'status')),
    action: normaliseAction(field(rec, 'provisioningAction', 'action')),
    errorCode: cleanCode(field(errorInfo, 'errorCode')) ?? cleanCode(field(rec, 'ResultSignature')),
    reason: str(field(errorInfo, 'reason')) ?? str(field(rec, 'ResultDescription')),
    additionalDetails: str(field(errorInfo, 'additionalDetails')),
    jobId: str(field(rec, 'jobId')),
    cycleId: str(field(rec, 'cycleId')),
    changeId: str(field(rec, 'changeId')),
    source: identity(field(rec, 'sourceIdentity')),
    target: identity(field(rec, 'targetIdentity')),
  };
  const sp = obj(field(rec, 'servicePrincipal'));
  if (sp) event.app = { id: str(field(sp, 'id', 'appId')), name: str(field(sp, 'displayName', 'name')) };
  const reportable = str(field(rec, 'reportableIdentifier'));
  if (reportable && event.source && !event.source.principal) event.source.principal = reportable;
  // Steps matter for skip reasons and failed steps; reading them for every success would double the cost.
  if (event.status === 'failure' || event.status === 'skipped') readSteps(list(field(rec, 'provisioningSteps')), event);
  return event;
}

function identity(value: unknown): Identity | undefined {
  const o = obj(value);
  if (!o) return undefined;
  const details = obj(field(o, 'details'));
  return {
    id: str(field(o, 'id')),
    displayName: str(field(o, 'displayName', 'name')),
    type: str(field(o, 'identityType', 'type')),
    principal: str(field(details, 'UserPrincipalName', 'UPN', 'ReportableIdentifier', 'mail')),
  };
}

const SKIP_IN_TEXT = /SkipReason\W{0,3}([A-Za-z][A-Za-z0-9]+)/;

/** Skip reason and the failing step, from the step list (objects or JSON text). */
export function readSteps(steps: unknown[], event: LogEvent): void {
  for (const raw of steps) {
    const step = obj(raw);
    if (!step) continue;
    const status = normaliseStatus(field(step, 'status'));
    const detailsValue = field(step, 'details');
    const description = str(field(step, 'description'));
    if (!event.skipReason) {
      const fromDetails = str(detailValue(detailsValue, 'SkipReason'));
      const fromText = description && SKIP_IN_TEXT.exec(description)?.[1];
      const fromRawDetails = typeof detailsValue === 'string' ? SKIP_IN_TEXT.exec(detailsValue)?.[1] : undefined;
      event.skipReason = fromDetails ?? fromText ?? fromRawDetails ?? undefined;
    }
    if (status === 'failure' && !event.failedStep && description) event.failedStep = description;
    if (event.source && !event.source.principal) {
      event.source.principal = str(detailValue(detailsValue, 'UPN')) ?? str(detailValue(detailsValue, 'ReportableIdentifier'));
    }
  }
  if (!event.skipReason) delete event.skipReason;
}

/** detailsInfo is an open object; older shapes use a list of { key, value } pairs. */
function detailValue(details: unknown, name: string): unknown {
  if (Array.isArray(details)) {
    const pair = details.find((d) => str(field(d, 'key'))?.toLowerCase() === name.toLowerCase());
    return pair ? field(pair, 'value') : undefined;
  }
  return field(obj(details), name);
}
