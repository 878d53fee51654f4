// Permissive reading of a parsed pnpm-lock.yaml (v6 and v9) into one typed shape: importers with
// their declared dependencies, package metadata and the snapshot graph. v6 keeps metadata and
// graph in one `packages` map; here both views point at the same entries. Shape problems in one
// entry become messages for the caller to report; only a wrong top-level shape is fatal.
import type { LockGeneration } from './dep-path.js';

export type DepField = 'dependencies' | 'devDependencies' | 'optionalDependencies';
export const DEP_FIELDS: DepField[] = ['dependencies', 'devDependencies', 'optionalDependencies'];

export interface ImporterDep {
  specifier: string;
  /** The reference: a version with peer suffix, an alias target, `link:…`, `file:…`, a URL. */
  version: string;
}

export type LockImporter = Record<DepField, Map<string, ImporterDep>>;

export interface Resolution {
  integrity?: string;
  tarball?: string;
  directory?: string;
  repo?: string;
  commit?: string;
  type?: string;
}

/** `packages` entry: what the package is (shared by every peer variant). */
export interface PackageMeta {
  name?: string;
  version?: string;
  resolution: Resolution;
  cpu?: string[];
  os?: string[];
  libc?: string[];
  hasBin?: boolean;
  deprecated?: string;
  peerDependencies: Record<string, string>;
  /** Peers marked optional in peerDependenciesMeta. */
  optionalPeers?: Set<string>;
}

/** `snapshots` entry (v6: the same `packages` entry): how one variant is wired. */
export interface Snapshot {
  dependencies: Map<string, string>;
  optionalDependencies: Map<string, string>;
}

export interface Lockfile {
  generation: LockGeneration;
  lockfileVersion: string;
  importers: Map<string, LockImporter>;
  packages: Map<string, PackageMeta>;
  snapshots: Map<string, Snapshot>;
  /** Catalog name -> dependency name -> specifier (v9). */
  catalogs: Map<string, Map<string, string>>;
  /** Names of dependencies rewritten by `overrides` (their specifiers differ from package.json). */
  overridden: Set<string>;
  /** `settings.excludeLinksFromLockfile`: `link:` dependencies are then not recorded. */
  excludeLinks: boolean;
}

/** A recoverable shape problem: the entry is skipped. `key` lets the caller find the line. */
export interface ShapeProblem {
  section: string;
  key: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const strList = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;

export class LockShapeError extends Error {}

/** Reads the lockfile's version; throws LockShapeError when the document is not a mapping. */
export function lockfileVersionOf(doc: unknown): string | undefined {
  if (!isObj(doc)) throw new LockShapeError('the lockfile is not a YAML mapping');
  return str(doc.lockfileVersion);
}

/** What the readers share: the problems found and the mappings already read. */
interface ReadState {
  problems: ShapeProblem[];
  /** pnpm never writes YAML aliases; a mapping met twice is one, and is read once only (no blow-up). */
  seen: WeakSet<object>;
}

function firstVisit(st: ReadState, v: Obj, section: string, key: string): boolean {
  if (!st.seen.has(v)) {
    st.seen.add(v);
    return true;
  }
  st.problems.push({ section, key, message: 'repeats a mapping through a YAML alias' });
  return false;
}

function stringMap(v: unknown, section: string, key: string, st: ReadState): Map<string, string> {
  const out = new Map<string, string>();
  const problems = st.problems;
  if (v === undefined || v === null) return out;
  if (!isObj(v)) {
    problems.push({ section, key, message: 'dependencies are not a mapping' });
    return out;
  }
  if (!firstVisit(st, v, section, key)) return out;
  for (const [name, ref] of Object.entries(v)) {
    const s = str(ref);
    if (s === undefined) problems.push({ section, key, message: `dependency ${name} has no reference` });
    else out.set(name, s);
  }
  return out;
}

function readImporter(raw: unknown, path: string, st: ReadState): LockImporter {
  const problems = st.problems;
  const imp: LockImporter = {
    dependencies: new Map(),
    devDependencies: new Map(),
    optionalDependencies: new Map(),
  };
  if (!isObj(raw)) {
    if (raw !== null && raw !== undefined)
      problems.push({ section: 'importers', key: path, message: 'not a mapping' });
    return imp;
  }
  if (!firstVisit(st, raw, 'importers', path)) return imp;
  for (const field of DEP_FIELDS) {
    const deps = raw[field];
    if (deps === undefined || deps === null) continue;
    if (!isObj(deps)) {
      problems.push({ section: 'importers', key: path, message: `${field} is not a mapping` });
      continue;
    }
    if (!firstVisit(st, deps, 'importers', path)) continue;
    for (const [name, d] of Object.entries(deps)) {
      const version = isObj(d) ? str(d.version) : undefined;
      if (!isObj(d) || version === undefined) {
        problems.push({ section: 'importers', key: path, message: `${field}.${name} has no version` });
        continue;
      }
      imp[field].set(name, { specifier: str(d.specifier) ?? '', version });
    }
  }
  return imp;
}

function readResolution(v: unknown): Resolution {
  if (!isObj(v)) return {};
  const r: Resolution = {};
  for (const k of ['integrity', 'tarball', 'directory', 'repo', 'commit', 'type'] as const) {
    const s = str(v[k]);
    if (s !== undefined) r[k] = s;
  }
  return r;
}

function readMeta(raw: Obj): PackageMeta {
  const m: PackageMeta = { resolution: readResolution(raw.resolution), peerDependencies: {} };
  const name = str(raw.name);
  const version = str(raw.version);
  if (name !== undefined) m.name = name;
  if (version !== undefined) m.version = version;
  for (const k of ['cpu', 'os', 'libc'] as const) {
    const l = strList(raw[k]);
    if (l?.length) m[k] = l;
  }
  if (raw.hasBin === true) m.hasBin = true;
  const dep = str(raw.deprecated);
  if (dep !== undefined) m.deprecated = dep;
  if (isObj(raw.peerDependencies))
    for (const [n, r] of Object.entries(raw.peerDependencies)) m.peerDependencies[n] = str(r) ?? '';
  if (isObj(raw.peerDependenciesMeta))
    for (const [n, meta] of Object.entries(raw.peerDependenciesMeta))
      if (isObj(meta) && meta.optional === true) (m.optionalPeers ??= new Set()).add(n);
  return m;
}

function readSnapshot(raw: Obj, section: string, key: string, st: ReadState): Snapshot {
  return {
    dependencies: stringMap(raw.dependencies, section, key, st),
    optionalDependencies: stringMap(raw.optionalDependencies, section, key, st),
  };
}

function entries(doc: Obj, section: string): [string, unknown][] {
  const v = doc[section];
  if (v === undefined || v === null) return [];
  if (!isObj(v)) throw new LockShapeError(`${section} is not a mapping`);
  return Object.entries(v);
}

function readCatalogs(doc: Obj): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [catalog, deps] of entries(doc, 'catalogs')) {
    if (!isObj(deps)) continue;
    const m = new Map<string, string>();
    for (const [name, d] of Object.entries(deps)) {
      const spec = isObj(d) ? str(d.specifier) : undefined;
      if (spec !== undefined) m.set(name, spec);
    }
    out.set(catalog, m);
  }
  return out;
}

