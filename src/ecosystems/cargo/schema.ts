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

/** How a Cargo.toml declares one dependency. */
export interface ManifestDep {
  /** The package name (the `package =` rename target, else the key). */
  pkg: string;
  kind: 'prod' | 'dev' | 'optional';
  path?: string;
  git?: string;
  version?: string;
}

export interface Manifest {
  name?: string;
  version?: string;
  deps: ManifestDep[];
  workspace?: { members: string[]; exclude: string[] };
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function depsOf(table: unknown, kind: 'prod' | 'dev', out: ManifestDep[], inherited: TomlTable): void {
  if (!isTable(table)) return;
  for (const [key, own] of Object.entries(table)) {
    // `foo = { workspace = true }` takes its source from the root's [workspace.dependencies].
    const base = isTable(own) && own.workspace === true ? inherited[key] : undefined;
    const spec = isTable(base)
      ? { ...base, ...(own as TomlTable) }
      : typeof base === 'string'
        ? { ...(own as TomlTable), version: base }
        : own;
    if (typeof spec === 'string') {
      out.push({ pkg: key, kind, version: spec });
      continue;
    }
    if (!isTable(spec)) continue;
    const d: ManifestDep = {
      pkg: typeof spec.package === 'string' ? spec.package : key,
      kind: kind === 'prod' && spec.optional === true ? 'optional' : kind,
    };
    if (typeof spec.path === 'string') d.path = spec.path;
    if (typeof spec.git === 'string') d.git = spec.git;
    if (typeof spec.version === 'string') d.version = spec.version;
    out.push(d);
  }
}

/** Declared dependencies of a Cargo.toml, target-specific tables included; build deps count as prod. */
export function toManifest(doc: TomlTable, workspaceDeps: TomlTable = {}): Manifest {
  const deps: ManifestDep[] = [];
  const tables: TomlTable[] = [doc];
  if (isTable(doc.target)) for (const t of Object.values(doc.target)) if (isTable(t)) tables.push(t);
  for (const t of tables) {
    depsOf(t.dependencies, 'prod', deps, workspaceDeps);
    depsOf(t['build-dependencies'], 'prod', deps, workspaceDeps);
    depsOf(t['build_dependencies'], 'prod', deps, workspaceDeps);
    depsOf(t['dev-dependencies'], 'dev', deps, workspaceDeps);
    depsOf(t['dev_dependencies'], 'dev', deps, workspaceDeps);
  }
  const m: Manifest = { deps };
  const pkg = isTable(doc.package) ? doc.package : isTable(doc.project) ? doc.project : undefined;
  if (pkg && typeof pkg.name === 'string') m.name = pkg.name;
  if (pkg && typeof pkg.version === 'string') m.version = pkg.version;
  if (isTable(doc.workspace))
    m.workspace = { members: strings(doc.workspace.members), exclude: strings(doc.workspace.exclude) };
  return m;
}
