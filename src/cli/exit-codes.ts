/** Exit codes, in one place. */
export const EXIT = {
  /** Success, also when nothing is found. */
  OK: 0,
  /** `quotes check` found error-level findings. */
  FINDINGS: 1,
  /** Usage error, or an input that could not be read (the readable ones are still processed). */
  USAGE: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one line on stderr with its exit code (never a stack trace). */
export class CliError extends Error {
  constructor(message: string, readonly code: ExitCode = EXIT.USAGE) {
    super(message);
  }
}
