// pnpm-lock.yaml (lockfileVersion 6.x for pnpm 8, 9.0 for pnpm 9 and later) -> DependencyGraph.
// Nodes are snapshot keys (one per peer variant), edges come from importers and snapshots exactly
// as pnpm resolved them; scopes are left to the core, which walks the graph from each importer.
import { posix } from 'node:path';
import type { DependencyGraph, GraphEdge, GraphNode, Importer } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { linkTarget, refToKey, type LockGeneration } from './dep-path.js';
import { findKeyLines, type KeyLines } from './key-lines.js';
import { loadLockDocument } from './load-yaml.js';
import { compareImporter, readManifest, type Manifest } from './manifest-check.js';
import { packageNode } from './package-node.js';
import {
  DEP_FIELDS,
  LockShapeError,
  lockfileVersionOf,
  readLockfile,
  type DepField,
  type Lockfile,
  type ShapeProblem,
} from './schema.js';

export const PLUGIN_ID = 'pnpm/pnpm-lock';
const MAX_REPORTED_PROBLEMS = 20;

function generationOf(version: string): LockGeneration | undefined {
  const major = version.split('.')[0];
  return major === '6' ? 6 : major === '9' ? 9 : undefined;
}

/** Everything a build step needs: the lockfile, where it is, and what goes wrong along the way. */
interface Build {
  file: string;
  /** Directory of the lockfile relative to the scan root ('.' for the root). */
  dir: string;
  lock: Lockfile;
  lines: KeyLines;
  ctx: ExtractContext;
  failures: FileFailure[];
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  importerPaths: Set<string>;
  /** Version in the package.json of each non-workspace `link:` target (null when unreadable). */
  linkVersions: Map<string, string | null>;
}

const underDir = (dir: string, p: string): string => (dir === '.' ? p : posix.normalize(posix.join(dir, p)));

async function readJson(ctx: ExtractContext, path: string): Promise<unknown> {
  try {
    const text = await ctx.readTextIfExists(path);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined; // a neighbour's problem is not this lockfile's; its own plugin reports it
  }
}

async function readManifestAt(ctx: ExtractContext, dir: string): Promise<Manifest | undefined> {
  return readManifest(await readJson(ctx, underDir(dir, 'package.json')));
}

async function buildImporters(b: Build): Promise<Importer[]> {
  const out: Importer[] = [];
  for (const [path, lockImp] of b.lock.importers) {
    const manifestPath = underDir(underDir(b.dir, path), 'package.json');
    const manifest = await readManifestAt(b.ctx, underDir(b.dir, path));
    const imp: Importer = { path };
    if (manifest) {
      imp.manifest = manifestPath;
      if (manifest.name) imp.name = manifest.name;
      if (manifest.version) imp.version = manifest.version;
      if (manifest.name) imp.purl = npmPurl(manifest.name, manifest.version ?? null);
      const diffs = compareImporter(lockImp, manifest, b.lock);
      if (diffs.length)
        b.failures.push({
          file: b.file,
          line: b.lines.get('importers')?.get(path),
          reason: 'inconsistent',
          detail: `${manifestPath}: ${diffs.slice(0, 3).join('; ')}${diffs.length > 3 ? ` (+${diffs.length - 3} more)` : ''}`,
        });
    }
    out.push(imp);
  }
  return out;
}

/** `packages` key holding a snapshot's metadata: v9 drops the peer/patch suffix, v6 shares the key. */
function metaKeyOf(gen: LockGeneration, key: string): string {
  if (gen === 6) return key;
  const open = key.indexOf('(');
  return open >= 0 ? key.slice(0, open) : key;
}

