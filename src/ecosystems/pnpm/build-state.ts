// The state one lockfile's extraction shares between its steps (importers, nodes, edges) and the
// small helpers they all need: paths relative to the lockfile, reading a neighbouring package.json,
// and where a snapshot's metadata lives.
import { posix } from 'node:path';
import type { GraphEdge, GraphNode } from '../../core/model.js';
import type { ExtractContext } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import type { LockGeneration } from './dep-path.js';
import type { KeyLines } from './key-lines.js';
import { readManifest, type Manifest } from './manifest-check.js';
import type { Lockfile } from './schema.js';

/** Everything a build step needs: the lockfile, where it is, and what goes wrong along the way. */
export interface Build {
  file: string;
  /** Directory of the lockfile relative to the scan root ('.' for the root). */
  dir: string;
  lock: Lockfile;
  lines: KeyLines;
  ctx: ExtractContext;
  failures: FileFailure[];
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  importerPaths: Set<string>;
  /**
   * pnpm 8-10 install an optional peer with the package that declares it even when only the
   * importer's own devDependency provides it; pnpm 11 and later leave it out of a prod install.
   * True for v6 lockfiles and when package.json pins pnpm 10 or older; false otherwise (latest pnpm).
   */
  optionalPeersFollowDependent: boolean;
  /** Snapshot keys that some importer has as a devDependency and not as a prod or optional one. */
  devOnlyDirect: Set<string>;
  /** Version in the package.json of each non-workspace `link:` target (null when unreadable). */
  linkVersions: Map<string, string | null>;
}

export const underDir = (dir: string, p: string): string =>
  dir === '.' ? p : posix.normalize(posix.join(dir, p));

async function readJson(ctx: ExtractContext, path: string): Promise<unknown> {
  try {
    const text = await ctx.readTextIfExists(path);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined; // a neighbour's problem is not this lockfile's; its own plugin reports it
  }
}

export async function readManifestAt(ctx: ExtractContext, dir: string): Promise<Manifest | undefined> {
  return readManifest(await readJson(ctx, underDir(dir, 'package.json')));
}

/** `packages` key holding a snapshot's metadata: v9 drops the peer/patch suffix, v6 shares the key. */
export function metaKeyOf(gen: LockGeneration, key: string): string {
  if (gen === 6) return key;
  const open = key.indexOf('(');
  return open >= 0 ? key.slice(0, open) : key;
}
