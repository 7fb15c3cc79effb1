import type { Content } from '../content/model.js';
import type { CodeIndex } from '../engine/lookup.js';
import type { Report } from '../logs/report.js';
import type { AppRoleAssignment, ObjectMapping, ScopeFilter, SyncJob, SyncSchema } from './graph-types.js';
import type { Read, TenantRead, UserRead } from './read-tenant.js';

export type Severity = 'error' | 'warning' | 'info';

/** One thing the check found, mapped to the content: `id` is the remedy or code entry the wizard opens. */
export interface Finding {
  severity: Severity;
  id: string;
  title: string;
  facts: string[];
}

/** Reads the log analyser ran over the events Graph returned: one report per job (and for the user). */
export interface EventReports {
  byJob: Map<string, Report>;
  user?: Report;
}

const DEFAULT_ACCESS = '00000000-0000-0000-0000-000000000000';
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Graph writes "0001-01-01T00:00:00Z" for a time that never happened. */
const happened = (time: string | undefined | null): time is string => typeof time === 'string' && time !== '' && !time.startsWith('0001-');

const QUARANTINE_REMEDY: Record<string, string> = {
  EncounteredEscrowProportionThreshold: 'encountered-escrow-proportion-threshold',
  EncounteredBaseEscrowThreshold: 'encountered-escrow-proportion-threshold',
  EncounteredTotalEscrowThreshold: 'encountered-escrow-proportion-threshold',
  EncounteredQuarantineException: 'encountered-quarantine-exception',
  QuarantinedOnDemand: 'quarantine-on-demand',
};