async function buildNodes(b: Build): Promise<void> {
  const { lock } = b;
  const pkgLines = b.lines.get('packages');
  const snapLines = b.lines.get('snapshots');
  for (const key of lock.snapshots.keys()) {
    const metaKey = metaKeyOf(lock.generation, key);
    const meta = lock.packages.get(metaKey);
    if (!meta && lock.generation === 9)
      b.failures.push({
        file: b.file,
        line: snapLines?.get(key),
        reason: 'parse-error',
        detail: `snapshot ${key} has no entry in packages`,
      });
    const directory = meta?.resolution.directory;
    const directoryVersion =
      directory !== undefined && !meta?.version
        ? (await readManifestAt(b.ctx, underDir(b.dir, directory)))?.version
        : undefined;
    const node = packageNode({
      key,
      meta,
      fallbackName: key,
      directoryVersion,
      file: b.file,
      line: pkgLines?.get(metaKey) ?? snapLines?.get(key),
    });
    if (node.source?.type === 'file' && node.source.url !== undefined)
      node.source.url = underDir(b.dir, node.source.url);
    b.nodes.set(key, node);
  }
}

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

/** Reads the versions of linked folders up front, so edges can be built without awaiting. */
async function loadLinkVersions(b: Build): Promise<void> {
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
  const edge: GraphEdge = { from: d.from, to, kind: d.kind };
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

function buildEdges(b: Build): void {
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
    const peers = lock.packages.get(metaKeyOf(lock.generation, key))?.peerDependencies ?? {};
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
          section,
          key,
        });
  }
}

function problemFailures(b: Build, problems: ShapeProblem[]): FileFailure[] {
  return problems.map((p): FileFailure => ({
    file: b.file,
    line: b.lines.get(p.section)?.get(p.key),
    reason: 'parse-error',
    detail: `${p.section}.${p.key}: ${p.message}`,
  }));
}

/** Lists the first malformed entries one by one and the rest as a count, so a badly broken file stays readable. */
function capFailures(file: string, failures: FileFailure[]): FileFailure[] {
  const entries = failures.filter((f) => f.reason === 'parse-error');
  if (entries.length <= MAX_REPORTED_PROBLEMS) return failures;
  const kept = new Set(entries.slice(0, MAX_REPORTED_PROBLEMS));
  return [
    ...failures.filter((f) => f.reason !== 'parse-error' || kept.has(f)),
    {
      file,
      reason: 'parse-error',
      detail: `${entries.length - MAX_REPORTED_PROBLEMS} more malformed entries`,
    },
  ];
}

function lineOfTopKey(text: string, key: string, firstLine: number): number | undefined {
  const lines = text.split('\n');
  for (let i = Math.max(0, firstLine - 1); i < lines.length; i++)
    if (lines[i]!.startsWith(`${key}:`)) return i + 1;
  return undefined;
}

export async function extractPnpmLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const loaded = loadLockDocument(text, file);
  let version: string | undefined;
  try {
    version = lockfileVersionOf(loaded.value);
  } catch (err) {
    if (err instanceof LockShapeError)
      throw new FileError('parse-error', file, err.message, loaded.firstLine);
    throw err;
  }
  const generation = version === undefined ? undefined : generationOf(version);
  if (generation === undefined)
    throw new FileError(
      'unsupported-version',
      file,
      version === undefined ? 'no lockfileVersion' : `lockfileVersion ${version}`,
      lineOfTopKey(text, 'lockfileVersion', loaded.firstLine),
    );
  const problems: ShapeProblem[] = [];
  let lock: Lockfile;
  try {
    lock = readLockfile(loaded.value as Record<string, unknown>, generation, version!, problems);
  } catch (err) {
    if (err instanceof LockShapeError) throw new FileError('parse-error', file, err.message);
    throw err;
  }
  const b: Build = {
    file,
    dir: posix.dirname(file),
    lock,
    lines: findKeyLines(text, loaded.firstLine),
    ctx,
    failures: [],
    nodes: new Map(),
    edges: [],
    importerPaths: new Set(lock.importers.keys()),
    linkVersions: new Map(),
  };
  const importers = await buildImporters(b);
  await buildNodes(b);
  await loadLinkVersions(b);
  buildEdges(b);
  const graph: DependencyGraph = {
    ecosystem: 'npm',
    plugin: PLUGIN_ID,
    source: file,
    importers,
    nodes: [...b.nodes.values()],
    edges: b.edges,
  };
  const failures = capFailures(file, [...problemFailures(b, problems), ...b.failures]);
  return failures.length ? { graphs: [graph], failures } : { graphs: [graph] };
}
