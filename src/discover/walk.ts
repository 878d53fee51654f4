// Walks the scan root once. It honours the exclude list, records node_modules directories
// without entering them (installed-tree plugins list them on demand), follows symbolic links to
// directories inside the root and reports loops instead of recursing forever.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileFailure } from '../core/status.js';
import type { TreeView } from '../core/plugin.js';

/** Directories never entered: VCS metadata and installed dependency trees. */
export const NOT_ENTERED = new Set(['.git', '.hg', '.svn', 'node_modules']);

export interface WalkOptions {
  /** Directory or file names, or root-relative paths, to leave out entirely. */
  exclude?: string[];
}

export interface WalkResult extends TreeView {
  files: string[];
  dirs: Set<string>;
  failures: FileFailure[];
}

const CONCURRENCY = 16;

export async function walk(root: string, options: WalkOptions = {}): Promise<WalkResult> {
  const exclude = new Set((options.exclude ?? []).map((e) => e.replace(/^\.\//, '').replace(/\/+$/, '')));
  const files: string[] = [];
  const dirs = new Set<string>(['.']);
  const failures: FileFailure[] = [];
  const rootReal = await realpath(root);
  const visitedReal = new Set<string>([rootReal]);
  // Each queued directory carries the real paths of its ancestors, to tell a loop from a second link.
  const queue: { rel: string; ancestors: string[] }[] = [{ rel: '', ancestors: [rootReal] }];

  const excluded = (name: string, rel: string) => exclude.has(name) || exclude.has(rel);

  async function visit(rel: string, ancestors: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch (err) {
      failures.push({
        file: rel || '.',
        reason: 'unreadable',
        detail: (err as NodeJS.ErrnoException).code ?? String(err),
      });
      return;
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (excluded(e.name, childRel)) continue;
      if (e.isFile()) {
        files.push(childRel);
      } else if (e.isDirectory()) {
        dirs.add(childRel);
        if (NOT_ENTERED.has(e.name)) continue;
        const real = join(ancestors[ancestors.length - 1]!, e.name);
        visitedReal.add(real);
        queue.push({ rel: childRel, ancestors: [...ancestors, real] });
      } else if (e.isSymbolicLink()) {
        await visitLink(childRel, e.name, ancestors);
      }
    }
  }

  async function visitLink(childRel: string, name: string, ancestors: string[]): Promise<void> {
    let real: string;
    let st;
    try {
      real = await realpath(join(root, childRel));
      st = await stat(real);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP')
        failures.push({ file: childRel, reason: 'symlink-loop', detail: 'symbolic link loop' });
      // A dangling link is not an error: it simply holds nothing.
      return;
    }
    if (st.isFile()) {
      files.push(childRel);
      return;
    }
    if (!st.isDirectory()) return;
    dirs.add(childRel);
    if (NOT_ENTERED.has(name)) return;
    if (ancestors.includes(real)) {
      failures.push({
        file: childRel,
        reason: 'symlink-loop',
        detail: 'links to one of its own parent directories',
      });
      return;
    }
    if (!real.startsWith(rootReal + '/') || visitedReal.has(real)) return; // outside the root, or already walked
    visitedReal.add(real);
    queue.push({ rel: childRel, ancestors: [...ancestors, real] });
  }

  const running = new Set<Promise<void>>();
  while (queue.length || running.size) {
    while (queue.length && running.size < CONCURRENCY) {
      const next = queue.shift()!;
      const p: Promise<void> = visit(next.rel, next.ancestors).finally(() => running.delete(p));
      running.add(p);
    }
    if (running.size) await Promise.race(running);
  }

  files.sort();
  const fileSet = new Set(files);
  return {
    files,
    dirs,
    failures,
    hasFile: (p) => fileSet.has(p),
    hasDir: (p) => dirs.has(p),
  };
}
