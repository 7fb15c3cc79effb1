// Synthetic provisioning logs for the analyser benchmark, written to .bench/logs/ (gitignored):
//   events.json  a portal-style minified JSON array (default 100,000 events, about 250 MB)
//   events.csv   a portal-style events CSV (default 1,000,000 rows)
// With --big, only events-1gb.json: the same JSON with 360,000 events (about 1 GB),
// for the memory target on a file larger than JSON.parse can read at once.
// Usage: node bench/logs/generate.mjs [events] [csvRows]
//        node bench/logs/generate.mjs --big [events]
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';

const big = process.argv.includes('--big');
const args = process.argv.slice(2).filter((a) => a !== '--big');
const events = Number(args[0] ?? (big ? 360_000 : 100_000));
const csvRows = Number(args[1] ?? 1_000_000);
const dir = new URL('../../.bench/logs/', import.meta.url);
mkdirSync(dir, { recursive: true });

const CODES = ['EntryConflict', 'EntryConflict', 'EntryConflict', 'SalesforceInsufficientRights', 'TooManyRequests', 'InvalidAnchor', 'SchemaAttributeNotFound', 'FrobnicationFailed'];
const ACTIONS = ['create', 'update', 'update', 'update', 'delete', 'disable'];
let seed = 7;
const rand = (n) => ((seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) % n);
const hex = (n, width) => n.toString(16).padStart(width, '0');
const guid = (n) => `${hex(n, 8)}-0000-4000-8000-${hex(n * 7919, 12).slice(-12)}`;
const start = Date.UTC(2024, 4, 1);

function event(i) {
  const roll = rand(100);
  const status = roll < 70 ? 'success' : roll < 85 ? 'skipped' : roll < 98 ? 'failure' : 'warning';
  const code = status === 'failure' ? CODES[rand(CODES.length)] : null;
  const user = rand(20_000);
  const upn = `user${user}@contoso.example`;
  const action = ACTIONS[rand(ACTIONS.length)];
  const time = new Date(start + i * 2500).toISOString().replace('Z', '1234Z');
  const steps = [
    { name: 'EntryImport', provisioningStepType: 'import', status: 'success', description: `Retrieved User '${upn}' from Microsoft Entra ID`, details: { UPN: upn, ObjectId: guid(user), ApplicationId: guid(1), ServicePrincipalId: guid(2) } },
    { name: 'EntrySynchronizationScoping', provisioningStepType: 'scoping', status: status === 'skipped' ? 'skipped' : 'success', description: 'Determine if User in scope by evaluating against each scoping filter', details: status === 'skipped' ? { SkipReason: 'NotEffectivelyEntitled', IsActive: 'True', 'Assigned to the application': 'False' } : { IsActive: 'True', 'Assigned to the application': 'True', IsInProvisioningScope: 'True' } },
    { name: 'EntryImportAdd', provisioningStepType: 'matching', status: 'success', description: `User '${upn}' was not found in Salesforce, matched on userName`, details: { ReportableIdentifier: upn } },
    { name: `EntryExport${action[0].toUpperCase()}${action.slice(1)}`, provisioningStepType: 'export', status: status === 'failure' ? 'failure' : 'success', description: status === 'failure' ? `Failed to ${action} User '${upn}' in Salesforce; the app answered with an error` : `User '${upn}' was ${action}d in Salesforce`, details: { ReportableIdentifier: upn } },
  ];
  return {
    id: guid(i + 1_000_000),
    activityDateTime: time,
    tenantId: guid(9),
    jobId: 'salesforce.5f1c0e3ab1e04a2e9c5b8e7d6a4b3c21.' + guid(9),
    cycleId: guid(Math.floor(i / 5000) + 500_000),
    changeId: guid(i + 2_000_000),
    durationInMilliseconds: 100 + rand(900),
    action: `${action[0].toUpperCase()}${action.slice(1)} user`,
    provisioningAction: action,
    provisioningStatusInfo: { status, errorInformation: code ? { errorCode: code, errorCategory: 'failure', reason: `The operation failed: ${code} for userName ${upn}. The target application rejected the change and returned an error response describing the conflict in detail.`, additionalDetails: 'See the provisioning steps for the request and the response.', recommendedAction: null } : null },
    provisioningSteps: steps,
    modifiedProperties: [
      { displayName: 'accountEnabled', oldValue: null, newValue: 'True' },
      { displayName: 'userName', oldValue: null, newValue: upn },
      { displayName: 'displayName', oldValue: null, newValue: `User ${user}` },
      { displayName: 'mail', oldValue: null, newValue: upn },
      { displayName: 'manager', oldValue: null, newValue: guid(user + 1) },
    ],
    initiatedBy: { id: '', displayName: 'Microsoft Entra ID', initiatorType: 'system' },
    servicePrincipal: { id: guid(2), displayName: 'Salesforce' },
    sourceIdentity: { id: guid(user), displayName: `User ${user}`, identityType: 'User', details: {} },
    targetIdentity: { id: `005${hex(user, 12)}`, displayName: '', identityType: 'User', details: {} },
    sourceSystem: { id: guid(3), displayName: 'Azure Active Directory', details: {} },
    targetSystem: { id: guid(4), displayName: 'Salesforce', details: { ApplicationId: guid(1), ServicePrincipalId: guid(2), ServicePrincipalDisplayName: 'Salesforce' } },
  };
}

async function writeAll(name, lines) {
  const out = createWriteStream(new URL(name, dir));
  let bytes = 0;
  for (const text of lines) {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}

function* json() {
  yield '[';
  for (let i = 0; i < events; i++) yield (i ? ',' : '') + JSON.stringify(event(i));
  yield ']';
}

function* csv() {
  yield 'Date (UTC),Action,Source Identity Name,Source Identity ID,Source Identity Type,Target Identity ID,Service Principal Name,Service Principal ID,Job ID,Cycle ID,Change ID,Status,Error Code,Reason,Duration (ms)\n';
  for (let i = 0; i < csvRows; i++) {
    const e = event(i);
    const info = e.provisioningStatusInfo;
    const reason = info.errorInformation ? `"${info.errorInformation.reason.replace(/"/g, '""')}"` : '';
    yield `${e.activityDateTime},${e.provisioningAction},${e.sourceIdentity.displayName},${e.sourceIdentity.id},User,${e.targetIdentity.id},Salesforce,${e.servicePrincipal.id},${e.jobId},${e.cycleId},${e.changeId},${info.status},${info.errorInformation?.errorCode ?? ''},${reason},${e.durationInMilliseconds}\n`;
  }
}

const jsonName = big ? 'events-1gb.json' : 'events.json';
const jsonBytes = await writeAll(jsonName, json());
console.log(`${jsonName}: ${events} events, ${(jsonBytes / 1e6).toFixed(0)} MB`);
if (big) process.exit(0);
seed = 7;
const csvBytes = await writeAll('events.csv', csv());
console.log(`events.csv: ${csvRows} rows, ${(csvBytes / 1e6).toFixed(0)} MB`);
