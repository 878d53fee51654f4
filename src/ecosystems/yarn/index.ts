// The Yarn lockfile plugin: claims yarn.lock (outside node_modules) and hands it to the classic
// (v1) or the Berry (v2+) parser, told apart by Berry's `__metadata` block and classic's
// `# yarn lockfile v1` header.
import type { EcosystemPlugin, ExtractContext } from '../../core/plugin.js';
import { extractYarnLockBerry } from './extract-yarn-lock-berry.js';
import { extractYarnLockV1 } from './extract-yarn-lock-v1.js';
import { PLUGIN_ID } from './graph-builder.js';

export type YarnLockFlavour = 'classic' | 'berry';

/** Which parser a yarn.lock needs, from its text. */
export function yarnLockFlavour(text: string): YarnLockFlavour {
  if (/^# yarn lockfile v1\s*$/m.test(text.slice(0, 2048))) return 'classic';
  return /^"?__metadata"?:\s*$/m.test(text) ? 'berry' : 'classic';
}

export const yarnLockPlugin: EcosystemPlugin = {
  id: PLUGIN_ID,
  ecosystem: 'npm',
  formats: ['yarn.lock (Yarn classic v1 and Berry v2+)'],
  claims(path) {
    const parts = path.split('/');
    return parts[parts.length - 1] === 'yarn.lock' && !parts.includes('node_modules');
  },
  async extract(path: string, ctx: ExtractContext) {
    const text = await ctx.readText(path);
    return yarnLockFlavour(text) === 'berry'
      ? extractYarnLockBerry(path, text, ctx)
      : extractYarnLockV1(path, text, ctx);
  },
};
