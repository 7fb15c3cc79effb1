import { messages, type Messages } from '../i18n/messages.js';
import { formatPhrase } from '../i18n/phrases.js';
import { problemInWords } from './analyze-problems.js';
import type { Affected, FailureGroup, Report } from '../logs/report.js';

// Plain text, URLs in full: reads well in a terminal, a ticket and a screen reader.
// Every log string in the report was cleaned of control sequences before it got here.
// The words come from the message catalogue; codes, ids, file names and numbers stay as read.

type Words = Messages['report'];
type NounName = keyof Words['noun'];

/** Everything a section needs: the lines so far and the words of the reader's language. */
interface Out {
  lines: string[];
  language: string | undefined;
  m: Messages;
  w: Words;
}

/** A placeholder for what the log left out ("(not given)") in the reader's words; a value from the log as it is. */
const said = (w: Words, text: string) => (Object.hasOwn(w.placeholder, text) ? w.placeholder[text]! : text);
const when = (w: Words, t: string | null) => (t ? t.replace('T', ' ') : w.unknownTime);
const count = (w: Words, n: number, noun: NounName) => `${n} ${w.noun[noun](n)}`;
const span = (w: Words, a: { first: string | null; last: string | null }) => w.span(when(w, a.first), when(w, a.last));

/** The report as text in `language` (English when none), as loaded with the content. */
export function renderReport(report: Report, language?: string): string {
  const m = messages(language);
  const out: Out = { lines: [], language, m, w: m.report };
  summary(report, out);
  failures(report, out);
  skipped(report, out);
  warnings(report, out);
  problems(report, out);
  return out.lines.join('\n');
}

function summary({ summary: s }: Report, { lines, language, w }: Out): void {
  lines.push(w.readFiles(count(w, s.files.length, 'file')));
  for (const f of s.files) {
    const extra = [f.encoding !== 'utf-8' ? f.encoding : '', f.problems ? count(w, f.problems, 'problem') : ''].filter(Boolean).join(', ');
    lines.push(`  ${f.file}: ${formatPhrase(f.description, language)}, ${count(w, f.records, f.format.startsWith('portal-csv-') && f.format !== 'portal-csv-events' ? 'row' : 'event')}${extra ? ` (${extra})` : ''}`);
  }
  lines.push('');
  const range = s.timeRange ? w.fromTo(when(w, s.timeRange.first), when(w, s.timeRange.last)) : '';
  lines.push(`${count(w, s.records, 'event')}${range}`);
  if (s.filteredOut > 0) lines.push(`  ${w.filteredOut(s.filteredOut, s.recordsRead)}`);
  if (s.duplicates.events > 0) lines.push(`  ${w.duplicates(s.duplicates.events)}`);
  if (s.duplicates.checkStopped) lines.push(`  ${w.checkStopped}`);
  // The labels line up in a column whatever their length in the language.
  const width = Math.max(...[w.status, w.action, w.app, w.cycles].map((l) => l.length)) + 3;
  const label = (l: string) => `${l}:`.padEnd(width);
  const statuses = Object.entries(s.byStatus).filter(([, n]) => n > 0);
  lines.push(`${label(w.status)}${statuses.map(([k, n]) => `${n} ${k}`).join(' · ') || w.none}`);
  lines.push(`${label(w.action)}${top(w, s.byAction, s.actionsNotShown.distinct)}`);
  lines.push(`${label(w.app)}${top(w, s.byApp, s.appsNotShown.distinct)}`);
  const latest = s.byCycle[0];
  const cycles = s.byCycle.length + s.cyclesNotShown;
  const latestWords = latest ? ` ${w.latest(latest.cycleId, `${count(w, latest.count, 'event')}, ${count(w, latest.failures, 'failure')}`, span(w, latest))}` : '';
  lines.push(`${label(w.cycles)}${cycles}${latestWords}`);
}

function top(w: Words, counts: Record<string, number>, notShown: number, limit = 6): string {
  const entries = Object.entries(counts);
  if (entries.length === 0) return w.none;
  const shown = entries.slice(0, limit).map(([k, n]) => `${said(w, k)} ${n}`);
  const more = entries.length - Math.min(limit, entries.length) + notShown;
  if (more > 0) shown.push(w.more(more));
  return shown.join(' · ');
}

/** The line that says how many groups were left out, to keep the report bounded. */
function notShownLine(w: Words, n: { distinct: number; events: number; atLeast?: true }, what: NounName, indent: string): string[] {
  return n.distinct > 0 ? [`${indent}${w.notShown(n.atLeast ? w.atLeast : '', n.distinct, w.noun[what](n.distinct), count(w, n.events, 'event'))}`] : [];
}

function who(w: Words, a: Affected): string {
  const more = a.identities.count - a.identities.sample.length;
  return `${a.identities.sample.map((name) => said(w, name)).join(', ')}${more > 0 ? ` ${w.andMore(a.identities.atLeast ? w.atLeast : '', more)}` : ''}`;
}

