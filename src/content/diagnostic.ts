import { diagnosticWords, type DiagnosticWords } from '../i18n/diagnostic-words.js';

/** One problem in the content, printed compiler-style as `file:line:col: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  code: DiagnosticCode;
  /** In English: what the build prints, the tests read and the sort order follows. */
  message: string;
  /** The same sentence as a key of the validator's words and its data, to word it in another language. */
  said: Said;
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

/** A sentence of src/i18n/diagnostic-words.ts, by key, with its data. */
export type Said = { [K in keyof DiagnosticWords]: { key: K; params: Parameters<DiagnosticWords[K]> } }[keyof DiagnosticWords];

/** The message of a diagnostic: the English, and what it takes to say it in another language. */
export interface Message {
  message: string;
  said: Said;
}

export function say<K extends keyof DiagnosticWords>(key: K, ...params: Parameters<DiagnosticWords[K]>): Message {
  const said = { key, params } as Said;
  return { message: word(said, 'en'), said };
}

function word(said: Said, language: string): string {
  return (diagnosticWords(language)[said.key] as (...params: unknown[]) => string)(...said.params);
}

/** A diagnostic as `validate` shows it (and `--json` prints it): its message in `language`. */
export function inLanguage(d: Diagnostic, language: string | undefined): Omit<Diagnostic, 'said'> {
  const { said, ...shown } = d;
  return language === undefined || language.startsWith('en') ? shown : { ...shown, message: word(said, language) };
}

/** `file:line:col: message`, in English (the build's and the tests' form). */
export function formatDiagnostic(d: Diagnostic): string {
  return formatterIn('en')(d);
}

/** `file:line:col: message` with the message in `language`; the place, ids and keys stay as they are. */
export function formatterIn(language: string | undefined): (d: Diagnostic) => string {
  const warning = `${diagnosticWords(language).warning()}: `;
  return (d) => `${d.file}:${d.line}:${d.col}: ${d.severity === 'warning' ? warning : ''}${inLanguage(d, language).message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}
