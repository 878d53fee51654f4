// The npm lockfile plugin: claims package-lock.json and npm-shrinkwrap.json outside node_modules.
// Where a folder has both, npm installs from npm-shrinkwrap.json and ignores package-lock.json, so
// only the shrinkwrap is claimed there.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractPackageLock, PLUGIN_ID } from './extract-package-lock.js';

const SHRINKWRAP = 'npm-shrinkwrap.json';
const PACKAGE_LOCK = 'package-lock.json';

export function claimsNpmLockfile(path: string, tree: { hasFile(path: string): boolean }): boolean {
  if (path.split('/').includes('node_modules')) return false;
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  if (base === SHRINKWRAP) return true;
  if (base !== PACKAGE_LOCK) return false;
  return !tree.hasFile(slash >= 0 ? `${path.slice(0, slash)}/${SHRINKWRAP}` : SHRINKWRAP);
}

export const npmPackageLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'npm',
  formats: ['package-lock.json (lockfileVersion 1, 2, 3)', 'npm-shrinkwrap.json'],
  claims: claimsNpmLockfile,
  extract: extractPackageLock,
};
