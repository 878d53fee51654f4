// Permissive reading of package-lock.json / npm-shrinkwrap.json into typed entries. Every lockfile
// version becomes the same shape: a map from install path (`node_modules/a/node_modules/b`, or a
// workspace / file: folder) to a LockEntry. Fields of the wrong type are dropped, never trusted.
import { legacyEntries } from './legacy-tree.js';

/** One package as the lockfile records it, keyed by its install path relative to the lockfile. */
export interface LockEntry {
  key: string;
  /** The `name` field: set for aliases (the real package name) and for workspaces. */
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  license?: string;
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  /** Peers marked optional in peerDependenciesMeta. */
  optionalPeers: ReadonlySet<string>;
  workspaces?: unknown;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  inBundle?: boolean;
  hasInstallScript?: boolean;
  /** lockfileVersion 1: `requires` only; the edge kind follows the target's `optional` flag. */
  legacy?: { optional: boolean; dev: boolean };
}

export interface Lockfile {
  version: 1 | 2 | 3;
  entries: Map<string, LockEntry>;
  /** Keys of entries that had the wrong shape and were left out. */
  skipped: string[];
}

export type JsonObject = Record<string, unknown>;

export const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** A name → range map; the parsed object itself when it is well-formed (the usual case: no copy). */
export function stringMap(v: unknown): Record<string, string> {
  if (!isObject(v)) return EMPTY;
  for (const k in v) {
    if (typeof v[k] === 'string') continue;
    const out: Record<string, string> = {};
    for (const [name, r] of Object.entries(v)) if (typeof r === 'string') out[name] = r;
    return out;
  }
  return v as Record<string, string>;
}

function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return undefined;
  const list = v.filter((x): x is string => typeof x === 'string');
  return list.length ? list : undefined;
}

/** `license` is a string in modern package.json; very old packages used `{ type }`. */
export function licenseOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v || undefined;
  if (isObject(v)) return str(v.type);
  return undefined;
}

const NO_PEERS: ReadonlySet<string> = new Set();

function optionalPeersOf(meta: unknown): ReadonlySet<string> {
  if (!isObject(meta)) return NO_PEERS;
  const out = new Set<string>();
  for (const [name, m] of Object.entries(meta)) if (isObject(m) && m.optional === true) out.add(name);
  return out;
}

/** Reads one `packages` entry (lockfileVersion 2 and 3). */
export function readEntry(key: string, raw: JsonObject): LockEntry {
  const e: LockEntry = {
    key,
    dependencies: stringMap(raw.dependencies),
    optionalDependencies: stringMap(raw.optionalDependencies),
    peerDependencies: stringMap(raw.peerDependencies),
    devDependencies: stringMap(raw.devDependencies),
    optionalPeers: optionalPeersOf(raw.peerDependenciesMeta),
  };
  const set = <K extends keyof LockEntry>(k: K, v: LockEntry[K] | undefined) => {
    if (v !== undefined) e[k] = v;
  };
  set('name', str(raw.name));
  set('version', str(raw.version));
  set('resolved', str(raw.resolved));
  set('integrity', str(raw.integrity));
  set('license', licenseOf(raw.license));
  set('os', stringList(raw.os));
  set('cpu', stringList(raw.cpu));
  set('libc', stringList(raw.libc));
  if (raw.link === true) e.link = true;
  if (raw.inBundle === true) e.inBundle = true;
  if (raw.hasInstallScript === true) e.hasInstallScript = true;
  if (raw.workspaces !== undefined) e.workspaces = raw.workspaces;
  return e;
}

export type LockfileShapeError = { kind: 'shape'; detail: string } | { kind: 'version'; detail: string };

/** Reads a parsed lockfile; returns an error description for a wrong top-level shape or version. */
export function readLockfile(doc: unknown): Lockfile | LockfileShapeError {
  if (!isObject(doc)) return { kind: 'shape', detail: 'expected a JSON object at the top level' };
  const raw = doc.lockfileVersion;
  // npm 5 wrote lockfileVersion 1; a lockfile without the field is read as version 1, as npm does.
  const version = raw === undefined ? 1 : raw;
  if (version !== 1 && version !== 2 && version !== 3)
    return { kind: 'version', detail: `lockfileVersion ${JSON.stringify(raw)}` };
  const skipped: string[] = [];
  const entries = new Map<string, LockEntry>();
  if (version >= 2 && doc.packages !== undefined) {
    if (!isObject(doc.packages)) return { kind: 'shape', detail: '"packages" is not an object' };
    for (const [key, value] of Object.entries(doc.packages)) {
      if (isObject(value)) entries.set(key, readEntry(key, value));
      else skipped.push(key);
    }
    return { version, entries, skipped };
  }
  if (version === 3) return { kind: 'shape', detail: 'lockfileVersion 3 without a "packages" object' };
  if (doc.dependencies !== undefined && !isObject(doc.dependencies))
    return { kind: 'shape', detail: '"dependencies" is not an object' };
  const legacy = legacyEntries(doc, skipped);
  return { version: 1, entries: legacy, skipped };
}
