// lockfileVersion 1 (npm 5 and 6) nests packages as `dependencies` inside `dependencies`, each
// level standing for a node_modules folder. This flattens the tree into the install paths that the
// newer `packages` section uses, so one resolver serves every version.
import { isObject, licenseOf, stringMap, type JsonObject, type LockEntry } from './schema.js';

/** `npm:real-name@1.2.3`, the version npm 6 writes for an alias. */
const ALIAS_VERSION = /^npm:((?:@[^/@]+\/)?[^@]+)@(.+)$/;

function legacyEntry(key: string, raw: JsonObject): LockEntry {
  const e: LockEntry = {
    key,
    // `requires` lists names with ranges (npm 6) or exact versions (npm 5); edges only need the names.
    dependencies: stringMap(raw.requires),
    optionalDependencies: {},
    peerDependencies: {},
    devDependencies: {},
    optionalPeers: new Set(),
    legacy: { optional: raw.optional === true, dev: raw.dev === true },
  };
  const version = typeof raw.version === 'string' ? raw.version : undefined;
  const alias = version ? ALIAS_VERSION.exec(version) : null;
  if (alias) {
    e.name = alias[1]!;
    e.version = alias[2]!;
  } else if (version && /^(file:|git\+|git:|github:|https?:)/.test(version)) {
    // npm 6 writes the spec of file:, git and URL dependencies where the version would be.
    e.resolved = version;
  } else if (version) {
    e.version = version;
  }
  if (typeof raw.resolved === 'string') e.resolved = raw.resolved;
  if (typeof raw.integrity === 'string') e.integrity = raw.integrity;
  const license = licenseOf(raw.license);
  if (license) e.license = license;
  if (raw.bundled === true) e.inBundle = true;
  return e;
}

/** Flattens the v1 tree; the root entry '' carries the lockfile's own name and version. */
export function legacyEntries(doc: JsonObject, skipped: string[]): Map<string, LockEntry> {
  const entries = new Map<string, LockEntry>();
  const root = legacyEntry('', {});
  delete root.legacy;
  if (typeof doc.name === 'string') root.name = doc.name;
  if (typeof doc.version === 'string') root.version = doc.version;
  entries.set('', root);
  // Depth-first in document order, so entries keep the order of the file (line lookup relies on it).
  const visit = (parent: string, deps: JsonObject) => {
    for (const [name, raw] of Object.entries(deps)) {
      const key = parent ? `${parent}/node_modules/${name}` : `node_modules/${name}`;
      if (!isObject(raw)) {
        skipped.push(key);
        continue;
      }
      entries.set(key, legacyEntry(key, raw));
      if (isObject(raw.dependencies)) visit(key, raw.dependencies);
    }
  };
  if (isObject(doc.dependencies)) visit('', doc.dependencies);
  return entries;
}

/**
 * Root declarations guessed from a v1 tree when package.json is missing: every top-level package,
 * as dev or optional by its flags. Scopes come out right; more packages look direct than are.
 */
export function legacyRootDeclarations(entries: Map<string, LockEntry>): LockEntry {
  const root: LockEntry = {
    key: '',
    dependencies: {},
    optionalDependencies: {},
    peerDependencies: {},
    devDependencies: {},
    optionalPeers: new Set(),
  };
  for (const e of entries.values()) {
    if (!e.legacy || e.key.lastIndexOf('node_modules/') !== 0) continue;
    const name = e.key.slice('node_modules/'.length);
    const map = e.legacy.dev
      ? root.devDependencies
      : e.legacy.optional
        ? root.optionalDependencies
        : root.dependencies;
    map[name] = e.version ?? e.resolved ?? '*';
  }
  return root;
}