/** `overrides` keys look like `foo`, `foo@^1`, `parent>foo`, `@scope/foo@1`: keep the target name. */
function overriddenNames(doc: Obj): Set<string> {
  const out = new Set<string>();
  if (!isObj(doc.overrides)) return out;
  for (const key of Object.keys(doc.overrides)) {
    const target = key.slice(key.lastIndexOf('>') + 1);
    const at = target.indexOf('@', 1);
    out.add(at > 0 ? target.slice(0, at) : target);
  }
  return out;
}

/** Reads a v6 or v9 lockfile document; throws LockShapeError for a wrong top-level shape. */
export function readLockfile(
  doc: Obj,
  generation: LockGeneration,
  lockfileVersion: string,
  problems: ShapeProblem[],
): Lockfile {
  const st: ReadState = { problems, seen: new WeakSet() };
  const importers = new Map<string, LockImporter>();
  const rawImporters = entries(doc, 'importers');
  // A single-project lockfile may keep the root's dependencies at the top level.
  if (rawImporters.length === 0) importers.set('.', readImporter(doc, '.', st));
  for (const [path, raw] of rawImporters) importers.set(path, readImporter(raw, path, st));

  const packages = new Map<string, PackageMeta>();
  const snapshots = new Map<string, Snapshot>();
  for (const [key, raw] of entries(doc, 'packages')) {
    if (!isObj(raw)) {
      problems.push({ section: 'packages', key, message: 'not a mapping' });
      continue;
    }
    if (!firstVisit(st, raw, 'packages', key)) continue;
    packages.set(key, readMeta(raw));
    if (generation === 6) snapshots.set(key, readSnapshot(raw, 'packages', key, st));
  }
  if (generation === 9)
    for (const [key, raw] of entries(doc, 'snapshots')) {
      if (raw === null || raw === undefined) snapshots.set(key, readSnapshot({}, 'snapshots', key, st));
      else if (!isObj(raw)) problems.push({ section: 'snapshots', key, message: 'not a mapping' });
      else if (firstVisit(st, raw, 'snapshots', key))
        snapshots.set(key, readSnapshot(raw, 'snapshots', key, st));
    }
  return {
    generation,
    lockfileVersion,
    importers,
    packages,
    snapshots,
    catalogs: readCatalogs(doc),
    overridden: overriddenNames(doc),
    excludeLinks: isObj(doc.settings) && doc.settings.excludeLinksFromLockfile === true,
  };
}
