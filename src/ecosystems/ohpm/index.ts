// The OpenHarmony ohpm ecosystem: oh-package-lock.json5 (with its oh-package.json5) per module,
// and a bare oh-package.json5 when no lockfile sits beside it. Installed trees (oh_modules) are
// not projects and are skipped.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractOhPackage, MANIFEST_PLUGIN_ID } from './extract-oh-package.js';
import { extractOhPackageLock, PLUGIN_ID } from './extract-oh-package-lock.js';

const LOCK = 'oh-package-lock.json5';
const MANIFEST = 'oh-package.json5';

const inInstalledTree = (path: string) => path.split('/').slice(0, -1).includes('oh_modules');
const sibling = (path: string, name: string) => {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? name : `${path.slice(0, slash + 1)}${name}`;
};
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export const ohpmLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'ohpm',
  formats: ['oh-package-lock.json5 (lockfileVersion 1, 2, 3) with its oh-package.json5'],
  claims: (path) => baseName(path) === LOCK && !inInstalledTree(path),
  extract: extractOhPackageLock,
};

export const ohpmManifestPlugin: EcosystemPlugin = {
  id: MANIFEST_PLUGIN_ID,
  ecosystem: 'ohpm',
  formats: ['oh-package.json5 without a lockfile (declared ranges only)'],
  claims: (path, tree) =>
    baseName(path) === MANIFEST && !inInstalledTree(path) && !tree.hasFile(sibling(path, LOCK)),
  extract: extractOhPackage,
};
