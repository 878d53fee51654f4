// Node's module lookup over an installed tree: from the dependent's *real* directory, try
// `<dir>/node_modules/<name>` in that directory and each ancestor (skipping directories that are
// themselves named node_modules), as require() does. Stops at the scan root, which is all we may read.
import { posix } from 'node:path';
import type { ExtractContext } from '../../core/plugin.js';
import { inDir } from './project-rules.js';

/** Candidate paths for `name` as seen from `fromDir`, nearest first. */
export function lookupCandidates(fromDir: string, name: string): string[] {
  const out: string[] = [];
  let dir = fromDir;
  for (;;) {
    if (posix.basename(dir) !== 'node_modules') out.push(inDir(dir, `node_modules/${name}`));
    if (dir === '.') break;
    dir = posix.dirname(dir);
  }
  return out;
}

/** Resolves package directories to their real paths; every answer of ctx.realPath is cached. */
export class ModuleLookup {
  private readonly real = new Map<string, Promise<string | undefined>>();

  constructor(private readonly ctx: ExtractContext) {}

  /** ctx.realPath, memoised: installed trees ask about the same directories many times. */
  realPath(path: string): Promise<string | undefined> {
    let p = this.real.get(path);
    if (!p) {
      p = this.ctx.realPath(path);
      this.real.set(path, p);
    }
    return p;
  }

  /** Real path of a directory holding a package.json, or undefined. */
  async packageDir(path: string): Promise<string | undefined> {
    const r = await this.realPath(path);
    if (r === undefined) return undefined;
    return (await this.realPath(inDir(r, 'package.json'))) ? r : undefined;
  }

  /** Where `require(name)` from a file in `fromDir` would find the package: its real directory. */
  async resolve(fromDir: string, name: string): Promise<{ real: string; at: string } | undefined> {
    for (const candidate of lookupCandidates(fromDir, name)) {
      const real = await this.packageDir(candidate);
      if (real !== undefined) return { real, at: candidate };
    }
    return undefined;
  }
}
