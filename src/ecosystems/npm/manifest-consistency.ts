// A lockfile that contradicts the package.json beside it describes a different install than the
// one the manifest asks for. npm would re-resolve; Steward reports it and keeps the locked result:
// a declared dependency the lockfile lacks, or a locked version outside the declared range.
import semver from 'semver';
import type { FileFailure } from '../../core/status.js';
import { declarations } from './lock-edges.js';
import type { Classified } from './lock-nodes.js';
import { lookup } from './node-modules-lookup.js';
import type { LockEntry, Lockfile } from './schema.js';

const ALIAS = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/;

/** The version (and real name) an entry key stands for, following links to workspaces and folders. */
function lockedAs(c: Classified, lock: Lockfile, key: string): { name?: string; version?: string } {
  const target = c.links.get(key) ?? key;
  const node = c.nodes.get(target);
  if (node) return { name: node.name, version: node.version ?? undefined };
  const e = lock.entries.get(target);
  return { name: e?.name, version: e?.version };
}

/** Contradictions between one importer's manifest declarations and what the lockfile installed. */
export function checkManifest(
  lockFile: string,
  manifestFile: string,
  importerKey: string,
  manifest: LockEntry,
  lock: Lockfile,
  c: Classified,
): FileFailure[] {
  const out: FileFailure[] = [];
  const fail = (detail: string) => out.push({ file: lockFile, reason: 'inconsistent', detail });
  for (const [name, d] of declarations(manifest, true)) {
    if (d.kind === 'peer') continue;
    const key = lookup(lock.entries, importerKey, name);
    if (key === undefined) {
      if (!d.mayBeAbsent) fail(`${name}@${d.range} is declared in ${manifestFile} but not locked`);
      continue;
    }
    const locked = lockedAs(c, lock, key);
    const alias = ALIAS.exec(d.range);
    const range = alias ? (alias[2] ?? '*') : d.range;
    if (alias && locked.name !== undefined && locked.name !== alias[1])
      fail(`${name} is declared in ${manifestFile} as ${d.range} but ${locked.name} is locked`);
    else if (
      locked.version &&
      semver.validRange(range) &&
      !semver.satisfies(locked.version, range, { includePrerelease: true })
    )
      fail(`${name} is declared in ${manifestFile} as ${d.range} but ${locked.version} is locked`);
  }
  return out;
}
