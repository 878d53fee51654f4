// Turns the entries of an oh-package-lock.json5 `packages` table into graph nodes. Version 1
// entries carry only `resolved` and `integrity`, so name and version come from the `name@version`
// key; later versions name the package (an empty name also falls back to the key).
import { posix } from 'node:path';
import type { GraphNode, Hash, ResolvedSource } from '../../core/model.js';
import { purlFor } from './purl.js';
import { splitKey, type LockPackage } from './schema.js';
import { hashesFromIntegrity } from '../../core/integrity.js';

export function integrityHashes(integrity: string | undefined, shasum: string | undefined): Hash[] {
  const out: Hash[] = hashesFromIntegrity(integrity ?? '');
  if (shasum && /^[0-9a-f]{40}$/i.test(shasum) && !out.some((h) => h.alg === 'SHA-1'))
    out.push({ alg: 'SHA-1', value: shasum.toLowerCase() });
  return out;
}

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** A local package lives at a path relative to the lockfile's directory; the model wants it relative to the scan root. */
function sourceOf(p: LockPackage, lockDir: string, keyRest: string): ResolvedSource | undefined {
  const local =
    p.registryType === 'local' || (!p.registryType && p.resolved === undefined && !/^\d/.test(keyRest));
  const where = p.resolved ?? (local ? keyRest : undefined);
  if (local && where !== undefined && !isUrl(where)) {
    const url = posix.normalize(posix.join(lockDir, where.replace(/^file:/, '')));
    return { type: /\.(?:har|tgz|tar\.gz)$/i.test(where) ? 'file' : 'link', url };
  }
  if (where === undefined) return undefined;
  if (isUrl(where)) return { type: 'registry', url: where };
  return { type: 'unknown', url: where };
}

export function lockNode(p: LockPackage, lockFile: string, line: number | undefined): GraphNode | undefined {
  const split = splitKey(p.key);
  const name = p.name || split?.name;
  if (!name) return undefined;
  const keyVersion = split && /^\d/.test(split.rest) ? split.rest : undefined;
  const version = p.version || keyVersion || null;
  const lockDir = posix.dirname(lockFile);
  const node: GraphNode = {
    id: p.key,
    ecosystem: p.registryType === 'npm' ? 'npm' : 'ohpm',
    name,
    version,
    purl: purlFor(p.registryType, name, version),
  };
  const hashes = integrityHashes(p.integrity, p.shasum);
  if (hashes.length) node.hashes = hashes;
  if (p.integrity) node.integrity = p.integrity;
  const source = sourceOf(p, lockDir, split?.rest ?? '');
  if (source) node.source = source;
  if (split && split.name !== name) node.aliases = [split.name];
  node.location = line ? { file: lockFile, line } : { file: lockFile };
  const properties: Record<string, string> = {};
  if (p.registryType) properties.registryType = p.registryType;
  if (p.packageType) properties.packageType = p.packageType;
  if (p.resolved && /\.(har|tgz)$/i.test(p.resolved))
    properties.artifact = p.resolved.slice(p.resolved.lastIndexOf('.') + 1);
  if (Object.keys(properties).length) node.properties = properties;
  return node;
}
