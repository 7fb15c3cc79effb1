import type { Style } from '../cli/style.js';
import { messages } from '../i18n/messages.js';
import { readPhrase } from '../i18n/phrases.js';
import { stripControl } from '../text/strip-control.js';
import type { CheckReport } from './check-schema.js';
import { networkInWords } from './network-words.js';

const MARK = { error: 'x', warning: '!', info: '-' } as const;

/**
 * The check as text, in `language` (English when none): what was checked, the findings worst
 * first with their remedy, and any read that fell short. Ids, codes and commands stay as typed.
 */
export function renderCheck(report: CheckReport, style: Style, language?: string): string {
  const w = messages(language).check;
  const clean = (text: string) => stripControl(text);
  const lines: string[] = [];
  const app = report.app.displayName ? `${clean(report.app.displayName)} (${report.app.id})` : report.app.id;
  lines.push(style.heading(w.checked(app)) + w.readOnly(w.token[report.tokenSource]));
  for (const job of report.jobs) {
    const status = [job.status ?? w.statusUnknown, job.quarantineReason ? w.quarantineReason(job.quarantineReason) : ''].filter(Boolean).join(', ');
    lines.push(`${w.job} ${clean(job.id)}${job.templateId ? ` (${clean(job.templateId)})` : ''}: ${clean(status)}${job.lastExecution ? clean(w.lastCycleBegan(job.lastExecution)) : ''}`);
  }
  if (report.user) lines.push(`${w.user}: ${clean(report.user.userPrincipalName ?? report.user.id)}`);
  lines.push('');
  if (report.findings.length === 0) {
    lines.push(w.noFindings);
  } else {
    lines.push(style.heading(w.findingsHeading(report.findings.length)));
    // The two commands line up whatever the labels' length in the language.
    const width = Math.max(w.remedy.length, w.walk.length) + 2;
    const label = (l: string) => `${l}:`.padEnd(width);
    report.findings.forEach((finding, i) => {
      lines.push(`${i + 1}. [${MARK[finding.severity]}] ${w.severity[finding.severity]}: ${clean(finding.title)}`);
      for (const fact of finding.facts) lines.push(`     ${clean(fact)}`);
      lines.push(`     ${label(w.remedy)}provision-doctor show ${finding.id}`);
      lines.push(`     ${label(w.walk)}provision-doctor --resume ${finding.path}`);
    });
  }
  const shortfalls = report.reads.filter((r) => r.outcome !== 'read');
  if (shortfalls.length > 0) {
    lines.push('', style.heading(w.notReadInFull));
    for (const r of shortfalls) {
      lines.push(`- ${clean(readPhrase(r.what, language))}: ${w.outcome[r.outcome]}${r.detail ? `, ${clean(networkInWords(r.detail, w.network))}` : ''}`);
      if (r.hint) lines.push(`  ${clean(readPhrase(r.hint, language))}`);
    }
  }
  return lines.join('\n');
}
