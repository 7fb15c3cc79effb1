import type { Affected, FailureGroup, Report } from '../logs/report.js';

// Plain text, URLs in full: reads well in a terminal, a ticket and a screen reader.
// Every log string in the report was cleaned of control sequences before it got here.

const when = (t: string | null) => (t ? t.replace('T', ' ') : 'unknown time');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function renderReport(report: Report): string {
  const lines: string[] = [];
  summary(report, lines);
  failures(report, lines);
  skipped(report, lines);
  warnings(report, lines);
  problems(report, lines);
  return lines.join('\n');
}

function summary({ summary: s }: Report, lines: string[]): void {
  lines.push(`Read ${plural(s.files.length, 'file')}`);
  for (const f of s.files) {
    const extra = [f.encoding !== 'utf-8' ? f.encoding : '', f.problems ? plural(f.problems, 'problem') : ''].filter(Boolean).join(', ');
    lines.push(`  ${f.file}: ${f.description}, ${plural(f.records, f.format.startsWith('portal-csv-') && f.format !== 'portal-csv-events' ? 'row' : 'event')}${extra ? ` (${extra})` : ''}`);
  }
  lines.push('');
  const range = s.timeRange ? ` from ${when(s.timeRange.first)} to ${when(s.timeRange.last)}` : '';
  lines.push(`${plural(s.records, 'event')}${range}`);
  if (s.filteredOut > 0) lines.push(`  (${s.filteredOut} more left out by the filters, ${s.recordsRead} read)`);
  if (s.duplicates.events > 0) lines.push(`  (${plural(s.duplicates.events, 'more event appears', 'more events appear')} in more than one file, or twice in one: the same change ID, counted once)`);
  if (s.duplicates.checkStopped) lines.push('  (so many change IDs that events after the first 1,000,000 were counted without checking for repeats)');
  const statuses = Object.entries(s.byStatus).filter(([, n]) => n > 0);
  lines.push(`Status:  ${statuses.map(([k, n]) => `${n} ${k}`).join(' · ') || 'none'}`);
  lines.push(`Action:  ${top(s.byAction, s.actionsNotShown.distinct)}`);
  lines.push(`App:     ${top(s.byApp, s.appsNotShown.distinct)}`);
  const latest = s.byCycle[0];
  const cycles = s.byCycle.length + s.cyclesNotShown;
  lines.push(`Cycles:  ${cycles}${latest ? ` (latest ${latest.cycleId}: ${plural(latest.count, 'event')}, ${plural(latest.failures, 'failure')}, ${when(latest.first)} to ${when(latest.last)})` : ''}`);
}

function top(counts: Record<string, number>, notShown: number, limit = 6): string {
  const entries = Object.entries(counts);
  if (entries.length === 0) return 'none';
  const shown = entries.slice(0, limit).map(([k, n]) => `${k} ${n}`);
  const more = entries.length - Math.min(limit, entries.length) + notShown;
  if (more > 0) shown.push(`${more} more`);
  return shown.join(' · ');
}

/** The line that says how many groups were left out, to keep the report bounded. */
function notShownLine(n: { distinct: number; events: number; atLeast?: true }, what: string, indent: string): string[] {
  return n.distinct > 0 ? [`${indent}and ${n.atLeast ? 'at least ' : ''}${plural(n.distinct, `more ${what}`, `more ${what}s`)} (${plural(n.events, 'event')}) not shown`] : [];
}

function who(a: Affected): string {
  const more = a.identities.count - a.identities.sample.length;
  return `${a.identities.sample.join(', ')}${more > 0 ? ` and ${a.identities.atLeast ? 'at least ' : ''}${more} more` : ''}`;
}

