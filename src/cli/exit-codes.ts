/** Exit codes, documented in the README: scripts rely on them. */
export const ExitCode = {
  ok: 0,
  /** A lookup found nothing, or content/log input has problems. */
  notFound: 1,
  problems: 1,
  /** Bad arguments or an unusable environment (e.g. the wizard without a terminal). */
  usage: 2,
  /** analyze --fail-on: the report holds events with a status named. */
  findings: 3,
} as const;

// The entry and the lazily loaded modes are separate bundles, each with its own copy of
// this class, so `instanceof` cannot tell a UserError from another bundle: a brand can.
const USER_ERROR = Symbol.for('provision-doctor.user-error');

/** A problem caused by the user's input: printed as one line, never as a stack trace. */
export class UserError extends Error {
  readonly [USER_ERROR] = true;

  constructor(
    message: string,
    readonly exitCode: number = ExitCode.usage,
  ) {
    super(message);
  }
}

export function isUserError(error: unknown): error is UserError {
  return typeof error === 'object' && error !== null && USER_ERROR in error;
}
