import type { Content } from '../content/model.js';
import { CodeIndex } from '../engine/lookup.js';
import { messages } from '../i18n/messages.js';
import type { StepInfo } from './csv-columns.js';
import { FileInput } from './file-input.js';
import type { EventFilter } from './filter.js';
import { Findings } from './findings.js';
import type { FailureGroup, Report } from './report.js';
import { clip } from './bounds.js';
import { KnownIdentities } from './redact/known.js';
import { Redactor } from './redact/redactor.js';
import { sanitizeDeep } from './sanitize.js';
import { shortenPaths } from './redact-paths.js';
import { SeenIds } from './seen-ids.js';
import type { Problem } from './types.js';

const PROBLEMS_KEPT = 200;

/**
 * One analysis over any number of files: open each file, push its bytes in chunks,
 * end it, then build the report. No file system here: the caller reads the files.
 */
export class Analysis {
  private readonly findings: Findings;
  private readonly inputs: FileInput[] = [];
  private readonly problems: Problem[] = [];
  /** Problems said once per file, by file and message: later occurrences only count. */
  private readonly repeated = new Map<string, Problem>();
  private problemsNotShown = 0;
  private readonly steps = new Map<string, StepInfo>();
  /** Change IDs already counted: overlapping files give the same events again. Only kept when several files are read. */
  private seen: SeenIds | undefined;
  private duplicates = 0;

  private readonly fastPath: boolean;
  private pagesChecked = false;
  /** With --redact: the people the events name, remembered as they stream past. */
  private readonly known: KnownIdentities | undefined;

  constructor(filter: EventFilter = {}, options: { redact?: boolean } = {}) {
    this.known = options.redact ? new KnownIdentities() : undefined;
    this.findings = new Findings(filter, this.known);
    this.fastPath = filter.identity === undefined;
  }

  open(file: string): FileInput {
    const input = new FileInput(file, {
      event: (event, _file, where) => {
        // Said once per file, at the first such event, with how many there were.
        if (this.seen && event.changeId !== undefined && this.seen.seenBefore(event.changeId)) {
          this.duplicates++;
          return;
        }
        if (event.time === null) this.problem({ file, ...where, message: 'an event has no readable time (counted, but outside --since/--until)' }, true);
        this.findings.add(event);
      },
      problem: (p) => this.problem(p),
      steps: this.steps,
      fastPath: this.fastPath,
    });
    this.inputs.push(input);
    return input;
  }

  /**
   * Counts an event read again (the same change ID) once. Called before the first file when
   * several files of events are read: one file is one export, and then the check would only
   * cost time and memory (16 bytes per event, up to 16 MB).
   */
  checkOverlaps(): void {
    this.seen ??= new SeenIds();
  }

  /** Adds a problem found outside the readers (e.g. a file that cannot be opened). */
  problem(problem: Problem, oncePerFile = false): void {
    if (oncePerFile) {
      // Counted on the first occurrence, whether or not it is among the problems kept.
      const key = `${problem.file}\u0000${problem.message}`;
      const first = this.repeated.get(key);
      if (first) {
        first.count = (first.count ?? 1) + 1;
        return;
      }
      this.repeated.set(key, problem);
    }
    if (this.problems.length < PROBLEMS_KEPT) this.problems.push(problem);
    else this.problemsNotShown++;
  }

  private checkPages(): void {
    this.pagesChecked = true;
    for (const input of pagesLinkingOn(this.inputs)) input.nextPageMissing();
  }

  /** The report, every string of it cleaned (and with --redact, redacted) in one pass: text and JSON are both printed from it. */
  report(content: Content): Report {
    if (!this.pagesChecked) this.checkPages();
    const files = this.inputs.map((i) => i.summary);
    const raw = this.findings.build(new CodeIndex(content, messages(content.language).walk.lookup), content, files, this.problems, this.problemsNotShown);
    raw.summary.duplicates = { events: this.duplicates, checkStopped: this.seen?.full ?? false };
    const clean = sanitizeDeep(this.known ? shortenPaths(raw) : raw, this.known ? new Redactor(this.known) : undefined);
    // Cut after redaction: a cut made before it could leave half a name that no longer reads as one.
    return { ...clean, groups: clean.groups.map(shortText), warnings: clean.warnings.map(shortText) };
  }
}

function shortText(group: FailureGroup): FailureGroup {
  return { ...group, reason: group.reason && clip(group.reason), failedStep: group.failedStep && clip(group.failedStep) };
}

/**
 * Graph pages that link to a next page. A page does not name itself, so which given page follows which
 * cannot be told: when some given page is a last one (no link), the pages given are taken as the whole
 * response; when every page links on, at least one next page is missing and each linking page says so.
 */
function pagesLinkingOn(inputs: FileInput[]): FileInput[] {
  const pages = inputs.filter((i) => i.page);
  const linking = pages.filter((i) => i.page!.linksOn);
  return linking.length === pages.length ? linking : [];
}

/** Analyses in-memory files at once: for tests and small inputs. */
export function analyseTexts(content: Content, files: Record<string, string | Buffer>, options: { filter?: EventFilter; redact?: boolean; chunkSize?: number } = {}): Report {
  const analysis = new Analysis(options.filter, { redact: options.redact });
  if (Object.keys(files).length > 1) analysis.checkOverlaps();
  for (const [name, data] of Object.entries(files)) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const input = analysis.open(name);
    const size = options.chunkSize ?? 65_536;
    for (let at = 0; at < bytes.length; at += size) input.write(bytes.subarray(at, at + size));
    input.end();
  }
  return analysis.report(content);
}
