// Cargo.lock (v1-v4) -> DependencyGraph. The lockfile lists every package of the workspace with
// its resolved dependencies, kinds merged; the kinds (dev-dependencies -> dev, build-dependencies
// -> prod, optional = true -> optional) come from the members' Cargo.toml files when present.
// Without a Cargo.toml beside the lockfile, the sourceless root packages become the importer and
// every edge is prod, since the lockfile alone cannot say more.
import { posix } from 'node:path';
import type { DependencyGraph, EdgeKind, GraphEdge, GraphNode, Importer } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { makePurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { arrayTableLines, lineStartingWith, parseToml } from '../../util/toml.js';
import { lockNode, PLUGIN_ID } from './lock-node.js';
import {
  metadataChecksums,
  parseDepRef,
  SUPPORTED_LOCK_VERSIONS,
  toLockPackage,
  type LockPackage,
  type ManifestDep,
} from './schema.js';
import { depDir, workspaceMembers, type Member } from './workspace.js';

function readPackages(text: string, file: string, failures: FileFailure[]) {
  const doc = parseToml(text, file);
  const version = doc.version;
  if (version !== undefined && !(typeof version === 'number' && SUPPORTED_LOCK_VERSIONS.includes(version)))
    throw new FileError(
      'unsupported-version',
      file,
      `Cargo.lock version ${JSON.stringify(version)}`,
      lineStartingWith(text, 'version'),
    );
  const raws: [unknown, number][] = [];
  if (doc.root !== undefined) raws.push([doc.root, lineStartingWith(text, '[root]') ?? 1]);
  if (doc.package !== undefined) {
    if (!Array.isArray(doc.package))
      throw new FileError(
        'parse-error',
        file,
        '"package" is not an array of tables',
        lineStartingWith(text, 'package'),
      );
    const lines = arrayTableLines(text, 'package');
    doc.package.forEach((raw, i) => raws.push([raw, lines[i] ?? 1]));
  }
  const packages: LockPackage[] = [];
  for (const [raw, line] of raws) {
    try {
      packages.push(toLockPackage(raw, line));
    } catch (e) {
      failures.push({ file, line, reason: 'parse-error', detail: (e as Error).message });
    }
  }
  return { packages, checksums: metadataChecksums(doc.metadata) };
}

const keyOf = (p: LockPackage) => `${p.name} ${p.version}${p.source ? ` (${p.source})` : ''}`;
const RANK: Record<EdgeKind, number> = { prod: 3, optional: 2, peer: 1, dev: 0 };

/** The kind a member declares for a locked package, matched by name and then by source type. */
function declaredKind(deps: ManifestDep[], target: LockPackage): EdgeKind {
  const named = deps.filter((d) => d.pkg === target.name);
  const bySource = named.filter((d) =>
    !target.source ? !!d.path : target.source.startsWith('git+') ? !!d.git : !d.path && !d.git,
  );
  const pool = bySource.length ? bySource : named;
  if (!pool.length) return 'prod';
  return pool.map((d) => d.kind).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

export async function extractCargoLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const failures: FileFailure[] = [];
  const { packages, checksums } = readPackages(text, file, failures);
  const lockDir = posix.dirname(file);
  let members: Member[] | undefined;
  try {
    members = await workspaceMembers(ctx, lockDir);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    failures.push({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
  }

  const byName = new Map<string, LockPackage[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const ids = new Map<LockPackage, string>();
  const importers: Importer[] = [];
  const memberOf = new Map<LockPackage, Member>();

  for (const m of members ?? []) {
    const name = m.manifest.name;
    const p = byName
      .get(name ?? '')
      ?.find((x) => !x.source && (!m.manifest.version || x.version === m.manifest.version));
    if (!name || !p) {
      failures.push({
        file: m.manifestFile,
        reason: 'inconsistent',
        detail: `workspace member ${name ?? m.path} is not in ${file}`,
      });
      continue;
    }
    memberOf.set(p, m);
    ids.set(p, importerRef(m.path));
    importers.push({
      path: m.path,
      name,
      version: p.version,
      purl: makePurl({ type: 'cargo', name, version: p.version }),
      manifest: m.manifestFile,
    });
  }
  const extraRoots: LockPackage[] = [];
  if (!members) importers.push(lockOnlyRoot(packages, byName, ids, extraRoots));

  // Path dependencies that are not members: their directory, for the node's source.
  const pathDirs = new Map<string, string>();
  for (const m of members ?? [])
    for (const d of m.manifest.deps)
      if (d.path) pathDirs.set(d.pkg, posix.normalize(posix.join(lockDir, depDir(m, d))));

  const nodes: GraphNode[] = [];
  for (const p of packages) {
    if (ids.has(p)) continue;
    const id = keyOf(p);
    ids.set(p, id);
    const checksum = p.checksum ?? checksums.get(`${p.name} ${p.version} ${p.source ?? ''}`);
    nodes.push(lockNode(p, id, file, checksum, p.source ? undefined : pathDirs.get(p.name)));
  }

  const edges: GraphEdge[] = extraRoots.map((r) => ({
    from: importerRef('.'),
    to: ids.get(r)!,
    kind: 'prod',
  }));
  const seen = new Set<string>();
  for (const p of packages) {
    const from = ids.get(p)!;
    const member = memberOf.get(p);
    for (const ref of p.dependencies) {
      const target = resolveRef(ref, byName);
      if (!target) {
        failures.push({
          file,
          line: p.line,
          reason: 'inconsistent',
          detail: `${p.name} ${p.version} depends on "${ref}", which is not locked`,
        });
        continue;
      }
      const kind = member ? declaredKind(member.manifest.deps, target) : 'prod';
      const key = `${from}\u0000${ids.get(target)}\u0000${kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from, to: ids.get(target)!, kind });
    }
  }
  const graph: DependencyGraph = {
    ecosystem: 'cargo',
    plugin: PLUGIN_ID,
    source: file,
    importers: dedupeImporters(importers),
    nodes,
    edges,
  };
  const out: ExtractOutput = { graphs: [graph] };
  if (failures.length) out.failures = failures;
  return out;
}

function resolveRef(ref: string, byName: Map<string, LockPackage[]>): LockPackage | undefined {
  const r = parseDepRef(ref);
  let c = byName.get(r.name) ?? [];
  if (r.version) c = c.filter((p) => p.version === r.version);
  if (r.source) c = c.filter((p) => p.source === r.source);
  return c[0];
}

/**
 * Without Cargo.toml: the sourceless packages nothing else depends on are the roots. A single
 * root becomes the importer itself; several hang off one unnamed importer (listed in extraRoots).
 */
function lockOnlyRoot(
  packages: LockPackage[],
  byName: Map<string, LockPackage[]>,
  ids: Map<LockPackage, string>,
  extraRoots: LockPackage[],
): Importer {
  const needed = new Set<LockPackage>();
  for (const p of packages)
    for (const ref of p.dependencies) {
      const t = resolveRef(ref, byName);
      if (t) needed.add(t);
    }
  const roots = packages.filter((p) => !p.source && !needed.has(p));
  if (roots.length === 1) {
    const r = roots[0]!;
    ids.set(r, importerRef('.'));
    return {
      path: '.',
      name: r.name,
      version: r.version,
      purl: makePurl({ type: 'cargo', name: r.name, version: r.version }),
    };
  }
  extraRoots.push(...roots);
  return { path: '.' };
}

function dedupeImporters(importers: Importer[]): Importer[] {
  const seen = new Set<string>();
  return importers.filter((i) => !seen.has(i.path) && !!seen.add(i.path));
}

export { PLUGIN_ID };
