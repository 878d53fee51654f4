// Which package.json files these plugins own. A lockfile anywhere from the manifest's directory up
// to the scan root means a lockfile parser owns the project; these rules are pure (no I/O) so
// claims stay cheap, answering only from what discovery recorded.
import { posix } from 'node:path';
import type { TreeView } from '../../core/plugin.js';

/** Lockfiles of the JavaScript package managers; any of them takes precedence over these plugins. */
export const JS_LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
];

/** Root-relative path of a file in a directory ('.' is the scan root). */
export const inDir = (dir: string, name: string): string => (dir === '.' ? name : `${dir}/${name}`);

/** The directory and each ancestor up to the scan root, nearest first. */
export function selfAndAncestors(dir: string): string[] {
  const out = [dir];
  let d = dir;
  while (d !== '.') {
    d = posix.dirname(d);
    out.push(d);
  }
  return out;
}

export function isManifest(path: string): boolean {
  return path === 'package.json' || path.endsWith('/package.json');
}

export function lockedAbove(dir: string, tree: TreeView): boolean {
  return selfAndAncestors(dir).some((d) => JS_LOCKFILES.some((l) => tree.hasFile(inDir(d, l))));
}

export function hasInstalledTree(dir: string, tree: TreeView): boolean {
  return tree.hasDir(inDir(dir, 'node_modules'));
}
