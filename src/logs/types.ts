/** The statuses a provisioning event can have, whatever spelling the source used. */
export type Status = 'success' | 'failure' | 'skipped' | 'warning' | 'other';

export interface Identity {
  id?: string;
  displayName?: string;
  /** A sign-in name or other readable identifier (UPN, reportableIdentifier). */
  principal?: string;
  type?: string;
}

/** One provisioning event, the same shape whatever file format it came from. */
export interface LogEvent {
  /** Epoch milliseconds (UTC), or null when the time could not be read. */
  time: number | null;
  status: Status;
  action?: string;
  errorCode?: string;
  reason?: string;
  additionalDetails?: string;
  skipReason?: string;
  /** Description of the first step that failed, when the event has steps. */
  failedStep?: string;
  app?: { id?: string; name?: string };
  jobId?: string;
  cycleId?: string;
  changeId?: string;
  source?: Identity;
  target?: Identity;
}

/** Something in an input file that could not be read; never a crash, never a silent drop. */
export interface Problem {
  file: string;
  line?: number;
  record?: number;
  message: string;
  /** How many times the same problem occurred in this file, when more than once. */
  count?: number;
}

export type FormatId =
  | 'portal-json'
  | 'graph'
  | 'provision-on-demand'
  | 'azure-monitor'
  | 'log-analytics-json'
  | 'log-analytics-csv'
  | 'portal-csv-events'
  | 'portal-csv-steps'
  | 'portal-csv-modified-properties'
  | 'unknown';

/** Which field names a JSON record used: Graph v1.0, beta, or the old beta without provisioningStatusInfo. */
export type Shape = 'v1.0' | 'beta' | 'beta-old' | 'pascal-case' | 'columns';

export interface FileSummary {
  file: string;
  format: FormatId;
  /** Human-readable description of the format. */
  description: string;
  shapes: Shape[];
  encoding: string;
  /** Events read from this file (rows for step / modified-property files). */
  records: number;
  problems: number;
}
