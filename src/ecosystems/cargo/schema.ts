// Permissive typing of Cargo.lock and Cargo.toml values. Cargo.lock has had four formats: v1
// (`[root]` table in the oldest files, checksums under `[metadata]`, dependencies spelled
// "name version (source)"), v2 (inline checksums, shortest unambiguous dependency spelling),
// v3 (`version = 3`) and v4 (`version = 4`, URL-encoded git query parameters).
import { isTable, type TomlTable } from '../../util/toml.js';

export const SUPPORTED_LOCK_VERSIONS = [1, 2, 3, 4];
export const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

export interface LockPackage {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  /** Dependency references as written: "name", "name version" or "name version (source)". */
  dependencies: string[];
  line: number;
}

/** One `[[package]]` (or v1 `[root]`) table; throws with a one-line message when its shape is wrong. */
export function toLockPackage(raw: unknown, line: number): LockPackage {
  if (!isTable(raw)) throw new Error('package entry is not a table');
  const { name, version, source, checksum, dependencies } = raw;
  if (typeof name !== 'string' || !name) throw new Error('package entry has no name');
  if (typeof version !== 'string' || !version) throw new Error(`package ${name} has no version`);
  if (source !== undefined && typeof source !== 'string')
    throw new Error(`package ${name}: source is not a string`);
  if (checksum !== undefined && typeof checksum !== 'string')
    throw new Error(`package ${name}: checksum is not a string`);
  if (
    dependencies !== undefined &&
    !(Array.isArray(dependencies) && dependencies.every((d) => typeof d === 'string'))
  )
    throw new Error(`package ${name}: dependencies is not a list of strings`);
  const p: LockPackage = { name, version, dependencies: (dependencies as string[] | undefined) ?? [], line };
  if (source) p.source = source;
  if (checksum) p.checksum = checksum;
  return p;
}

/** A dependency reference split into its parts. */
export interface DepRef {
  name: string;
  version?: string;
  source?: string;
}

export function parseDepRef(ref: string): DepRef {
  const m = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(ref.trim());
  if (!m) return { name: ref.trim() };
  const out: DepRef = { name: m[1]! };
  if (m[2]) out.version = m[2];
  if (m[3]) out.source = m[3];
  return out;
}

/** v1 `[metadata]` keys: `"checksum name version (source)" = "hex"`. */
export function metadataChecksums(metadata: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isTable(metadata)) return out;
  for (const [key, value] of Object.entries(metadata)) {
    if (!key.startsWith('checksum ') || typeof value !== 'string' || !/^[0-9a-f]{64}$/.test(value)) continue;
    const ref = parseDepRef(key.slice('checksum '.length));
    out.set(`${ref.name} ${ref.version ?? ''} ${ref.source ?? ''}`, value);
  }
  return out;
}

/** The dependency table a declaration sits in, as cargo metadata names its kind. */
export type DepTable = 'normal' | 'dev' | 'build';

/** How a Cargo.toml declares one dependency. */
export interface ManifestDep {
  /** The package name (the `package =` rename target, else the key). */
  pkg: string;
  /** The key as written: the name the code uses, which differs from `pkg` when renamed. */
  key: string;
  /** Edge kind as Steward computes scopes: dev-dependencies dev, optional optional, else prod. */
  kind: 'prod' | 'dev' | 'optional';
  table: DepTable;
  /** The table name as written (`dev-dependencies` or the old `dev_dependencies`), to locate it. */
  tableKey: string;
  /** The `cfg(...)` or target triple of a `[target.X.*dependencies]` table. */
  target?: string;
  optional: boolean;
  path?: string;
  /** True when `workspace = true` took the spec from [workspace.dependencies]: `path` is then
   * relative to the workspace root, not to this manifest. */
  inherited?: boolean;
  git?: string;
  branch?: string;
  tag?: string;
  rev?: string;
  /** A named registry from cargo's configuration. */
  registry?: string;
  registryIndex?: string;
  version?: string;
}

/** A declaration cargo would refuse, with where it is. */
export interface ManifestProblem {
  key: string;
  tableKey: string;
  target?: string;
  detail: string;
  reason: 'parse-error' | 'inconsistent';
}

export interface Manifest {
  name?: string;
  version?: string;
  deps: ManifestDep[];
  problems: ManifestProblem[];
  workspace?: { members: string[]; exclude: string[] };
  /** `package.workspace`: the path of the workspace root, when the member names it. */
  workspaceRoot?: string;
}

