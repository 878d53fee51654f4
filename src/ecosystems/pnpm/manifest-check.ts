// Compares an importer's lockfile entry with its package.json, as `pnpm install --frozen-lockfile`
// would: the same dependency names in each field with the same specifiers. A mismatch means the
// lockfile is stale, so the inventory may not be what an install would produce; the caller
// reports it as 'inconsistent' and keeps the results.
import { DEP_FIELDS, type LockImporter } from './schema.js';

export interface Manifest {
  name?: string;
  version?: string;
  deps: Record<(typeof DEP_FIELDS)[number], Record<string, string>>;
  peerDependencies: Record<string, string>;
  /** `packageManager`, e.g. `pnpm@10.34.9+sha512…` (corepack's pin of the package manager). */
  packageManager?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/** Reads the fields we compare; undefined when the JSON is not an object. */
export function readManifest(json: unknown): Manifest | undefined {
  if (!isObj(json)) return undefined;
  const m: Manifest = {
    deps: {
      dependencies: stringRecord(json.dependencies),
      devDependencies: stringRecord(json.devDependencies),
      optionalDependencies: stringRecord(json.optionalDependencies),
    },
    peerDependencies: stringRecord(json.peerDependencies),
  };
  if (typeof json.name === 'string') m.name = json.name;
  if (typeof json.version === 'string') m.version = json.version;
  if (typeof json.packageManager === 'string') m.packageManager = json.packageManager;
  // npm semantics, which pnpm follows: an optional dependency is not also a regular one.
  for (const name of Object.keys(m.deps.optionalDependencies)) delete m.deps.dependencies[name];
  return m;
}

export interface CompareOptions {
  /** Dependencies whose specifier `overrides` replaced. */
  overridden: Set<string>;
  /** `link:` dependencies are left out of the lockfile (excludeLinksFromLockfile). */
  excludeLinks: boolean;
}

/** Human-readable (English, language-neutral detail) differences; empty when consistent. */
export function compareImporter(lock: LockImporter, manifest: Manifest, opts: CompareOptions): string[] {
  const out: string[] = [];
  for (const field of DEP_FIELDS) {
    const declared = manifest.deps[field];
    const locked = lock[field];
    for (const [name, spec] of Object.entries(declared)) {
      const entry = locked.get(name);
      if (!entry) {
        if (!(opts.excludeLinks && spec.startsWith('link:')))
          out.push(`${field}.${name} (${spec}) is not in the lockfile`);
      } else if (entry.specifier !== spec && !opts.overridden.has(name))
        out.push(`${field}.${name} is ${spec} in package.json but ${entry.specifier} in the lockfile`);
    }
    for (const [name, entry] of locked) {
      if (name in declared) continue;
      // Peers of the importer that pnpm installed for it (auto-install-peers).
      if (field === 'dependencies' && manifest.peerDependencies[name] === entry.specifier) continue;
      out.push(`${field}.${name} is in the lockfile but not in package.json`);
    }
  }
  return out;
}
