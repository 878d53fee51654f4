// The list of ecosystem plugins. Adding an ecosystem means adding a folder and one line here; a
// test checks that every folder is registered and every registered plugin has a folder.
import type { EcosystemPlugin } from '../core/plugin.js';
import { npmPackageLockPlugin } from './npm/index.js';

export const ECOSYSTEM_PLUGINS: EcosystemPlugin[] = [npmPackageLockPlugin];