function failures(report: Report, { lines, m, w }: Out): void {
  if (report.groups.length === 0 && report.groupsNotShown.distinct === 0) {
    lines.push('', w.noFailures);
    return;
  }
  const more = report.groupsNotShown;
  const total = report.groups.reduce((n, g) => n + g.count, more.events);
  lines.push('', w.failuresHeading(count(w, total, 'event'), `${more.atLeast ? w.atLeast : ''}${count(w, report.groups.length + more.distinct, 'code')}`));
  // The general advice for codes not in the catalogue is the same entry each time: its steps are printed once.
  let adviceAt = 0;
  report.groups.forEach((g, i) => {
    lines.push('', `${String(i + 1).padStart(2)}. ${g.code ?? w.noErrorCode}: ${count(w, g.count, 'event')}, ${identities(w, g)}, ${span(w, g)}`);
    lines.push(`    ${w.catalogue}: ${catalogueLine(w, g)}`);
    if (g.reason) lines.push(`    ${w.reason}: ${g.reason}`);
    else if (g.failedStep) lines.push(`    ${w.failedStep}: ${g.failedStep}`);
    lines.push(`    ${w.who}: ${who(w, g)}`);
    if (!g.matchedAs && adviceAt > 0) {
      lines.push(`    ${m.steps}: ${w.sameAdvice(adviceAt)}`);
      return;
    }
    if (!g.matchedAs) adviceAt = i + 1;
    // As in show and explain: nobody reaches a harmful step without reading who it affects.
    if (g.caution) lines.push(`    CAUTION: ${g.caution}`);
    if (g.steps.length > 0) {
      lines.push(`    ${m.steps}:`);
      g.steps.forEach((step, k) => lines.push(`      ${k + 1}. ${step}`));
    }
    if (g.links.length > 0) {
      lines.push(`    ${m.read}:`);
      for (const link of g.links) lines.push(`      - ${link.title}`, `        ${link.url}`);
    }
  });
  lines.push(...notShownLine(w, more, 'code', ''));
  const unknown = report.groups.flatMap((g, i) => (g.matchedAs ? [] : [{ g, n: i + 1 }]));
  if (unknown.length > 0) {
    // The reason text is in the group above: said once.
    lines.push('', w.notInCatalogueHeading);
    for (const { g, n } of unknown) {
      const hint = g.suggestions.length > 0 ? w.didYouMean(g.suggestions.join(', ')) : '';
      lines.push(`  - ${g.code ?? w.noErrorCode} (${w.group(n, count(w, g.count, 'event'))})${hint}`);
    }
  }
}

function identities(w: Words, a: Affected): string {
  return `${a.identities.atLeast ? w.atLeast : ''}${count(w, a.identities.count, 'identity')}`;
}

function catalogueLine(w: Words, g: FailureGroup): string {
  if (!g.matchedAs) return w.generalAdvice(g.title ?? w.none);
  const how = g.matchedAs === 'code' ? '' : g.matchedAs === 'alias' ? ` ${w.aliasNote(g.code ?? '')}` : ` (${g.note})`;
  return `${g.catalogueCode}${how}: ${g.title}`;
}

function warnings(report: Report, { lines, m, w }: Out): void {
  if (report.warnings.length === 0 && report.warningsNotShown.distinct === 0) return;
  lines.push('', w.warningsHeading);
  for (const g of report.warnings) {
    lines.push(`  - ${g.code ?? w.noCode}: ${count(w, g.count, 'event')}, ${identities(w, g)}, ${span(w, g)}`);
    if (g.reason) lines.push(`    ${w.reason}: ${g.reason}`);
    lines.push(`    ${w.who}: ${who(w, g)}`);
    // Without a code there is no catalogue entry to point to.
    if (!g.code) continue;
    lines.push(`    ${w.catalogue}: ${catalogueLine(w, g)}`);
    for (const link of g.links) lines.push(`    ${m.read}: ${link.title}`, `      ${link.url}`);
  }
  lines.push(...notShownLine(w, report.warningsNotShown, 'code', '  '));
}

function skipped(report: Report, { lines, m, w }: Out): void {
  if (report.skipped.length === 0 && report.skippedNotShown.distinct === 0) return;
  lines.push('', w.skippedHeading);
  for (const s of report.skipped) {
    lines.push(`  - ${said(w, s.reason)}: ${count(w, s.count, 'event')}, ${identities(w, s)}, ${span(w, s)}`);
    lines.push(`    ${s.meaning ?? w.reasonNotInCatalogue}`);
    lines.push(`    ${w.who}: ${who(w, s)}`);
    for (const link of s.links) lines.push(`    ${m.read}: ${link.title}`, `      ${link.url}`);
  }
  lines.push(...notShownLine(w, report.skippedNotShown, 'reason', '  '));
}

function problems(report: Report, { lines, m, w }: Out): void {
  // The readers word problems in English; another language rewords them (the English is the report's, as --json prints it).
  const inWords = (message: string) => (m === messages('en') ? message : problemInWords(message, w.problem));
  const total = report.problems.length + report.problemsNotShown;
  if (total === 0) return;
  lines.push('', w.problemsHeading(count(w, total, 'problem')));
  for (const p of report.problems) {
    const where = p.line ? `${p.file}:${p.line}` : p.record ? `${p.file}, ${w.record(p.record)}` : p.file;
    lines.push(`  ${where}: ${inWords(p.message)}${p.count && p.count > 1 ? ` ${w.timesFirstHere(p.count)}` : ''}`);
  }
  if (report.problemsNotShown > 0) lines.push(`  ${w.andMore('', report.problemsNotShown)}`);
}
