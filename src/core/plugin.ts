// The contracts between the pipeline and its plugins. An ecosystem plugin supplies a cheap
// predicate over discovered paths and a parser; it reads files only through ExtractContext, which
// enforces size limits, encoding checks and the offline guarantee, and records failures.
import type { Diagnostic } from './diagnostics.js';
import type { DependencyGraph, Ecosystem } from './model.js';
import type { FileFailure, FileFailureReason } from './status.js';

/** What a plugin may need beyond reading files; the pipeline skips it (and says so) when unavailable. */
export type Capability = 'network' | 'git';

/** A read-only view of what discovery found, for claims that depend on neighbouring files. */
export interface TreeView {
  /** True when the walk found this file (path relative to the scan root, forward slashes). */
  hasFile(path: string): boolean;
  /** True when the walk saw this directory (node_modules directories are seen but not entered). */
  hasDir(path: string): boolean;
}

export interface ReadOptions {
  /** Override the default size limit for this read, in bytes. */
  maxBytes?: number;
}

export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'symlink' | 'other';
}

export interface ExtractContext {
  /** Absolute path of the scan root. Plugins must not read outside it through other means. */
  readonly root: string;
  readonly offline: boolean;
  readonly tree: TreeView;
  /** Read a UTF-8 text file under the root; throws FileError (too-large, binary, invalid-encoding, unreadable). */
  readText(path: string, options?: ReadOptions): Promise<string>;
  /** Like readText, but resolves to undefined when the file does not exist. */
  readTextIfExists(path: string, options?: ReadOptions): Promise<string | undefined>;
  /** Read raw bytes, capped at maxBytes (default: the size limit). */
  readBytes(path: string, options?: ReadOptions): Promise<Uint8Array>;
  /** List a directory under the root (for installed trees such as node_modules). */
  listDir(path: string): Promise<DirEntry[]>;
  /** Canonical real path relative to the root, for loop detection; undefined when it escapes the root or is missing. */
  realPath(path: string): Promise<string | undefined>;
  /** A local Maven repository outside the root (`--maven-repo`, `~/.m2/repository`), when there is one. */
  readonly mavenRepo?: ArtifactRepository;
  /** Maven build switches given by the user (`--maven-profile`, `--maven-property`), when any. */
  readonly mavenBuild?: MavenBuild;
}

/** What `mvn -P` and `mvn -D` would say: profile ids (`!id` deactivates) and user properties. */
export interface MavenBuild {
  profiles: string[];
  properties: Record<string, string>;
}

/** Read-only access to a local artifact repository; paths are relative to `dir`, forward slashes. */
export interface ArtifactRepository {
  readonly dir: string;
  /** Like readTextIfExists, under `dir`. */
  readText(path: string): Promise<string | undefined>;
}

export interface ExtractOutput {
  graphs: DependencyGraph[];
  diagnostics?: Diagnostic[];
  /** Problems that left the result partial (the scan is then marked incomplete). */
  failures?: FileFailure[];
}

export interface EcosystemPlugin {
  /** Stable id, `<ecosystem folder>/<format>`, e.g. 'npm/package-lock'. */
  id: string;
  ecosystem: Ecosystem;
  /** Human summary of the formats it reads (English; docs only). */
  formats: string[];
  needs?: Capability[];
  /** Cheap predicate on a discovered file path (relative, forward slashes). No I/O. */
  claims(path: string, tree: TreeView): boolean;
  extract(path: string, ctx: ExtractContext): Promise<ExtractOutput>;
}

/** Thrown by parsers and by ExtractContext for a file that cannot be used. */
export class FileError extends Error {
  constructor(
    readonly reason: FileFailureReason,
    readonly file: string,
    readonly detail?: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'FileError';
  }
}
