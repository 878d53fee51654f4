// bun.lock (text, JSONC) -> DependencyGraph. `workspaces` are the importers with their declared
// dependencies by kind; `packages` is keyed by install path (`parent/child` for a nested copy,
// `<workspace name>/<dep>` for a workspace's own copy), so a dependency resolves the way Node
// would find it: the deepest matching key from the dependent's path upwards.
import { posix } from 'node:path';
import type { EdgeKind, GraphNode, Importer, ResolvedSource } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { BunGraphBuilder, PLUGIN_ID } from './graph-builder.js';
import { sriToHashes } from './integrity.js';
import { parseJsonc } from './jsonc.js';
import { isObject, toPackage, toWorkspace, type BunPackage, type BunWorkspace } from './schema.js';

export const SUPPORTED_LOCKFILE_VERSIONS = [0, 1, 2];

/** `@scope/a/b/@s/c` -> ['@scope/a', 'b', '@s/c']. */
export function keySegments(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++)
    out.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!);
  return out;
}

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
  return { workspaces, packages: packages ?? {}, keyLines };
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
    const hashes = sriToHashes(p.integrity);
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

export async function extractBunLock(
  file: string,
  text: string,
  ctx: ExtractContext,
): Promise<ExtractOutput> {
  const base = posix.dirname(file);
  const { workspaces, packages, keyLines } = readTables(text, file);
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
  members.sort((x, y) => (x.path === '.' ? -1 : y.path === '.' ? 1 : x.path.localeCompare(y.path)));
  for (const m of members) b.importers.push(toImporter(base, m));
  linkBunGraph(b, file, members, entries);
  return b.output();
}

function toImporter(base: string, m: BunWorkspace): Importer {
  const imp: Importer = { path: m.path, manifest: posix.normalize(posix.join(base, m.path, 'package.json')) };
  if (m.name) imp.name = m.name;
  if (m.version) imp.version = m.version;
  if (m.name) imp.purl = npmPurl(m.name, m.version ?? null);
  return imp;
}

const IMPORTER_KINDS: EdgeKind[] = ['prod', 'optional', 'dev', 'peer'];
const PACKAGE_KINDS = ['prod', 'optional', 'peer'] as const;

function linkBunGraph(
  b: BunGraphBuilder,
  file: string,
  members: BunWorkspace[],
  entries: Map<string, BunPackage>,
): void {
  const target = (key: string): string | undefined => {
    const p = entries.get(key);
    if (!p) return undefined;
    if (p.kind === 'workspace') return importerRef(posix.normalize(p.spec.slice('workspace:'.length) || '.'));
    return b.nodes.has(key) ? key : undefined;
  };
  // Deepest first: the dependent's own nested copy, then each enclosing level, then the top.
  const lookup = (prefix: string[], name: string): string | undefined => {
    for (let j = prefix.length; j >= 0; j--) {
      const to = target([...prefix.slice(0, j), name].join('/'));
      if (to) return to;
    }
    return undefined;
  };
  const alias = (to: string, name: string) => {
    const n = b.nodes.get(to);
    return n && n.name !== name ? name : undefined;
  };
  for (const m of members) {
    const prefix = m.path === '.' || !m.name ? [] : [m.name];
    const seen = new Set<string>();
    for (const kind of IMPORTER_KINDS)
      for (const [name, range] of Object.entries(m.deps[kind])) {
        if (seen.has(name)) continue;
        seen.add(name);
        const to = lookup(prefix, name);
        if (to) b.addEdge(importerRef(m.path), to, kind, range, alias(to, name));
        else if (kind === 'prod' || kind === 'dev')
          b.fail({
            file,
            line: m.line,
            reason: 'inconsistent',
            detail: `${name}@${range} (workspace ${m.path}) has no package entry`,
          });
      }
  }
  for (const p of entries.values()) {
    if (!b.nodes.has(p.key)) continue;
    const prefix = keySegments(p.key);
    for (const kind of PACKAGE_KINDS)
      for (const [name, range] of Object.entries(p.meta.deps[kind])) {
        const to = lookup(prefix, name);
        if (to) b.addEdge(p.key, to, kind, range, alias(to, name));
        else if (kind === 'prod')
          b.fail({
            file,
            line: p.line,
            reason: 'inconsistent',
            detail: `${name}@${range} (needed by ${p.key}) has no package entry`,
          });
      }
  }
}

export { PLUGIN_ID };
