import type { Style } from '../cli/style.js';
import { stripControl } from '../text/strip-control.js';
import type { CheckReport } from './check-schema.js';

const MARK = { error: 'x', warning: '!', info: '-' } as const;

/** The check as text: what was checked, the findings worst first with their remedy, and any read that fell short. */
export function renderCheck(report: CheckReport, style: Style): string {
  const clean = (text: string) => stripControl(text);
  const lines: string[] = [];
  const app = report.app.displayName ? `${clean(report.app.displayName)} (${report.app.id})` : report.app.id;
  lines.push(style.heading(`Checked ${app}`) + `, read-only, with a token from ${tokenWords(report.tokenSource)}.`);
  for (const job of report.jobs) {
    const status = [job.status ?? 'status unknown', job.quarantineReason ? `quarantine reason ${job.quarantineReason}` : ''].filter(Boolean).join(', ');
    lines.push(`Job ${clean(job.id)}${job.templateId ? ` (${clean(job.templateId)})` : ''}: ${clean(status)}${job.lastExecution ? `; last cycle began ${clean(job.lastExecution)}` : ''}`);
  }
  if (report.user) lines.push(`User: ${clean(report.user.userPrincipalName ?? report.user.id)}`);
  lines.push('');
  if (report.findings.length === 0) {
    lines.push('No findings: the job, its mappings, the assignments and the recent events show nothing wrong.');
  } else {
    lines.push(style.heading(`Findings (${report.findings.length}), worst first:`));
    report.findings.forEach((finding, i) => {
      lines.push(`${i + 1}. [${MARK[finding.severity]}] ${finding.severity}: ${clean(finding.title)}`);
      for (const fact of finding.facts) lines.push(`     ${clean(fact)}`);
      lines.push(`     remedy: provision-doctor show ${finding.id}`);
      lines.push(`     walk:   provision-doctor --resume ${finding.path}`);
    });
  }
  const shortfalls = report.reads.filter((r) => r.outcome !== 'read');
  if (shortfalls.length > 0) {
    lines.push('', style.heading('Not read in full (the findings above may be incomplete):'));
    for (const r of shortfalls) {
      lines.push(`- ${clean(r.what)}: ${r.outcome}${r.detail ? `, ${clean(r.detail)}` : ''}`);
      if (r.hint) lines.push(`  ${clean(r.hint)}`);
    }
  }
  return lines.join('\n');
}

function tokenWords(source: CheckReport['tokenSource']): string {
  return { environment: 'PROVISION_DOCTOR_GRAPH_TOKEN', stdin: 'standard input', 'azure-cli': 'the Azure CLI', 'device-code': 'a device-code sign-in' }[source];
}
