// The result of an architecture-readiness analysis: what was found (binaries, signals), what it
// means per component and for the project, for one target architecture. Language-neutral.
import type { DiagnosticCode } from '../core/codes.js';
import type { BinaryFormat, BinaryInfo } from './binary/types.js';

export type RemedyKey = `ui.arch.remedy.${string}`;

export type ArchVerdict = 'ready' | 'source' | 'port' | 'blocked';

export const VERDICT_ORDER: ArchVerdict[] = ['ready', 'source', 'port', 'blocked'];

export function worst(a: ArchVerdict, b: ArchVerdict): ArchVerdict {
  return VERDICT_ORDER.indexOf(a) >= VERDICT_ORDER.indexOf(b) ? a : b;
}

/** A native artefact in the tree. `path` is root-relative; `member` names a file inside a jar/wheel. */
export interface FoundBinary {
  path: string;
  member?: string;
  format: BinaryFormat;
  arch: string[];
  info: BinaryInfo;
  /** The installed package that holds it (npm name or Python distribution directory). */
  owner?: string;
}

/** One reason behind a verdict: a diagnostic code, its parameters and the remedy to show. */
export interface ArchFinding {
  code: DiagnosticCode;
  verdict: ArchVerdict;
  params: Record<string, string | number>;
  /** purl of the component concerned; absent for project-level findings (Dockerfiles, Go modules). */
  purl?: string;
  file?: string;
  /** UI keys of the remediation messages, most direct first; parameters come from `params`. */
  remedies: RemedyKey[];
}

export interface ComponentArch {
  purl: string;
  name: string;
  version: string | null;
  verdict: ArchVerdict;
  /**
   * The code of the finding that decided the verdict ('arch/pure' when nothing native was seen,
   * 'arch/not-installed' for a package whose lockfile marker excludes the target's platform).
   */
  reason: DiagnosticCode | 'arch/pure' | 'arch/platform-build' | 'arch/not-installed';
  findings: ArchFinding[];
}

export interface ArchReport {
  target: string;
  verdict: ArchVerdict;
  components: ComponentArch[];
  binaries: FoundBinary[];
  /** Findings not tied to a component. */
  project: ArchFinding[];
  /** Files and directories left out, with why (unreadable, damaged header, over a cap). */
  skipped: { path: string; detail: string }[];
  stats: { files: number; sniffed: number; ms: number };
}
