// The PHP ecosystem: composer.lock with the composer.json beside it. Lockfiles inside vendor/
// belong to installed packages, not to the project.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { COMPOSER_PLUGIN_ID, extractComposerLock } from './extract-composer-lock.js';

export const composerLockPlugin: EcosystemPlugin = {
  id: COMPOSER_PLUGIN_ID,
  ecosystem: 'composer',
  formats: ['composer.lock (Composer 1 and 2) with composer.json'],
  claims: (path) =>
    (path === 'composer.lock' || path.endsWith('/composer.lock')) && !path.split('/').includes('vendor'),
  extract: extractComposerLock,
};
