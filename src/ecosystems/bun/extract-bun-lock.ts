// bun.lock (text, JSONC) -> DependencyGraph. `workspaces` are the importers with their declared
// dependencies by kind; each `packages` entry becomes a node (bun-links.ts adds the edges).
// Versions the lockfile leaves out (git, tarball, folders) are filled in where they can be known.
import { posix } from 'node:path';
import type { GraphNode, Importer, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { keySegments, linkBunGraph } from './bun-links.js';
import { BunGraphBuilder, PLUGIN_ID } from './graph-builder.js';
import { hashesFromIntegrity } from '../../core/integrity.js';
import { parseJsonc } from './jsonc.js';
import { isObject, toPackage, toWorkspace, type BunPackage, type BunWorkspace } from './schema.js';

export const SUPPORTED_LOCKFILE_VERSIONS = [0, 1, 2];

function readTables(text: string, file: string) {
  const { value, keyLines } = parseJsonc(text, file);
  if (!isObject(value)) throw new FileError('parse-error', file, 'bun.lock is not a JSON object', 1);
  const topLines = keyLines.get(value);
  const version = value.lockfileVersion;
  if (typeof version !== 'number' || !SUPPORTED_LOCKFILE_VERSIONS.includes(version))
    throw new FileError(
      'unsupported-version',
      file,
      `lockfileVersion ${JSON.stringify(version)}`,
      topLines?.get('lockfileVersion') ?? 1,
    );
  const { workspaces, packages } = value;
  if (!isObject(workspaces))
    throw new FileError(
      'parse-error',
      file,
      '"workspaces" is missing or not an object',
      topLines?.get('workspaces') ?? 1,
    );
  if (packages !== undefined && !isObject(packages))
    throw new FileError('parse-error', file, '"packages" is not an object', topLines?.get('packages'));
  const patched = isObject(value.patchedDependencies) ? value.patchedDependencies : {};
  return { workspaces, packages: packages ?? {}, patched, keyLines };
}

function tarballVersion(url: string, name: string): string | null {
  const bare = name.includes('/') ? name.slice(name.indexOf('/') + 1) : name;
  const m = new RegExp(`/-/${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-([^/]+)\\.tgz$`).exec(
    url.split('#')[0]!,
  );
  return m ? m[1]! : null;
}

async function nodeFor(p: BunPackage, file: string, base: string, ctx: ExtractContext): Promise<GraphNode> {
  let version: string | null = null;
  let source: ResolvedSource;
  let qualifiers: Record<string, string> | undefined;
  if (p.kind === 'registry') {
    version = p.spec;
    source = { type: 'registry' };
  } else if (p.kind === 'git') {
    const commit = /#([0-9a-f]{40})$/.exec(p.spec)?.[1] ?? p.commit;
    version = commit ?? null;
    source = { type: 'git', url: p.spec };
    if (commit) source.commit = commit;
    qualifiers = { vcs_url: `${p.spec.split('#')[0]}${commit ? `@${commit}` : ''}` };
  } else if (p.kind === 'tarball') {
    version = tarballVersion(p.spec, p.name);
    source = { type: 'tarball', url: p.spec };
    qualifiers = { download_url: p.spec };
  } else {
    const dir = posix.normalize(posix.join(base, p.spec.replace(/^(file|link):/, '')));
    source = { type: p.kind === 'link' ? 'link' : 'file', url: dir };
    version = await localVersion(ctx, dir);
  }
  const node: GraphNode = {
    id: p.key,
    ecosystem: 'npm',
    name: p.name,
    version,
    purl: npmPurl(p.name, version, qualifiers),
    source,
    location: { file, line: p.line },
  };
  if (p.integrity) {
    node.integrity = p.integrity;
    const hashes = hashesFromIntegrity(p.integrity);
    if (hashes.length) node.hashes = hashes;
  }
  const platform = {
    ...(p.meta.os && { os: p.meta.os }),
    ...(p.meta.cpu && { cpu: p.meta.cpu }),
    ...(p.meta.libc && { libc: p.meta.libc }),
  };
  if (Object.keys(platform).length) node.platform = platform;
  const installedAs = keySegments(p.key).at(-1)!;
  if (installedAs !== p.name) node.aliases = [installedAs];
  if (!version) node.range = p.spec;
  return node;
}

/** Version of a local folder dependency from its package.json, when it is inside the scan. */
async function localVersion(ctx: ExtractContext, dir: string): Promise<string | null> {
  if (dir.startsWith('..')) return null;
  try {
    const text = await ctx.readTextIfExists(posix.join(dir, 'package.json'));
    const v = text === undefined ? undefined : (JSON.parse(text) as { version?: unknown }).version;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/**
 * `patchedDependencies` ("name@version" -> patch file, from `bun patch`): the package keeps its
 * name and version, with source type 'patch' pointing at the patch file.
 */
function markPatched(b: BunGraphBuilder, patched: Record<string, unknown>, base: string): void {
  for (const n of b.nodes.values()) {
    const patch = patched[`${n.name}@${n.version}`];
    if (typeof patch !== 'string' || n.source?.type !== 'registry') continue;
    n.source = { type: 'patch', url: posix.normalize(posix.join(base, patch)) };
    n.properties = { ...n.properties, bunPatch: patch };
  }
}

export async function extractBunLock(
  file: string,
  text: string,
  ctx: ExtractContext,
): Promise<ExtractOutput> {
  const base = posix.dirname(file);
  const { workspaces, packages, patched, keyLines } = readTables(text, file);
  const b = new BunGraphBuilder(file);
  const wsLines = keyLines.get(workspaces);
  const members: BunWorkspace[] = [];
  for (const [path, raw] of Object.entries(workspaces)) {
    try {
      members.push(toWorkspace(path, raw, wsLines?.get(path)));
    } catch (e) {
      b.fail({ file, line: wsLines?.get(path), reason: 'parse-error', detail: (e as Error).message });
    }
  }
  const pkgLines = keyLines.get(packages);
  const entries = new Map<string, BunPackage>();
  for (const [key, raw] of Object.entries(packages)) {
    const line = pkgLines?.get(key) ?? 1;
    try {
      const p = toPackage(key, raw, line);
      entries.set(key, p);
      if (p.kind !== 'workspace' && p.kind !== 'root') b.nodes.set(key, await nodeFor(p, file, base, ctx));
    } catch (e) {
      b.fail({ file, line, reason: 'parse-error', detail: (e as Error).message });
    }
  }
  markPatched(b, patched, base);
  members.sort((x, y) => (x.path === '.' ? -1 : y.path === '.' ? 1 : x.path.localeCompare(y.path)));
  for (const m of members) {
    // bun.lock leaves out the root's version; its package.json has it.
    if (!m.version)
      m.version = (await localVersion(ctx, posix.normalize(posix.join(base, m.path)))) ?? undefined;
    b.importers.push(toImporter(base, m));
  }
  linkBunGraph(b, file, members, entries);
  b.warnUnreachable();
  return b.output();
}

function toImporter(base: string, m: BunWorkspace): Importer {
  const imp: Importer = { path: m.path, manifest: posix.normalize(posix.join(base, m.path, 'package.json')) };
  if (m.name) imp.name = m.name;
  if (m.version) imp.version = m.version;
  if (m.name) imp.purl = npmPurl(m.name, m.version ?? null);
  return imp;
}

export { PLUGIN_ID };
