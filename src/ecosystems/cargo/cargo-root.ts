// Which Cargo.toml files the declared-only plugin reports, so nothing is counted twice: a member
// is reported by its workspace root (found as cargo finds it: `package.workspace`, else the
// nearest ancestor with [workspace] that does not exclude it), and a root is left to the lockfile
// plugin when a Cargo.lock beside it, or an ancestor's Cargo.lock that locks it as a path crate,
// covers it.
import { posix } from 'node:path';
import type { ExtractContext } from '../../core/plugin.js';
import { isTable, parseToml, type TomlTable } from '../../util/toml.js';
import { toManifest, type Manifest } from './schema.js';

const inDir = (dir: string, name: string) => (dir === '.' ? name : `${dir}/${name}`);

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; d !== '.';) out.push((d = posix.dirname(d)));
  return out;
}

async function readToml(ctx: ExtractContext, file: string): Promise<TomlTable | undefined> {
  try {
    return parseToml(await ctx.readText(file), file);
  } catch {
    return undefined; // its own extraction reports it
  }
}

/** Cargo's `is_excluded`: under an `exclude` entry and not under a `members` entry taken literally
 * (cargo compares the patterns as paths here, so `crates/*` does not re-include `crates/x`). */
function excluded(rel: string, ws: NonNullable<Manifest['workspace']>): boolean {
  const under = (p: string) => {
    const n = posix.normalize(p);
    return rel === n || rel.startsWith(`${n}/`);
  };
  return ws.exclude.some(under) && !ws.members.some(under);
}

/** The directory of the workspace root that owns the manifest in `dir`, when it is not `dir` itself. */
export async function workspaceRootOf(
  dir: string,
  manifest: Manifest,
  ctx: ExtractContext,
): Promise<string | undefined> {
  if (manifest.workspace) return undefined;
  if (manifest.workspaceRoot) {
    const root = posix.normalize(posix.join(dir, manifest.workspaceRoot));
    return root === dir ? undefined : root;
  }
  for (const a of ancestors(dir)) {
    const file = inDir(a, 'Cargo.toml');
    if (!ctx.tree.hasFile(file)) continue;
    const doc = await readToml(ctx, file);
    if (!doc || !isTable(doc.workspace)) continue;
    const ws = toManifest(doc).workspace!;
    if (!excluded(posix.relative(a === '.' ? '' : a, dir), ws)) return a;
  }
  return undefined;
}

/** The Cargo.lock that already covers a workspace root in `dir`, if any. */
export async function lockedBy(
  dir: string,
  manifest: Manifest,
  ctx: ExtractContext,
): Promise<string | undefined> {
  const beside = inDir(dir, 'Cargo.lock');
  if (ctx.tree.hasFile(beside)) return beside;
  if (!manifest.name) return undefined;
  for (const a of ancestors(dir)) {
    const lock = inDir(a, 'Cargo.lock');
    if (!ctx.tree.hasFile(lock)) continue;
    const doc = await readToml(ctx, lock);
    const packages = doc && Array.isArray(doc.package) ? doc.package : [];
    const locked = packages.some(
      (p) =>
        isTable(p) &&
        p.name === manifest.name &&
        p.source === undefined &&
        (!manifest.version || p.version === manifest.version),
    );
    if (locked) return lock;
  }
  return undefined;
}
