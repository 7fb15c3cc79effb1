import type { Content } from '../content/model.js';
import { findingsEn, type FindingsWords } from '../i18n/findings-words.js';
import { messages } from '../i18n/messages.js';
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
  // The titles and facts are in the language the content was loaded in; ids stay as they are.
  const w = messages(content.language).findings;
  const found: Finding[] = [];
  const add = (finding: Finding) => {
    if (content.nodes[finding.id]) found.push(finding);
  };
  if (read.jobs.ok) {
    if (read.jobs.value.length === 0) {
      add({ severity: 'error', id: 'setup-no-automatic-mode', title: w.noJob, facts: [] });
    }
    for (const { job, schema } of read.jobs.value) {
      for (const f of jobFindings(job, codes, w)) add(f);
      if (schema.ok) for (const f of schemaFindings(schema.value, w)) add(f);
      const report = reports.byJob.get(job.id);
      if (report) for (const f of eventFindings(report, w.forJob(job.id), w)) add(f);
    }
  }
  if (read.assignments.ok) for (const f of assignmentFindings(read.assignments.value, w)) add(f);
  if (read.user?.ok && read.assignments.ok) {
    for (const f of userFindings(read.user.value, read.assignments.value, w)) add(f);
    if (reports.user) for (const f of eventFindings(reports.user, w.thisUser, w)) add(f);
  }
  return found.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function codeId(codes: CodeIndex, code: string | undefined): string {
  if (!code) return 'unknown-error-code';
  return codes.lookup(code).match?.entry.id ?? 'unknown-error-code';
}

export function jobFindings(job: SyncJob, codes: CodeIndex, w: FindingsWords = findingsEn): Finding[] {
  const status = job.status ?? {};
  const name = w.job(job.id, job.templateId);
  const out: Finding[] = [];
  const quarantine = status.quarantine;
  if (status.code === 'Quarantine' || (quarantine?.reason && status.code !== 'Active')) {
    const reason = quarantine?.reason || 'Unknown';
    const facts = [
      w.reason(reason),
      ...(happened(quarantine?.seriesBegan) ? [w.quarantineSince(quarantine.seriesBegan)] : []),
      ...(happened(quarantine?.nextAttempt) ? [w.nextAttempt(quarantine.nextAttempt)] : []),
      ...(quarantine?.seriesCount ? [w.timesQuarantined(quarantine.seriesCount)] : []),
      ...(quarantine?.error?.code ? [w.error(quarantine.error.code, quarantine.error.message)] : []),
    ];
    out.push({ severity: 'error', id: QUARANTINE_REMEDY[reason] ?? 'no-users-quarantine', title: w.inQuarantine(name, reason), facts });
    if (quarantine?.error?.code) {
      out.push({ severity: 'error', id: codeId(codes, quarantine.error.code), title: w.errorBehindQuarantine(quarantine.error.code), facts: [] });
    }
  } else if (status.code === 'Paused') {
    out.push({ severity: 'error', id: 'no-users-status-off', title: w.paused(name), facts: [] });
  } else if (status.code === 'NotRun' || status.code === 'NotConfigured') {
    out.push({ severity: 'error', id: 'setup-start-cycle', title: w.neverRun(name, status.code), facts: [] });
  } else if (status.code === 'Active' && !happened(status.steadyStateFirstAchievedTime)) {
    out.push({ severity: 'info', id: 'no-users-initial-cycle', title: w.initialCycle(name), facts: [] });
  }
  const last = status.lastExecution;
  if (last?.error?.code || (status.countSuccessiveCompleteFailures ?? 0) > 0) {
    const facts = [
      ...(last?.error?.code ? [w.error(last.error.code, last.error.message)] : []),
      ...(happened(last?.timeBegan) ? [w.began(last.timeBegan)] : []),
      ...((status.countSuccessiveCompleteFailures ?? 0) > 0 ? [w.failedInARow(status.countSuccessiveCompleteFailures ?? 0)] : []),
    ];
    out.push({ severity: 'error', id: codeId(codes, last?.error?.code ?? undefined), title: w.lastCycleFailed(name), facts });
  }
  if (status.escrowsPruned) {
    out.push({
      severity: 'warning',
      id: 'encountered-escrow-proportion-threshold',
      title: w.escrowsPruned(name),
      facts: [],
    });
  }
  return out;
}

const isUserMapping = (m: ObjectMapping) => /^user$/i.test(m.sourceObjectName ?? '');
const isGroupMapping = (m: ObjectMapping) => /^group$/i.test(m.sourceObjectName ?? '');

