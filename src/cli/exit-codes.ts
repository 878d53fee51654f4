// Every exit code Steward uses, in one place. docs/cli.md documents this table and a test checks
// that they agree.
export const EXIT = {
  /** The scan completed (and, once a policy exists, it passed). */
  ok: 0,
  /** A policy violation (reserved for the policy gate). */
  policy: 1,
  /** Usage or configuration error: bad flags, unknown format, missing path, unwritable output. */
  usage: 2,
  /** Nothing to scan: no supported manifest or lockfile was found. */
  nothing: 3,
  /** The scan is incomplete: some files could not be read or parsed; results are printed, marked partial. */
  incomplete: 4,
  /** An internal error (a bug in Steward). */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
