// Failures are data. A scan records every file it could not use and why, so results can be
// partial and say exactly what is missing.

/** Why a file could not be used. A closed union: add a member and a message in both catalogues. */
export type FileFailureReason =
  | 'unreadable'
  | 'too-large'
  | 'binary'
  | 'invalid-encoding'
  | 'parse-error'
  | 'unsupported-version'
  | 'inconsistent'
  | 'symlink-loop'
  | 'not-a-file';

export interface FileFailure {
  file: string;
  line?: number;
  plugin?: string;
  reason: FileFailureReason;
  /** One line, language-neutral detail (e.g. the parser's message). */
  detail?: string;
}

export interface ScanStatus {
  /** False when any file failed or a plugin was skipped: the results are partial. */
  complete: boolean;
  failures: FileFailure[];
  /** Plugins that could not run (e.g. needing the network under --offline) and why. */
  skipped: { plugin: string; reason: string }[];
}
