/** One problem in the content, printed compiler-style as `file:line:col: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  code: DiagnosticCode;
  message: string;
  /** A warning is reported but does not fail `validate` or the build (an untranslated text). */
  severity?: 'warning';
}

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'schema'
  | 'duplicate-id'
  | 'missing-start'
  | 'missing-node'
  | 'missing-link'
  | 'unreachable'
  | 'dead-end'
  | 'loop'
  | 'no-way-out'
  | 'chain-end'
  | 'off-topic'
  | 'duplicate-keyword'
  | 'host-not-allowed'
  | 'unused-link'
  | 'missing-source'
  | 'missing-snapshot'
  | 'missing-anchor'
  | 'read-error'
  | 'stale-translation'
  | 'missing-translation';

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}