/** Every finding, worst first. Pure: Graph's JSON and the analyser's reports in, content ids out. */
export function findingsFor(read: TenantRead, reports: EventReports, codes: CodeIndex, content: Content): Finding[] {
  const found: Finding[] = [];
  const add = (finding: Finding) => {
    if (content.nodes[finding.id]) found.push(finding);
  };
  if (read.jobs.ok) {
    if (read.jobs.value.length === 0) {
      add({ severity: 'error', id: 'setup-no-automatic-mode', title: 'The app has no provisioning job: automatic provisioning was never set up for it', facts: [] });
    }
    for (const { job, schema } of read.jobs.value) {
      for (const f of jobFindings(job, codes)) add(f);
      if (schema.ok) for (const f of schemaFindings(schema.value)) add(f);
      const report = reports.byJob.get(job.id);
      if (report) for (const f of eventFindings(report, `job ${job.id}`)) add(f);
    }
  }
  if (read.assignments.ok) for (const f of assignmentFindings(read.assignments.value)) add(f);
  if (read.user?.ok && read.assignments.ok) {
    for (const f of userFindings(read.user.value, read.assignments.value)) add(f);
    if (reports.user) for (const f of eventFindings(reports.user, 'this user')) add(f);
  }
  return found.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function codeId(codes: CodeIndex, code: string | undefined): string {
  if (!code) return 'unknown-error-code';
  return codes.lookup(code).match?.entry.id ?? 'unknown-error-code';
}

export function jobFindings(job: SyncJob, codes: CodeIndex): Finding[] {
  const status = job.status ?? {};
  const name = `Job ${job.id}${job.templateId ? ` (${job.templateId})` : ''}`;
  const out: Finding[] = [];
  const quarantine = status.quarantine;
  if (status.code === 'Quarantine' || (quarantine?.reason && status.code !== 'Active')) {
    const reason = quarantine?.reason || 'Unknown';
    const facts = [
      `reason: ${reason}`,
      ...(happened(quarantine?.seriesBegan) ? [`in quarantine since ${quarantine.seriesBegan}`] : []),
      ...(happened(quarantine?.nextAttempt) ? [`next attempt: ${quarantine.nextAttempt}`] : []),
      ...(quarantine?.seriesCount ? [`times quarantined in this series: ${quarantine.seriesCount}`] : []),
      ...(quarantine?.error?.code ? [`error: ${quarantine.error.code}${quarantine.error.message ? ` - ${quarantine.error.message}` : ''}`] : []),
    ];
    out.push({ severity: 'error', id: QUARANTINE_REMEDY[reason] ?? 'no-users-quarantine', title: `${name} is in quarantine (${reason})`, facts });
    if (quarantine?.error?.code) {
      out.push({ severity: 'error', id: codeId(codes, quarantine.error.code), title: `The error behind the quarantine: ${quarantine.error.code}`, facts: [] });
    }
  } else if (status.code === 'Paused') {
    out.push({ severity: 'error', id: 'no-users-status-off', title: `${name} is paused: Provisioning Status is Off`, facts: [] });
  } else if (status.code === 'NotRun' || status.code === 'NotConfigured') {
    out.push({ severity: 'error', id: 'setup-start-cycle', title: `${name} has never run (${status.code})`, facts: [] });
  } else if (status.code === 'Active' && !happened(status.steadyStateFirstAchievedTime)) {
    out.push({ severity: 'info', id: 'no-users-initial-cycle', title: `${name} has not finished its initial cycle yet`, facts: [] });
  }
  const last = status.lastExecution;
  if (last?.error?.code || (status.countSuccessiveCompleteFailures ?? 0) > 0) {
    const facts = [
      ...(last?.error?.code ? [`error: ${last.error.code}${last.error.message ? ` - ${last.error.message}` : ''}`] : []),
      ...(happened(last?.timeBegan) ? [`began: ${last.timeBegan}`] : []),
      ...((status.countSuccessiveCompleteFailures ?? 0) > 0 ? [`failed ${status.countSuccessiveCompleteFailures} times in a row`] : []),
    ];
    out.push({ severity: 'error', id: codeId(codes, last?.error?.code ?? undefined), title: `${name}: the last cycle failed`, facts });
  }
  if (status.escrowsPruned) {
    out.push({
      severity: 'warning',
      id: 'encountered-escrow-proportion-threshold',
      title: `${name}: object errors were pruned during the initial cycle, and the job waits for them to be cleaned up`,
      facts: [],
    });
  }
  return out;
}

const isUserMapping = (m: ObjectMapping) => /^user$/i.test(m.sourceObjectName ?? '');
const isGroupMapping = (m: ObjectMapping) => /^group$/i.test(m.sourceObjectName ?? '');

export function schemaFindings(schema: SyncSchema): Finding[] {
  const mappings = (schema.synchronizationRules ?? []).flatMap((rule) => rule.objectMappings ?? []);
  const out: Finding[] = [];
  for (const mapping of mappings.filter(isUserMapping)) {
    const name = mapping.name ?? 'the user mapping';
    if (mapping.enabled === false) {
      out.push({ severity: 'error', id: 'setup-mappings', title: `The user mapping is off (Enabled: No): "${name}"`, facts: [] });
      continue;
    }
    const matching = (mapping.attributeMappings ?? [])
      .filter((a) => (a.matchingPriority ?? 0) > 0)
      .sort((a, b) => (a.matchingPriority ?? 0) - (b.matchingPriority ?? 0));
    if (matching.length === 0) {
      out.push({ severity: 'error', id: 'setup-mappings', title: `The user mapping has no matching attribute: "${name}"`, facts: [] });
    } else {
      const facts = matching.map((a) => `matching ${a.matchingPriority}: ${a.source?.expression ?? '(no source)'} -> ${a.targetAttributeName ?? '?'}`);
      out.push({ severity: 'info', id: 'wrong-users-matching-takeover', title: 'How users are matched to accounts in the app', facts });
    }
    const clauses = describeScope(mapping.scope);
    if (clauses.length > 0) {
      out.push({ severity: 'warning', id: 'no-users-scoping-filter', title: 'A scoping filter limits which users are provisioned', facts: clauses });
    }
    const flows = (mapping.flowTypes ?? 'Add, Update, Delete').split(',').map((s) => s.trim().toLowerCase());
    const missing = ['update', 'delete'].filter((flow) => !flows.includes(flow));
    if (missing.length > 0) {
      out.push({ severity: 'warning', id: 'wrong-users-not-removed', title: `Target object actions leave out ${missing.join(' and ')}: users are not ${missing.includes('update') ? 'updated or disabled' : 'deleted'} in the app`, facts: [`actions: ${mapping.flowTypes}`] });
    }
    const active = (mapping.attributeMappings ?? []).find((a) => /^(active|isactive)$/i.test(a.targetAttributeName ?? ''));
    if (active && !/IsSoftDeleted/i.test(active.source?.expression ?? '')) {
      out.push({
        severity: 'warning',
        id: 'wrong-users-not-removed',
        title: `"${active.targetAttributeName}" is not mapped from IsSoftDeleted: unassigned or deleted users may stay active in the app`,
        facts: [`mapped from: ${active.source?.expression ?? '(a constant or nothing)'}`],
      });
    }
  }
  for (const mapping of mappings.filter(isGroupMapping)) {
    if (mapping.enabled === false) {
      out.push({ severity: 'info', id: 'groups-members-missing', title: 'Group provisioning is off: groups and their memberships are not sent to the app', facts: [] });
    }
  }
  return out;
}

function describeScope(scope: ScopeFilter | null | undefined): string[] {
  return (scope?.groups ?? []).flatMap((group, i) =>
    (group.clauses ?? []).map(
      (c) => `filter ${i + 1}${group.name ? ` "${group.name}"` : ''}: ${c.sourceOperandName ?? '?'} ${c.operatorName ?? '?'} ${(c.targetOperand?.values ?? []).join(', ')}`.trim(),
    ),
  );
}

export function assignmentFindings(assignments: AppRoleAssignment[]): Finding[] {
  if (assignments.length === 0) {
    return [{ severity: 'error', id: 'no-users-not-assigned', title: 'Nobody is assigned to the app: with the scope "Sync only assigned users and groups" nothing is provisioned', facts: [] }];
  }
  const groups = assignments.filter((a) => a.principalType === 'Group');
  const users = assignments.filter((a) => a.principalType === 'User');
  const out: Finding[] = [];
  const facts = [`${users.length} user${users.length === 1 ? '' : 's'} and ${groups.length} group${groups.length === 1 ? '' : 's'} assigned`, ...groups.slice(0, 10).map((g) => `group: ${g.principalDisplayName ?? g.principalId}`)];
  if (groups.length > 0) out.push({ severity: 'info', id: 'no-users-group-assignment', title: 'Groups are assigned: their direct members are in scope, members of nested groups are not', facts });
  if (assignments.every((a) => a.appRoleId === DEFAULT_ACCESS)) {
    out.push({ severity: 'info', id: 'no-users-default-access', title: 'Every assignment uses the Default Access role', facts: [] });
  }
  return out;
}

export function userFindings(read: UserRead, assignments: AppRoleAssignment[]): Finding[] {
  const { user } = read;
  const who = user.userPrincipalName ?? user.id;
  const out: Finding[] = [];
  if (user.accountEnabled === false) {
    out.push({ severity: 'error', id: 'no-users-disabled-user', title: `${who} is disabled (account enabled: false) and is not provisioned`, facts: [] });
  }
  const direct = assignments.some((a) => a.principalId === user.id);
  const assignedGroups = new Map(assignments.filter((a) => a.principalType === 'Group').map((a) => [a.principalId, a.principalDisplayName ?? a.principalId]));
  const viaGroup = okValue(read.directGroups)?.filter((g) => assignedGroups.has(g.id)) ?? [];
  const viaNested = okValue(read.allGroups)?.filter((g) => assignedGroups.has(g.id) && !viaGroup.some((d) => d.id === g.id)) ?? [];
  if (direct) {
    out.push({ severity: 'info', id: 'no-users-not-assigned', title: `${who} is assigned to the app directly`, facts: [] });
  } else if (viaGroup.length > 0) {
    out.push({ severity: 'info', id: 'no-users-group-assignment', title: `${who} is assigned through a group`, facts: viaGroup.map((g) => `group: ${g.displayName ?? g.id}`) });
  } else if (viaNested.length > 0) {
    out.push({
      severity: 'error',
      id: 'no-users-nested-groups',
      title: `${who} is only in an assigned group through a nested group, which provisioning does not expand`,
      facts: viaNested.map((g) => `assigned group reached through nesting: ${g.displayName ?? g.id}`),
    });
  } else if (read.directGroups.ok && read.allGroups.ok) {
    out.push({ severity: 'error', id: 'no-users-not-assigned', title: `${who} is not assigned to the app, directly or through a group`, facts: [] });
  }
  return out;
}

const okValue = <T>(read: Read<T>): T | undefined => (read.ok ? read.value : undefined);

/** Failure and skip groups from the log analyser, as findings (the analyser already matched them to the catalogue). */
export function eventFindings(report: Report, whose: string): Finding[] {
  const failures = report.groups.flatMap((g): Finding[] =>
    g.remedyId
      ? [{ severity: 'error', id: g.remedyId, title: `${g.count} failed event${g.count === 1 ? '' : 's'} for ${whose}: ${g.code ?? 'no error code'}`, facts: [g.reason ? `reason: ${g.reason}` : '', g.last ? `last: ${g.last}` : ''].filter(Boolean) }]
      : [],
  );
  const skips = report.skipped.flatMap((s): Finding[] =>
    s.remedyId ? [{ severity: 'warning', id: s.remedyId, title: `${s.count} skipped event${s.count === 1 ? '' : 's'} for ${whose}: ${s.reason}`, facts: s.last ? [`last: ${s.last}`] : [] }] : [],
  );
  return [...failures, ...skips];
}
