// The Ruby ecosystem: Bundler's Gemfile.lock (or gems.locked) with the Gemfile beside it for
// groups. Lockfiles of vendored or installed gems (vendor/bundle) are not projects.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { extractGemfileLock, GEM_PLUGIN_ID } from './extract-gemfile-lock.js';

export const gemfileLockPlugin: EcosystemPlugin = {
  id: GEM_PLUGIN_ID,
  ecosystem: 'gem',
  formats: [
    'Gemfile.lock / gems.locked (Bundler 1.x-2.x, CHECKSUMS section of Bundler 2.5+) with the Gemfile for groups',
  ],
  claims: (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (name === 'Gemfile.lock' || name === 'gems.locked') && !path.split('/').includes('vendor');
  },
  extract: extractGemfileLock,
};
