import type { z } from 'zod';
import type { FileSummarySchema, FormatIdSchema, ProblemSchema, ShapeSchema, StatusSchema } from './report-schema.js';

/** The statuses a provisioning event can have, whatever spelling the source used. */
export type Status = z.infer<typeof StatusSchema>;

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
export type Problem = z.infer<typeof ProblemSchema>;

export type FormatId = z.infer<typeof FormatIdSchema>;

/** Which field names a JSON record used: Graph v1.0, beta, or the old beta without provisioningStatusInfo. */
export type Shape = z.infer<typeof ShapeSchema>;

export type FileSummary = z.infer<typeof FileSummarySchema>;
