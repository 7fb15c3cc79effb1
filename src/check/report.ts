import type { Content } from '../content/model.js';
import { CodeIndex } from '../engine/lookup.js';
import { routeTo } from '../engine/route.js';
import { analyseTexts } from '../logs/analysis.js';
import type { Report } from '../logs/report.js';
import type { CheckReport } from './check-schema.js';
import { findingsFor, type EventReports } from './findings.js';
import type { Token } from './auth.js';
import type { EventPages, Read, TenantRead } from './read-tenant.js';

/** The whole check as data: what was read, how completely, and the findings mapped to the content. */
export function buildCheckReport(content: Content, read: TenantRead, graphBase: string, token: Token['source']): CheckReport {
  const reports: EventReports = { byJob: new Map() };
  if (read.jobs.ok) {
    for (const { job, events } of read.jobs.value) {
      const report = analysed(content, events);
      if (report) reports.byJob.set(job.id, report);
    }
  }
  if (read.user?.ok) reports.user = analysed(content, read.user.value.events);
  const findings = findingsFor(read, reports, new CodeIndex(content), content).map((f) => ({ ...f, path: routeTo(content, f.id) }));
  return {
    graphBase,
    tokenSource: token,
    app: { id: read.app.id, appId: read.app.appId ?? null, displayName: read.app.displayName ?? null },
    jobs: read.jobs.ok
      ? read.jobs.value.map(({ job }) => ({
          id: job.id,
          templateId: job.templateId ?? null,
          status: job.status?.code ?? null,
          quarantineReason: job.status?.quarantine?.reason || null,
          lastExecution: job.status?.lastExecution?.timeBegan ?? null,
        }))
      : [],
    user: read.user?.ok ? { id: read.user.value.user.id, userPrincipalName: read.user.value.user.userPrincipalName ?? null } : null,
    findings: dedupe(findings),
    reads: readNotes(read),
  };
}

function analysed(content: Content, events: Read<EventPages>): Report | undefined {
  if (!events.ok) return undefined;
  const files = Object.fromEntries(events.value.pages.map((page, i) => [`graph:auditLogs/provisioning page ${i + 1}`, page]));
  return analyseTexts(content, files);
}

/** The same remedy found twice for the same reason says it once. */
function dedupe<T extends { id: string; title: string }>(findings: T[]): T[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}\u0000${f.title}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function readNotes(read: TenantRead): CheckReport['reads'] {
  const notes: CheckReport['reads'] = [];
  const note = (what: string, r: Read<unknown>) =>
    notes.push(
      r.ok
        ? { what, outcome: r.partial ? 'partial' : 'read', detail: r.partial ?? null, hint: null }
        : { what: r.failure.what, outcome: 'failed', detail: r.failure.message, hint: r.failure.hint ?? null },
    );
  note('provisioning jobs', read.jobs);
  if (read.jobs.ok) {
    for (const { job, schema, events } of read.jobs.value) {
      note(`job ${job.id}: schema (mappings and scoping filters)`, schema);
      note(`job ${job.id}: recent provisioning events`, events);
    }
  }
  note('users and groups assigned to the app', read.assignments);
  if (read.user) {
    note('the user', read.user);
    if (read.user.ok) {
      note("the user's groups", read.user.value.directGroups);
      note("the user's nested groups", read.user.value.allGroups);
      note("the user's provisioning events", read.user.value.events);
    }
  }
  return notes;
}
