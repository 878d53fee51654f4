// npm's (and Node's) node_modules lookup over lockfile keys: a package at P finds dependency `x`
// at P/node_modules/x, else in the node_modules of each folder above it, up to the project root.
// Keys are held in a Map, so resolving one edge costs a few lookups, never a scan.
import { posix } from 'node:path';
import type { LockEntry } from './schema.js';

/** The folder whose node_modules is searched after `dir`'s own. */
export function parentFolder(dir: string): string {
  const nested = dir.lastIndexOf('/node_modules/');
  if (nested >= 0) return dir.slice(0, nested);
  if (dir.startsWith('node_modules/')) return '';
  const slash = dir.lastIndexOf('/');
  return slash >= 0 ? dir.slice(0, slash) : '';
}

/** The key of the entry that `from` (a package or workspace key, '' for the root) gets for `name`. */
export function lookup(entries: Map<string, LockEntry>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (entries.has(candidate)) return candidate;
    if (dir === '' || dir === '.') return undefined;
    dir = parentFolder(dir);
  }
}

/** The folder a `link: true` entry points at, as a lockfile key. */
export function linkTarget(entry: LockEntry): string | undefined {
  if (!entry.link || entry.resolved === undefined) return undefined;
  const rel = entry.resolved.startsWith('file:') ? entry.resolved.slice(5) : entry.resolved;
  const norm = posix.normalize(rel).replace(/\/+$/, '');
  return norm === '.' ? '' : norm;
}

/** The package folder name at the end of a key: `node_modules/@s/a` → `@s/a`, `packages/a` → `a`. */
export function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  if (i >= 0 && (i === 0 || key[i - 1] === '/')) return key.slice(i + 'node_modules/'.length);
  return key.slice(key.lastIndexOf('/') + 1);
}

export const isInstallPath = (key: string): boolean =>
  key.startsWith('node_modules/') || key.includes('/node_modules/');
