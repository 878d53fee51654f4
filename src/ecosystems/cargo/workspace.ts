// Finds the workspace members of a Cargo project from its Cargo.toml files, as cargo does: the
// root package, the `workspace.members` globs minus `workspace.exclude`, and every path
// dependency of a member that lies inside the workspace directory.
import { posix } from 'node:path';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { parseToml } from '../../util/toml.js';
import {
  inheritanceOf,
  toManifest,
  type Manifest,
  type ManifestDep,
  type WorkspaceInheritance,
} from './schema.js';

export interface Member {
  /** Directory relative to the workspace root's directory ('.' for the root). */
  path: string;
  /** Cargo.toml path relative to the scan root. */
  manifestFile: string;
  manifest: Manifest;
  /** The manifest's text, for locating declarations. */
  text: string;
}

const join = (...parts: string[]) => posix.normalize(posix.join(...parts));

function globToRegExp(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** Directories (relative to `base`) matching a members pattern such as `crates/*`. */
async function expand(ctx: ExtractContext, base: string, pattern: string): Promise<string[]> {
  let dirs = ['.'];
  for (const seg of pattern.split('/').filter((s) => s && s !== '.')) {
    if (!/[*?[]/.test(seg)) {
      dirs = dirs.map((d) => join(d, seg));
      continue;
    }
    const re = globToRegExp(seg);
    const next: string[] = [];
    for (const d of dirs) {
      const entries = await ctx.listDir(join(base, d)).catch(() => []);
      for (const e of entries) if (e.kind === 'dir' && re.test(e.name)) next.push(join(d, e.name));
    }
    dirs = next;
  }
  return dirs;
}

async function readManifest(
  ctx: ExtractContext,
  file: string,
  inherit: WorkspaceInheritance,
): Promise<{ manifest: Manifest; text: string }> {
  const text = await ctx.readText(file);
  return { manifest: toManifest(parseToml(text, file), inherit), text };
}

/** Whether a directory (relative to the root) matches a `members` pattern such as `crates/*`. */
export function matchesPattern(dir: string, pattern: string): boolean {
  const want = pattern.split('/').filter((s) => s && s !== '.');
  const have = dir === '.' ? [] : dir.split('/');
  return want.length === have.length && want.every((seg, i) => globToRegExp(seg).test(have[i]!));
}

/**
 * Members of the workspace whose root manifest is in `lockDir` (the Cargo.lock's directory, or the
 * root Cargo.toml's when there is no lockfile), or undefined when there is no Cargo.toml there.
 * Manifests that cannot be read are thrown as FileErrors.
 */
export async function workspaceMembers(
  ctx: ExtractContext,
  lockDir: string,
  /** When given, a member whose manifest cannot be read is recorded here and left out instead. */
  failures?: FileFailure[],
): Promise<Member[] | undefined> {
  const rootFile = join(lockDir, 'Cargo.toml');
  const text = await ctx.readTextIfExists(rootFile);
  if (text === undefined) return undefined;
  const doc = parseToml(text, rootFile);
  const inherit = inheritanceOf(doc);
  const root = toManifest(doc, inherit);
  const members: Member[] = [];
  if (root.name) members.push({ path: '.', manifestFile: rootFile, manifest: root, text });
  if (!root.workspace) return members;
  const excluded = root.workspace.exclude.map((e) => join(e));
  const isExcluded = (dir: string) => excluded.some((e) => dir === e || dir.startsWith(`${e}/`));
  const queue: string[] = [];
  for (const pattern of root.workspace.members) queue.push(...(await expand(ctx, lockDir, pattern)));
  for (const m of members) queue.push(...pathDeps(m));
  const seen = new Set(members.map((m) => m.path));
  while (queue.length) {
    const dir = queue.shift()!;
    if (seen.has(dir) || dir.startsWith('..') || isExcluded(dir)) continue;
    seen.add(dir);
    const manifestFile = join(lockDir, dir, 'Cargo.toml');
    if (!ctx.tree.hasFile(manifestFile)) continue;
    let read: { manifest: Manifest; text: string };
    try {
      read = await readManifest(ctx, manifestFile, inherit);
    } catch (e) {
      const err =
        e instanceof FileError ? e : new FileError('parse-error', manifestFile, (e as Error).message);
      if (!failures) throw err;
      failures.push({ file: err.file, line: err.line, reason: err.reason, detail: err.detail });
      continue;
    }
    const m = { path: dir, manifestFile, ...read };
    members.push(m);
    queue.push(...pathDeps(m));
  }
  return members;
}

/** The directory of a path dependency, relative to the workspace root (inherited paths are the root's). */
export function depDir(m: Member, d: ManifestDep): string {
  return d.inherited ? join(d.path!) : join(m.path, d.path!);
}

/** Path dependencies of a member, as directories relative to the workspace root. */
function pathDeps(m: Member): string[] {
  return m.manifest.deps.filter((d) => d.path).map((d) => depDir(m, d));
}
