// Versions of linked folders. Lockfiles write a placeholder for `link:` (classic "0.0.0") and for
// Berry `link:`/`portal:` ("0.0.0-use.local"); the real version is in the folder's package.json,
// which is what `yarn list` (classic) and `yarn info` (Berry portals) report.
import type { GraphNode } from '../../core/model.js';
import type { ExtractContext } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { localPackageVersion } from './workspace-manifests.js';

const PLACEHOLDERS = new Set(['0.0.0', '0.0.0-use.local']);

export async function resolveLinkVersions(nodes: Iterable<GraphNode>, ctx: ExtractContext): Promise<void> {
  for (const n of nodes) {
    if (n.source?.type !== 'link' || !n.source.url || !PLACEHOLDERS.has(n.version ?? '')) continue;
    const version = await localPackageVersion(ctx, n.source.url);
    if (version) n.version = version;
    else {
      n.range = n.version ?? '';
      n.version = null;
    }
    n.purl = npmPurl(n.name, n.version);
  }
}
