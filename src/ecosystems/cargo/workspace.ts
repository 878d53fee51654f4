// Finds the workspace members of a Cargo project from its Cargo.toml files, as cargo does: the
// root package, the `workspace.members` globs minus `workspace.exclude`, and every path
// dependency of a member that lies inside the workspace directory.
import { posix } from 'node:path';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import { isTable, parseToml, type TomlTable } from '../../util/toml.js';
import { toManifest, type Manifest } from './schema.js';

export interface Member {
  /** Directory relative to the Cargo.lock's directory ('.' for the root). */
  path: string;
  /** Cargo.toml path relative to the scan root. */
  manifestFile: string;
  manifest: Manifest;
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

async function readManifest(ctx: ExtractContext, file: string, wsDeps: TomlTable): Promise<Manifest> {
  const doc = parseToml(await ctx.readText(file), file);
  return toManifest(doc, wsDeps);
}

/**
 * Members of the workspace rooted next to the lockfile, or undefined when there is no Cargo.toml
 * there. Manifests that cannot be read are thrown as FileErrors by the caller's choice.
 */
export async function workspaceMembers(ctx: ExtractContext, lockDir: string): Promise<Member[] | undefined> {
  const rootFile = join(lockDir, 'Cargo.toml');
  const text = await ctx.readTextIfExists(rootFile);
  if (text === undefined) return undefined;
  const doc = parseToml(text, rootFile);
  const ws = isTable(doc.workspace) ? doc.workspace : undefined;
  const wsDeps = ws && isTable(ws.dependencies) ? ws.dependencies : {};
  const root = toManifest(doc, wsDeps);
  const members: Member[] = [];
  if (root.name) members.push({ path: '.', manifestFile: rootFile, manifest: root });
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
    let manifest: Manifest;
    try {
      manifest = await readManifest(ctx, manifestFile, wsDeps);
    } catch (e) {
      if (e instanceof FileError) throw e;
      throw new FileError('parse-error', manifestFile, (e as Error).message);
    }
    const m = { path: dir, manifestFile, manifest };
    members.push(m);
    queue.push(...pathDeps(m));
  }
  return members;
}

/** Path dependencies of a member, as directories relative to the lockfile's directory. */
function pathDeps(m: Member): string[] {
  return m.manifest.deps.filter((d) => d.path).map((d) => join(m.path, d.path!));
}