export function schemaFindings(schema: SyncSchema, w: FindingsWords = findingsEn): Finding[] {
  const mappings = (schema.synchronizationRules ?? []).flatMap((rule) => rule.objectMappings ?? []);
  const out: Finding[] = [];
  for (const mapping of mappings.filter(isUserMapping)) {
    const name = mapping.name ?? w.theUserMapping;
    if (mapping.enabled === false) {
      out.push({ severity: 'error', id: 'setup-mappings', title: w.mappingOff(name), facts: [] });
      continue;
    }
    const matching = (mapping.attributeMappings ?? [])
      .filter((a) => (a.matchingPriority ?? 0) > 0)
      .sort((a, b) => (a.matchingPriority ?? 0) - (b.matchingPriority ?? 0));
    if (matching.length === 0) {
      out.push({ severity: 'error', id: 'setup-mappings', title: w.noMatching(name), facts: [] });
    } else {
      const facts = matching.map((a) => w.matching(a.matchingPriority, a.source?.expression ?? w.noSource, a.targetAttributeName ?? '?'));
      out.push({ severity: 'info', id: 'wrong-users-matching-takeover', title: w.howMatched, facts });
    }
    const clauses = describeScope(mapping.scope, w);
    if (clauses.length > 0) {
      out.push({ severity: 'warning', id: 'no-users-scoping-filter', title: w.scopingFilter, facts: clauses });
    }
    const flows = (mapping.flowTypes ?? 'Add, Update, Delete').split(',').map((s) => s.trim().toLowerCase());
    const missing = ['update', 'delete'].filter((flow) => !flows.includes(flow));
    if (missing.length > 0) {
      out.push({ severity: 'warning', id: 'wrong-users-not-removed', title: w.actionsLeaveOut(missing, missing.includes('update')), facts: [w.actions(mapping.flowTypes ?? '')] });
    }
    const active = (mapping.attributeMappings ?? []).find((a) => /^(active|isactive)$/i.test(a.targetAttributeName ?? ''));
    if (active && !/IsSoftDeleted/i.test(active.source?.expression ?? '')) {
      out.push({
        severity: 'warning',
        id: 'wrong-users-not-removed',
        title: w.notFromSoftDeleted(active.targetAttributeName ?? ''),
        facts: [w.mappedFrom(active.source?.expression)],
      });
    }
  }
  for (const mapping of mappings.filter(isGroupMapping)) {
    if (mapping.enabled === false) {
      out.push({ severity: 'info', id: 'groups-members-missing', title: w.groupProvisioningOff, facts: [] });
    }
  }
  return out;
}

function describeScope(scope: ScopeFilter | null | undefined, w: FindingsWords): string[] {
  return (scope?.groups ?? []).flatMap((group, i) =>
    (group.clauses ?? []).map(
      (c) => `${w.filter} ${i + 1}${group.name ? ` "${group.name}"` : ''}: ${c.sourceOperandName ?? '?'} ${c.operatorName ?? '?'} ${(c.targetOperand?.values ?? []).join(', ')}`.trim(),
    ),
  );
}

export function assignmentFindings(assignments: AppRoleAssignment[], w: FindingsWords = findingsEn): Finding[] {
  if (assignments.length === 0) {
    return [{ severity: 'error', id: 'no-users-not-assigned', title: w.nobodyAssigned, facts: [] }];
  }
  const groups = assignments.filter((a) => a.principalType === 'Group');
  const users = assignments.filter((a) => a.principalType === 'User');
  const out: Finding[] = [];
  const facts = [w.assignedCounts(users.length, groups.length), ...groups.slice(0, 10).map((g) => w.group(g.principalDisplayName ?? g.principalId ?? '?'))];
  if (groups.length > 0) out.push({ severity: 'info', id: 'no-users-group-assignment', title: w.groupsAssigned, facts });
  if (assignments.every((a) => a.appRoleId === DEFAULT_ACCESS)) {
    out.push({ severity: 'info', id: 'no-users-default-access', title: w.defaultAccess, facts: [] });
  }
  return out;
}

export function userFindings(read: UserRead, assignments: AppRoleAssignment[], w: FindingsWords = findingsEn): Finding[] {
  const { user } = read;
  const who = user.userPrincipalName ?? user.id;
  const out: Finding[] = [];
  if (user.accountEnabled === false) {
    out.push({ severity: 'error', id: 'no-users-disabled-user', title: w.disabled(who), facts: [] });
  }
  const direct = assignments.some((a) => a.principalId === user.id);
  const assignedGroups = new Map(assignments.filter((a) => a.principalType === 'Group').map((a) => [a.principalId, a.principalDisplayName ?? a.principalId]));
  const viaGroup = okValue(read.directGroups)?.filter((g) => assignedGroups.has(g.id)) ?? [];
  const viaNested = okValue(read.allGroups)?.filter((g) => assignedGroups.has(g.id) && !viaGroup.some((d) => d.id === g.id)) ?? [];
  if (direct) {
    out.push({ severity: 'info', id: 'no-users-not-assigned', title: w.assignedDirectly(who), facts: [] });
  } else if (viaGroup.length > 0) {
    out.push({ severity: 'info', id: 'no-users-group-assignment', title: w.assignedViaGroup(who), facts: viaGroup.map((g) => w.group(g.displayName ?? g.id)) });
  } else if (viaNested.length > 0) {
    out.push({
      severity: 'error',
      id: 'no-users-nested-groups',
      title: w.onlyNested(who),
      facts: viaNested.map((g) => w.reachedThroughNesting(g.displayName ?? g.id)),
    });
  } else if (read.directGroups.ok && read.allGroups.ok) {
    out.push({ severity: 'error', id: 'no-users-not-assigned', title: w.notAssigned(who), facts: [] });
  }
  return out;
}

const okValue = <T>(read: Read<T>): T | undefined => (read.ok ? read.value : undefined);

/** Failure and skip groups from the log analyser, as findings (the analyser already matched them to the catalogue). */
export function eventFindings(report: Report, whose: string, w: FindingsWords = findingsEn): Finding[] {
  const failures = report.groups.flatMap((g): Finding[] =>
    g.remedyId
      ? [{ severity: 'error', id: g.remedyId, title: w.failedEvents(g.count, whose, g.code ?? w.noErrorCode), facts: [g.reason ? w.reason(g.reason) : '', g.last ? w.last(g.last) : ''].filter(Boolean) }]
      : [],
  );
  const skips = report.skipped.flatMap((s): Finding[] =>
    s.remedyId ? [{ severity: 'warning', id: s.remedyId, title: w.skippedEvents(s.count, whose, s.reason), facts: s.last ? [w.last(s.last)] : [] }] : [],
  );
  return [...failures, ...skips];
}
