// The Bun lockfile plugin: claims the text lockfile bun.lock (Bun 1.2+) outside node_modules.
// The older binary bun.lockb is not read: it has no stable public format.
import type { EcosystemPlugin, ExtractContext } from '../../core/plugin.js';
import { extractBunLock, PLUGIN_ID } from './extract-bun-lock.js';

export const bunLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'npm',
  formats: ['bun.lock (Bun 1.2+ text lockfile, JSONC)'],
  claims(path) {
    const parts = path.split('/');
    return parts[parts.length - 1] === 'bun.lock' && !parts.includes('node_modules');
  },
  async extract(path: string, ctx: ExtractContext) {
    return extractBunLock(path, await ctx.readText(path), ctx);
  },
};
