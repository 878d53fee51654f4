// The pnpm ecosystem: one plugin for pnpm-lock.yaml. Installed copies under node_modules
// (node_modules/.pnpm/lock.yaml is named differently anyway) are left to the installed-tree plugins.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { PLUGIN_ID, extractPnpmLock } from './extract-pnpm-lock.js';

export const pnpmLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'npm',
  formats: ['pnpm-lock.yaml (lockfileVersion 6.0/6.1 from pnpm 8, 9.0 from pnpm 9 to 12)'],
  claims: (path) =>
    (path === 'pnpm-lock.yaml' || path.endsWith('/pnpm-lock.yaml')) &&
    !path.split('/').includes('node_modules'),
  extract: extractPnpmLock,
};
