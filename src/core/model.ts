// The data model shared by every stage. One type per stage: plugins produce a DependencyGraph
// (parsed, ecosystem-neutral), the pipeline turns graphs into Components with computed scopes,
// analyzers add Diagnostics, reporters render a ScanResult. Pure types: no I/O, no behaviour.

/** Ecosystems Steward inventories; the value is also the purl type where one exists. */
export type Ecosystem =
  | 'npm'
  | 'pypi'
  | 'golang'
  | 'cargo'
  | 'maven'
  | 'composer'
  | 'nuget'
  | 'gem'
  | 'ohpm'
  | 'rpm'
  | 'deb'
  | 'apk'
  | 'generic';

/** How a component is needed. A component is either prod or dev (prod wins); optional and peer qualify it. */
export type Scope = 'prod' | 'dev' | 'optional' | 'peer';

/** The kind of a declared dependency edge, as the manifest or lockfile states it. */
export type EdgeKind = 'prod' | 'dev' | 'optional' | 'peer';

/** A place in the scanned tree. `file` is relative to the scan root, with forward slashes. */
export interface Location {
  file: string;
  /** 1-based line, when the format lets us know it. */
  line?: number;
  column?: number;
}

export interface Hash {
  /** CycloneDX / SPDX algorithm names: 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'MD5'. */
  alg: 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** Lower-case hex. */
  value: string;
}

export type SourceType = 'registry' | 'git' | 'tarball' | 'file' | 'link' | 'workspace' | 'patch' | 'unknown';

export interface ResolvedSource {
  type: SourceType;
  /** Registry tarball URL, git URL (with commit), tarball URL, or a path relative to the scan root. */
  url?: string;
  /** For git sources, the resolved commit. */
  commit?: string;
}

/** Platform constraints of a package (npm's os/cpu/libc, wheel tags, …). */
export interface Platform {
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

/** One package node as a parser saw it, before scopes are computed. */
export interface GraphNode {
  /** Parser-local identifier, unique within one graph (e.g. npm's node_modules path). */
  id: string;
  ecosystem: Ecosystem;
  name: string;
  /** Exact resolved version, or null when only a range is known. */
  version: string | null;
  /** Declared range, when the version is unresolved. */
  range?: string;
  purl: string;
  declaredLicense?: string;
  integrity?: string;
  hashes?: Hash[];
  source?: ResolvedSource;
  platform?: Platform;
  /** Name under which a dependent refers to it when aliased (npm `npm:` aliases, Yarn/pnpm aliases). */
  aliases?: string[];
  bundled?: boolean;
  location?: Location;
  /** Free-form, language-neutral extra facts (e.g. `{ hasInstallScript: true }`). */
  properties?: Record<string, string | boolean | number>;
}

/** A project root or workspace member that declares dependencies: npm/Yarn workspace, pnpm importer. */
export interface Importer {
  /** Path of its directory relative to the scan root ('.' for the root). */
  path: string;
  name?: string;
  version?: string;
  /** purl of the importer itself, when it has a name. */
  purl?: string;
  /** The manifest that declares it (e.g. 'packages/a/package.json'). */
  manifest?: string;
}

export interface GraphEdge {
  /** A node id, or an importer reference `importer:<path>`. */
  from: string;
  /** A node id, or `importer:<path>` for workspace-to-workspace links. */
  to: string;
  kind: EdgeKind;
  /** The range the dependent declared, as found. */
  range?: string;
  /** The name the dependent uses for it (differs from the node's name when aliased). */
  alias?: string;
}

/** What one parser produced from one project: importers, package nodes and edges. */
export interface DependencyGraph {
  ecosystem: Ecosystem;
  /** The plugin id that produced it. */
  plugin: string;
  /** The lockfile or manifest this graph was read from. */
  source: string;
  importers: Importer[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when nothing is pinned (no lockfile, no installed tree): versions are declared ranges. */
  unresolved?: boolean;
}

export const importerRef = (path: string): string => `importer:${path}`;

/** How one workspace reaches a component. */
export interface WorkspaceUse {
  workspace: string;
  scopes: Scope[];
  direct: boolean;
}

/** A package in the inventory: one per purl across the whole scan. */
export interface Component {
  /** bom-ref and identity: the canonical Package URL. */
  purl: string;
  ecosystem: Ecosystem;
  name: string;
  version: string | null;
  /** Declared range when unresolved. */
  range?: string;
  scopes: Scope[];
  /** A direct dependency of at least one importer. */
  direct: boolean;
  workspaces: WorkspaceUse[];
  declaredLicense?: string;
  /**
   * SPDX expression the license analyzer found in the component's installed files (its license
   * texts, else its installed metadata), set only when no license was declared where the
   * component was inventoried. SBOMs report it as a concluded license.
   */
  detectedLicense?: string;
  integrity?: string;
  hashes: Hash[];
  source?: ResolvedSource;
  platform?: Platform;
  aliases?: string[];
  bundled?: boolean;
  /** Every place it was declared or locked. */
  locations: Location[];
  /** Plugin ids that found it. */
  foundBy: string[];
  properties?: Record<string, string | boolean | number>;
}

/** A scanned project: one lockfile or manifest root with its importers. */
export interface Project {
  /** Stable reference, `project:<source>`. */
  ref: string;
  ecosystem: Ecosystem;
  plugin: string;
  /** Lockfile or manifest path relative to the scan root. */
  source: string;
  importers: Importer[];
  unresolved: boolean;
}

/** A dependency relation between two refs (purls, importer refs). */
export interface Relationship {
  from: string;
  to: string;
  kind: EdgeKind;
}
