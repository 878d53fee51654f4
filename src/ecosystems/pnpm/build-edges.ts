// Edges of a pnpm lockfile graph: importer dependencies (prod/dev/optional, catalog ranges
// resolved), snapshot dependencies (peer when the package declares the name as a peer), workspace
// links to importers and links to other folders, which become nodes of their own.
import type { GraphEdge } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { npmPurl } from '../../core/purl.js';
import { linkTarget, refToKey } from './dep-path.js';
import { metaKeyOf, readManifestAt, underDir, type Build } from './build-state.js';
import { DEP_FIELDS, type DepField, type Lockfile } from './schema.js';

/** Every `link:` reference with the directory it is relative to. */
function* linkRefs(lock: Lockfile): Generator<{ baseDir: string; ref: string }> {
  for (const [path, imp] of lock.importers)
    for (const field of DEP_FIELDS)
      for (const dep of imp[field].values())
        if (dep.version.startsWith('link:')) yield { baseDir: path, ref: dep.version };
  for (const snap of lock.snapshots.values())
    for (const deps of [snap.dependencies, snap.optionalDependencies])
      for (const ref of deps.values()) if (ref.startsWith('link:')) yield { baseDir: '.', ref };
}

/** Snapshot keys some importer depends on only as a devDependency. */
export function devOnlyDirectKeys(lock: Lockfile): Set<string> {
  const out = new Set<string>();
  for (const imp of lock.importers.values())
    for (const [name, dep] of imp.devDependencies) {
      if (imp.dependencies.has(name) || imp.optionalDependencies.has(name)) continue;
      const key = refToKey(lock.generation, name, dep.version);
      if (key !== undefined) out.add(key);
    }
  return out;
}

/** Reads the versions of linked folders up front, so edges can be built without awaiting. */
export async function loadLinkVersions(b: Build): Promise<void> {
  for (const { baseDir, ref } of linkRefs(b.lock)) {
    const target = linkTarget(baseDir, ref);
    if (b.importerPaths.has(target) || b.linkVersions.has(target)) continue;
    b.linkVersions.set(target, (await readManifestAt(b.ctx, underDir(b.dir, target)))?.version ?? null);
  }
}

/** The node a `link:` reference points at when it is not a workspace importer. */
function linkNode(b: Build, name: string, target: string): string {
  const id = `link:${target}`;
  if (b.nodes.has(id)) return id;
  const version = b.linkVersions.get(target) ?? null;
  b.nodes.set(id, {
    id,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version),
    source: { type: 'link', url: underDir(b.dir, target) },
    location: { file: b.file },
  });
  return id;
}

interface DepRef {
  from: string;
  /** Directory `link:` references are relative to (the importer's, or the lockfile's). */
  baseDir: string;
  name: string;
  ref: string;
  kind: GraphEdge['kind'];
  /** The dependency is an optional peer of the package (see Build.optionalPeersFollowDependent). */
  optionalPeer?: boolean;
  range?: string | undefined;
  /** Where to point at when the reference is dangling. */
  section: string;
  key: string;
}

function addEdge(b: Build, d: DepRef): void {
  let to: string | undefined;
  if (d.ref.startsWith('link:')) {
    const target = linkTarget(d.baseDir, d.ref);
    to = b.importerPaths.has(target) ? importerRef(target) : linkNode(b, d.name, target);
  } else {
    to = refToKey(b.lock.generation, d.name, d.ref);
    if (to === undefined || !b.nodes.has(to)) {
      b.failures.push({
        file: b.file,
        line: b.lines.get(d.section)?.get(d.key),
        reason: 'parse-error',
        detail: `${d.key}: ${d.name}@${d.ref} has no snapshot`,
      });
      return;
    }
  }
  // With pnpm 11+, an optional peer that an importer provides only as a devDependency is not
  // installed for prod: the edge must not give it prod scope, so it is recorded as dev (the kind the
  // core never follows from a package).
  const kind = d.optionalPeer && !b.optionalPeersFollowDependent && b.devOnlyDirect.has(to) ? 'dev' : d.kind;
  const edge: GraphEdge = { from: d.from, to, kind };
  if (d.range !== undefined) edge.range = d.range;
  const node = b.nodes.get(to);
  if (node && node.name !== d.name) {
    edge.alias = d.name;
    node.aliases ??= [];
    if (!node.aliases.includes(d.name)) node.aliases.push(d.name);
  }
  b.edges.push(edge);
}

const IMPORTER_KIND: Record<DepField, GraphEdge['kind']> = {
  dependencies: 'prod',
  devDependencies: 'dev',
  optionalDependencies: 'optional',
};

/** The range an importer declared; `catalog:` specifiers are resolved through the lockfile's catalogs. */
function declaredRange(lock: Lockfile, name: string, specifier: string): string {
  if (!specifier.startsWith('catalog:')) return specifier;
  const catalog = specifier.slice('catalog:'.length) || 'default';
  return lock.catalogs.get(catalog)?.get(name) ?? specifier;
}

export function buildEdges(b: Build): void {
  const { lock } = b;
  for (const [path, imp] of lock.importers)
    for (const field of DEP_FIELDS)
      for (const [name, dep] of imp[field])
        addEdge(b, {
          from: importerRef(path),
          baseDir: path,
          name,
          ref: dep.version,
          kind: IMPORTER_KIND[field],
          range: declaredRange(lock, name, dep.specifier),
          section: 'importers',
          key: path,
        });
  const section = lock.generation === 9 ? 'snapshots' : 'packages';
  for (const [key, snap] of lock.snapshots) {
    const meta = lock.packages.get(metaKeyOf(lock.generation, key));
    const peers = meta?.peerDependencies ?? {};
    const fields = [
      [snap.dependencies, 'prod'],
      [snap.optionalDependencies, 'optional'],
    ] as const;
    for (const [deps, kind] of fields)
      for (const [name, ref] of deps)
        addEdge(b, {
          from: key,
          baseDir: '.',
          name,
          ref,
          kind: name in peers ? 'peer' : kind,
          optionalPeer: meta?.optionalPeers?.has(name) ?? false,
          section,
          key,
        });
  }
}
