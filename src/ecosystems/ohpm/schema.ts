// Permissive typed views of oh-package.json5 and oh-package-lock.json5. Unknown fields are
// ignored; fields of the wrong type are dropped rather than trusted. A lockfile whose top level
// is not an object or whose version is unknown is refused with a FileError.
import { FileError } from '../../core/plugin.js';
import { isRecord } from './json5-document.js';

export type DependencyMap = Record<string, string>;

export interface OhPackageManifest {
  name?: string;
  version?: string;
  license?: string;
  dependencies: DependencyMap;
  devDependencies: DependencyMap;
  dynamicDependencies: DependencyMap;
}

export interface LockPackage {
  /** The `name@version` or `name@path` key of the packages table. */
  key: string;
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  shasum?: string;
  registryType?: string;
  packageType?: string;
  dependencies: DependencyMap;
  dynamicDependencies: DependencyMap;
}

export interface OhPackageLock {
  lockfileVersion: number;
  specifiers: Record<string, string>;
  packages: LockPackage[];
}

/** Lockfile versions written by ohpm 1.x (1), 2.x-era tools (2) and ohpm 5 (3). */
export const SUPPORTED_LOCK_VERSIONS = [1, 2, 3];

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function deps(v: unknown): DependencyMap {
  const out: DependencyMap = {};
  if (isRecord(v)) for (const [k, r] of Object.entries(v)) if (typeof r === 'string') out[k] = r;
  return out;
}

export function readManifest(file: string, raw: unknown): OhPackageManifest {
  if (!isRecord(raw)) throw new FileError('parse-error', file, 'top level is not an object');
  const m: OhPackageManifest = {
    dependencies: deps(raw.dependencies),
    devDependencies: deps(raw.devDependencies),
    dynamicDependencies: deps(raw.dynamicDependencies),
  };
  const name = str(raw.name);
  const version = str(raw.version);
  const license = str(raw.license);
  if (name) m.name = name;
  if (version) m.version = version;
  if (license) m.license = license;
  return m;
}

export function readLock(file: string, raw: unknown): OhPackageLock {
  if (!isRecord(raw)) throw new FileError('parse-error', file, 'top level is not an object');
  const version = raw.lockfileVersion;
  if (typeof version !== 'number' || !SUPPORTED_LOCK_VERSIONS.includes(version))
    throw new FileError('unsupported-version', file, `lockfileVersion ${JSON.stringify(version ?? null)}`);
  if (raw.packages !== undefined && !isRecord(raw.packages))
    throw new FileError('parse-error', file, '"packages" is not an object');
  const specifiers: Record<string, string> = {};
  if (isRecord(raw.specifiers))
    for (const [k, v] of Object.entries(raw.specifiers)) if (typeof v === 'string') specifiers[k] = v;
  const packages: LockPackage[] = [];
  for (const [key, entry] of Object.entries(raw.packages ?? {})) {
    if (!isRecord(entry)) continue;
    const p: LockPackage = {
      key,
      dependencies: deps(entry.dependencies),
      dynamicDependencies: deps(entry.dynamicDependencies),
    };
    for (const f of [
      'name',
      'version',
      'resolved',
      'integrity',
      'shasum',
      'registryType',
      'packageType',
    ] as const) {
      const v = str(entry[f]);
      if (v !== undefined) p[f] = v;
    }
    packages.push(p);
  }
  return { lockfileVersion: version, specifiers, packages };
}

/** Splits `name@rest` where name may be scoped (`@scope/name@rest`); the rest may contain '@'. */
export function splitKey(key: string): { name: string; rest: string } | undefined {
  const at = key.indexOf('@', key.startsWith('@') ? 1 : 0);
  if (at <= 0) return undefined;
  return { name: key.slice(0, at), rest: key.slice(at + 1) };
}
