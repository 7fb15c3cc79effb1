/** Exit codes, documented in the README: scripts rely on them. */
export const ExitCode = {
  ok: 0,
  /** A lookup found nothing, or content/log input has problems. */
  notFound: 1,
  problems: 1,
  /** Bad arguments or an unusable environment (e.g. the wizard without a terminal). */
  usage: 2,
} as const;

/** A problem caused by the user's input: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.usage,
  ) {
    super(message);
  }
}
