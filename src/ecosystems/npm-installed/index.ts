// npm projects without a lockfile: the installed node_modules tree when there is one, otherwise
// the declared ranges of package.json. A lockfile in the directory or any ancestor up to the scan
// root always wins, so these plugins never double-count a locked project.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractNodeModules, NODE_MODULES_PLUGIN_ID } from './extract-node-modules.js';
import { extractPackageJson, PACKAGE_JSON_PLUGIN_ID } from './extract-package-json.js';
import { hasInstalledTree, isManifest, lockedAbove } from './project-rules.js';
import { posix } from 'node:path';

export const nodeModulesPlugin: EcosystemPlugin = {
  id: NODE_MODULES_PLUGIN_ID,
  ecosystem: 'npm',
  formats: [
    'installed node_modules tree (npm, pnpm virtual store, Yarn node-modules linker) without a lockfile',
  ],
  claims(path, tree) {
    if (!isManifest(path)) return false;
    const dir = posix.dirname(path);
    return hasInstalledTree(dir, tree) && !lockedAbove(dir, tree);
  },
  extract: extractNodeModules,
};

export const packageJsonPlugin: EcosystemPlugin = {
  id: PACKAGE_JSON_PLUGIN_ID,
  ecosystem: 'npm',
  formats: ['package.json declared ranges, when nothing is locked or installed'],
  claims(path, tree) {
    if (!isManifest(path)) return false;
    const dir = posix.dirname(path);
    return !hasInstalledTree(dir, tree) && !lockedAbove(dir, tree);
  },
  extract: extractPackageJson,
};