/** What a member inherits from its workspace root. */
export interface WorkspaceInheritance {
  dependencies?: TomlTable;
  package?: TomlTable;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

const DEP_TABLES: [string, DepTable][] = [
  ['dependencies', 'normal'],
  ['build-dependencies', 'build'],
  ['build_dependencies', 'build'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
];

interface TableRef {
  table: DepTable;
  tableKey: string;
  target?: string;
}

/** A `workspace = true` spec merged over its [workspace.dependencies] entry, or a problem. */
function inherit(key: string, own: TomlTable, inherited: TomlTable): TomlTable | string {
  const base = inherited[key];
  const { workspace: _, ...rest } = own;
  if (typeof base === 'string') return { ...rest, version: base };
  if (isTable(base)) return { ...base, ...rest, inherited: true };
  return `${key} has workspace = true but is not in [workspace.dependencies]`;
}

function depsOf(table: unknown, at: TableRef, m: Manifest, inherited: TomlTable): void {
  if (!isTable(table)) return;
  for (const [key, own] of Object.entries(table)) {
    const problem = (detail: string, reason: ManifestProblem['reason'] = 'parse-error') =>
      m.problems.push({
        key,
        tableKey: at.tableKey,
        ...(at.target && { target: at.target }),
        detail,
        reason,
      });
    let spec: unknown = own;
    if (isTable(own) && own.workspace === true) {
      const merged = inherit(key, own, inherited);
      if (typeof merged === 'string') {
        problem(merged, 'inconsistent');
        continue;
      }
      spec = merged;
    }
    if (typeof spec === 'string') spec = { version: spec };
    if (!isTable(spec)) {
      problem(`dependency ${key} is neither a version string nor a table`);
      continue;
    }
    const optional = spec.optional === true;
    const d: ManifestDep = {
      pkg: typeof spec.package === 'string' ? spec.package : key,
      key,
      kind: at.table === 'dev' ? 'dev' : optional ? 'optional' : 'prod',
      table: at.table,
      tableKey: at.tableKey,
      optional,
    };
    if (at.target) d.target = at.target;
    for (const f of ['path', 'git', 'branch', 'tag', 'rev', 'registry', 'version'] as const)
      if (typeof spec[f] === 'string') d[f] = spec[f];
    if (typeof spec['registry-index'] === 'string') d.registryIndex = spec['registry-index'];
    if (spec.inherited === true) d.inherited = true;
    m.deps.push(d);
  }
}

/** `version.workspace = true` and the like take the value from [workspace.package]. */
function packageField(pkg: TomlTable, field: string, ws: TomlTable | undefined): string | undefined {
  const v = pkg[field];
  if (typeof v === 'string') return v;
  if (isTable(v) && v.workspace === true && ws && typeof ws[field] === 'string') return ws[field];
  return undefined;
}

/** Declared dependencies of a Cargo.toml, target-specific tables included. */
export function toManifest(doc: TomlTable, inherit: WorkspaceInheritance = {}): Manifest {
  const m: Manifest = { deps: [], problems: [] };
  const wsDeps = inherit.dependencies ?? {};
  for (const [tableKey, table] of DEP_TABLES) depsOf(doc[tableKey], { table, tableKey }, m, wsDeps);
  if (isTable(doc.target))
    for (const [target, t] of Object.entries(doc.target))
      if (isTable(t))
        for (const [tableKey, table] of DEP_TABLES)
          depsOf(t[tableKey], { table, tableKey, target }, m, wsDeps);
  const pkg = isTable(doc.package) ? doc.package : isTable(doc.project) ? doc.project : undefined;
  if (pkg) {
    const name = packageField(pkg, 'name', undefined);
    const version = packageField(pkg, 'version', inherit.package);
    if (name) m.name = name;
    if (version) m.version = version;
    if (typeof pkg.workspace === 'string') m.workspaceRoot = pkg.workspace;
  }
  if (isTable(doc.workspace))
    m.workspace = { members: strings(doc.workspace.members), exclude: strings(doc.workspace.exclude) };
  return m;
}

/** What a workspace root hands down to its members. */
export function inheritanceOf(doc: TomlTable): WorkspaceInheritance {
  const ws = isTable(doc.workspace) ? doc.workspace : undefined;
  const out: WorkspaceInheritance = {};
  if (ws && isTable(ws.dependencies)) out.dependencies = ws.dependencies;
  if (ws && isTable(ws.package)) out.package = ws.package;
  return out;
}