function failures(report: Report, lines: string[]): void {
  if (report.groups.length === 0 && report.groupsNotShown.distinct === 0) {
    lines.push('', 'No failures.');
    return;
  }
  const more = report.groupsNotShown;
  const total = report.groups.reduce((n, g) => n + g.count, more.events);
  lines.push('', `Failures by error code (${plural(total, 'event')}, ${more.atLeast ? 'at least ' : ''}${plural(report.groups.length + more.distinct, 'code')})`);
  // The general advice for codes not in the catalogue is the same entry each time: its steps are printed once.
  let adviceAt = 0;
  report.groups.forEach((g, i) => {
    lines.push('', `${String(i + 1).padStart(2)}. ${g.code ?? '(no error code)'}: ${plural(g.count, 'event')}, ${identities(g)}, ${when(g.first)} to ${when(g.last)}`);
    lines.push(`    Catalogue: ${catalogueLine(g)}`);
    if (g.reason) lines.push(`    Reason: ${g.reason}`);
    else if (g.failedStep) lines.push(`    Failed step: ${g.failedStep}`);
    lines.push(`    Who: ${who(g)}`);
    if (!g.matchedAs && adviceAt > 0) {
      lines.push(`    Steps: the general advice, as under ${adviceAt}.`);
      return;
    }
    if (!g.matchedAs) adviceAt = i + 1;
    // As in show and explain: nobody reaches a harmful step without reading who it affects.
    if (g.caution) lines.push(`    CAUTION: ${g.caution}`);
    if (g.steps.length > 0) {
      lines.push('    Steps:');
      g.steps.forEach((step, k) => lines.push(`      ${k + 1}. ${step}`));
    }
    if (g.links.length > 0) {
      lines.push('    Read:');
      for (const link of g.links) lines.push(`      - ${link.title}`, `        ${link.url}`);
    }
  });
  lines.push(...notShownLine(more, 'code', ''));
  const unknown = report.groups.flatMap((g, i) => (g.matchedAs ? [] : [{ g, n: i + 1 }]));
  if (unknown.length > 0) {
    // The reason text is in the group above: said once.
    lines.push('', 'Codes not in the catalogue');
    for (const { g, n } of unknown) {
      const hint = g.suggestions.length > 0 ? ` Did you mean: ${g.suggestions.join(', ')}?` : '';
      lines.push(`  - ${g.code ?? '(no error code)'} (group ${n}, ${plural(g.count, 'event')})${hint}`);
    }
  }
}

function identities(a: Affected): string {
  return `${a.identities.atLeast ? 'at least ' : ''}${plural(a.identities.count, 'identity', 'identities')}`;
}

function catalogueLine(g: FailureGroup): string {
  if (!g.matchedAs) return `not in the catalogue; general advice: ${g.title ?? 'none'}`;
  const how = g.matchedAs === 'code' ? '' : g.matchedAs === 'alias' ? ` (the log's "${g.code}" is an alias)` : ` (${g.note})`;
  return `${g.catalogueCode}${how}: ${g.title}`;
}

function warnings(report: Report, lines: string[]): void {
  if (report.warnings.length === 0 && report.warningsNotShown.distinct === 0) return;
  lines.push('', 'Warnings, by code');
  for (const g of report.warnings) {
    lines.push(`  - ${g.code ?? '(no code)'}: ${plural(g.count, 'event')}, ${identities(g)}, ${when(g.first)} to ${when(g.last)}`);
    if (g.reason) lines.push(`    Reason: ${g.reason}`);
    lines.push(`    Who: ${who(g)}`);
    // Without a code there is no catalogue entry to point to.
    if (!g.code) continue;
    lines.push(`    Catalogue: ${catalogueLine(g)}`);
    for (const link of g.links) lines.push(`    Read: ${link.title}`, `      ${link.url}`);
  }
  lines.push(...notShownLine(report.warningsNotShown, 'code', '  '));
}

function skipped(report: Report, lines: string[]): void {
  if (report.skipped.length === 0 && report.skippedNotShown.distinct === 0) return;
  lines.push('', 'Skipped, by skip reason');
  for (const s of report.skipped) {
    lines.push(`  - ${s.reason}: ${plural(s.count, 'event')}, ${identities(s)}, ${when(s.first)} to ${when(s.last)}`);
    lines.push(`    ${s.meaning ?? 'This reason is not in the catalogue.'}`);
    lines.push(`    Who: ${who(s)}`);
    for (const link of s.links) lines.push(`    Read: ${link.title}`, `      ${link.url}`);
  }
  lines.push(...notShownLine(report.skippedNotShown, 'reason', '  '));
}

function problems(report: Report, lines: string[]): void {
  const total = report.problems.length + report.problemsNotShown;
  if (total === 0) return;
  lines.push('', `Could not read everything (${plural(total, 'problem')})`);
  for (const p of report.problems) {
    const where = p.line ? `${p.file}:${p.line}` : p.record ? `${p.file}, record ${p.record}` : p.file;
    lines.push(`  ${where}: ${p.message}${p.count && p.count > 1 ? ` (${p.count} times; the first is here)` : ''}`);
  }
  if (report.problemsNotShown > 0) lines.push(`  and ${report.problemsNotShown} more`);
}
