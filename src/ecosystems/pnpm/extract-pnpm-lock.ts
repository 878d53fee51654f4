// pnpm-lock.yaml (lockfileVersion 6.x for pnpm 8, 9.0 for pnpm 9 and later) -> DependencyGraph.
// Nodes are snapshot keys (one per peer variant), edges come from importers and snapshots exactly
// as pnpm resolved them; scopes are left to the core, which walks the graph from each importer.
import { posix } from 'node:path';
import type { DependencyGraph, Importer } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { buildEdges, devOnlyDirectKeys, loadLinkVersions } from './build-edges.js';
import { metaKeyOf, readManifestAt, underDir, type Build } from './build-state.js';
import type { LockGeneration } from './dep-path.js';
import { findKeyLines } from './key-lines.js';
import { loadLockDocument } from './load-yaml.js';
import { compareImporter } from './manifest-check.js';
import { packageNode } from './package-node.js';
import {
  LockShapeError,
  lockfileVersionOf,
  readLockfile,
  type Lockfile,
  type ShapeProblem,
} from './schema.js';

export const PLUGIN_ID = 'pnpm/pnpm-lock';
const MAX_REPORTED_PROBLEMS = 20;

function generationOf(version: string): LockGeneration | undefined {
  const major = version.split('.')[0];
  return major === '6' ? 6 : major === '9' ? 9 : undefined;
}

/** Major version of a `pnpm@x.y.z` packageManager pin; Infinity when absent (the latest pnpm). */
function pnpmMajor(packageManager: string | undefined): number {
  const m = /^pnpm@(\d+)\./.exec(packageManager ?? '');
  return m ? Number(m[1]) : Infinity;
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
      if (path === '.' && pnpmMajor(manifest.packageManager) <= 10) b.optionalPeersFollowDependent = true;
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
    optionalPeersFollowDependent: generation === 6,
    devOnlyDirect: devOnlyDirectKeys(lock),
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
