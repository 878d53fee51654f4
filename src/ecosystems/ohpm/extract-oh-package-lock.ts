// Reads one oh-package-lock.json5 (lockfileVersion 1-3) with the oh-package.json5 beside it. Each
// lockfile is one project whose single importer is its module folder: an OpenHarmony project keeps
// a lockfile per module (entry/, library/…), so modules appear as separate projects, each with
// its own direct dependencies. Without the manifest, packages nothing else depends on are direct.
import { posix } from 'node:path';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import {
  importerRef,
  type DependencyGraph,
  type EdgeKind,
  type GraphEdge,
  type GraphNode,
  type Importer,
} from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { keyLineFinder, parseJson5 } from './json5-document.js';
import { lockNode } from './lock-nodes.js';
import { ohpmPurl } from './purl.js';
import { makeResolver } from './resolve-dependency.js';
import { applyParameters, findParameters } from './parameters.js';
import { readLock, readManifest, type OhPackageManifest } from './schema.js';

export const PLUGIN_ID = 'ohpm/oh-package-lock';

const MANIFEST_KINDS: [keyof OhPackageManifest, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['devDependencies', 'dev'],
  ['dynamicDependencies', 'optional'],
];

export async function extractOhPackageLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const lock = readLock(file, parseJson5(file, text));
  const dir = posix.dirname(file);
  const manifestFile = dir === '.' ? 'oh-package.json5' : `${dir}/oh-package.json5`;
  const manifestText = await ctx.readTextIfExists(manifestFile);
  const manifest =
    manifestText === undefined
      ? undefined
      : readManifest(manifestFile, parseJson5(manifestFile, manifestText));
  const failures =
    manifest && manifestText !== undefined
      ? applyParameters(
          manifest,
          manifestFile,
          manifestText,
          manifestText.includes('@param:') ? await findParameters(dir, ctx) : undefined,
        )
      : [];

  const lineOf = keyLineFinder(text);
  const packagesLine = lineOf('packages') ?? 0;
  const nodes: GraphNode[] = [];
  for (const p of lock.packages) {
    const node = lockNode(p, file, lineOf(p.key, packagesLine));
    if (node) nodes.push(node);
  }
  const keys = new Set(nodes.map((n) => n.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const resolver = makeResolver(lock.specifiers, keys);
  const edges: GraphEdge[] = [];
  const diagnostics: Diagnostic[] = [];

  for (const p of lock.packages) {
    if (!keys.has(p.key)) continue;
    const node = byId.get(p.key)!;
    const from = node.source?.type === 'link' ? posix.relative(dir, node.source.url ?? dir) || '.' : '.';
    for (const [deps, kind] of [
      [p.dependencies, 'prod'],
      [p.dynamicDependencies, 'optional'],
    ] as const)
      for (const [name, range] of Object.entries(deps)) {
        const to = resolver.resolve(name, range, from);
        if (to)
          edges.push({
            from: p.key,
            to,
            kind,
            range,
            ...(name !== byId.get(to)?.name ? { alias: name } : {}),
          });
      }
  }

  const root = importerRef('.');
  if (manifest) {
    for (const [field, kind] of MANIFEST_KINDS) {
      const declared = manifest[field] as Record<string, string>;
      for (const [name, range] of Object.entries(declared)) {
        const to = resolver.resolve(name, range, '.');
        if (to) {
          const target = byId.get(to)!;
          edges.push({ from: root, to, kind, range, ...(name !== target.name ? { alias: name } : {}) });
        } else
          diagnostics.push(
            diagnostic(
              'inventory/missing-dependency',
              { file, from: manifestFile, name, range },
              { location: { file: manifestFile, line: keyLineFinder(manifestText!)(name) ?? 1 } },
            ),
          );
      }
    }
  } else {
    const depended = new Set(edges.map((e) => e.to));
    for (const n of nodes) if (!depended.has(n.id)) edges.push({ from: root, to: n.id, kind: 'prod' });
  }

  const importer: Importer = { path: '.' };
  if (manifest) {
    importer.manifest = manifestFile;
    if (manifest.name) {
      importer.name = manifest.name;
      importer.purl = ohpmPurl(manifest.name, manifest.version ?? null);
    }
    if (manifest.version) importer.version = manifest.version;
  }
  const graph: DependencyGraph = {
    ecosystem: 'ohpm',
    plugin: PLUGIN_ID,
    source: file,
    importers: [importer],
    nodes,
    edges,
  };
  return { graphs: [graph], diagnostics, failures };
}
