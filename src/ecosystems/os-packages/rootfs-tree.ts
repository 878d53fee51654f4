// The discovery step for `steward scan --rootfs DIR`: a root filesystem holds tens of thousands of
// files, but the installed-package databases sit at fixed places, so only those are looked up
// (plus the per-package files of dpkg's status.d). Reads go through src/util/fs.ts.
import type { FileFailure } from '../../core/status.js';
import { existsUnder, listDirUnder, realPathUnder } from '../../util/fs.js';
import { ROOTFS_DIRS, ROOTFS_PATHS } from './index.js';

export interface RootfsTree {
  files: string[];
  dirs: Set<string>;
  failures: FileFailure[];
  hasFile(path: string): boolean;
  hasDir(path: string): boolean;
}

export async function rootfsTree(root: string): Promise<RootfsTree> {
  const files: string[] = [];
  const dirs = new Set<string>(['.']);
  // A database reached through a link that leaves the root filesystem (an absolute link resolved
  // on the host) is not the image's: skip it.
  // var/lib/rpm is often a link to usr/lib/sysimage/rpm: the same database is read once.
  const seen = new Set<string>();
  const inside = async (p: string) => {
    if (!(await existsUnder(root, p))) return false;
    const real = await realPathUnder(root, p);
    if (real === undefined || seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  for (const path of ROOTFS_PATHS) if (await inside(path)) files.push(path);
  for (const dir of ROOTFS_DIRS) {
    const entries = await listDirUnder(root, dir.replace(/\/$/, '')).catch(() => []);
    if (entries.length) dirs.add(dir.replace(/\/$/, ''));
    for (const e of entries)
      if (e.kind === 'file' && (await inside(`${dir}${e.name}`))) files.push(`${dir}${e.name}`);
  }
  files.sort();
  const set = new Set(files);
  return { files, dirs, failures: [], hasFile: (p) => set.has(p), hasDir: (p) => dirs.has(p) };
}
