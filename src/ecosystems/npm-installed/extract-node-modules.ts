// The installed-tree extractor: a project with node_modules but no lockfile. Nodes are the
// installed packages; each edge points where Node's module lookup from the dependent's real
// location lands, which is what actually runs, whatever the manifest ranges say.
import { posix } from 'node:path';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { importerRef, type DependencyGraph, type GraphEdge } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { declaredEdges, loadImporters } from './importers.js';
import { InstalledTree, type InstalledPackage } from './installed-tree.js';
import { inDir } from './project-rules.js';
import type { Manifest } from './schema.js';
import { workspaceRootOf } from './workspaces.js';

export const NODE_MODULES_PLUGIN_ID = 'npm-installed/node-modules';

interface Dependent {
  ref: string;
  realDir: string;
  manifest: Manifest;
  isImporter: boolean;
  bundledHere?: string;
}

export async function extractNodeModules(path: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const dir = posix.dirname(path);
  if (await workspaceRootOf(dir, ctx)) return { graphs: [] }; // its workspace root reports it
  const { importers, failures } = await loadImporters(ctx, path);
  const realOfImporter = new Map<string, string>();
  for (const imp of importers) {
    const real = await ctx.realPath(imp.dir);
    if (real !== undefined) realOfImporter.set(real, imp.importer.path);
  }
  const tree = new InstalledTree(ctx, new Set(realOfImporter.keys()));
  for (const imp of importers) await tree.enumerate(inDir(imp.dir, 'node_modules'));

  const edges: GraphEdge[] = [];
  const missing: string[] = [];
  const pending: Dependent[] = importers.map((imp) => ({
    ref: imp.ref,
    realDir: [...realOfImporter].find(([, p]) => p === imp.importer.path)?.[0] ?? imp.dir,
    manifest: imp.manifest,
    isImporter: true,
  }));
  const done = new Set<string>();
  const asDependent = (real: string, pkg: InstalledPackage): Dependent => ({
    ref: real,
    realDir: real,
    manifest: pkg.manifest,
    isImporter: false,
    bundledHere: inDir(real, 'node_modules'),
  });
  for (const [real, pkg] of tree.packages) pending.push(asDependent(real, pkg));

  const resolveDependent = async (dep: Dependent): Promise<void> => {
    await Promise.all(
      declaredEdges(dep.manifest, dep.isImporter).map(async (d) => {
        const hit = await tree.lookup.resolve(dep.realDir, d.name);
        if (!hit) {
          if (d.kind !== 'optional' && !d.optionalPeer && !/^(file|link):/.test(d.spec))
            missing.push(`${dep.isImporter ? dep.ref : tree.packages.get(dep.ref)?.node.name}>${d.name}`);
          return;
        }
        let to: string;
        const importerPath = realOfImporter.get(hit.real);
        if (importerPath !== undefined) to = importerRef(importerPath);
        else {
          const known = tree.packages.has(hit.real);
          const pkg = await tree.load(hit.real);
          if (!pkg) return;
          if (!known && !done.has(hit.real)) next.push(asDependent(hit.real, pkg));
          if (
            dep.bundledHere &&
            dep.manifest.bundled.includes(d.name) &&
            hit.at.startsWith(`${dep.bundledHere}/`)
          )
            pkg.node.bundled = true;
          to = hit.real;
        }
        const edge: GraphEdge = { from: dep.ref, to, kind: d.kind, range: d.spec };
        const targetName = tree.packages.get(hit.real)?.node.name;
        if (targetName && targetName !== d.name) edge.alias = d.name;
        edges.push(edge);
      }),
    );
  };
  // Breadth-first waves, each resolved concurrently; packages found only by lookup join the next wave.
  let next: Dependent[] = pending;
  while (next.length) {
    const wave = [...new Map(next.filter((d) => !done.has(d.ref)).map((d) => [d.ref, d])).values()];
    next = [];
    wave.forEach((d) => done.add(d.ref));
    await Promise.all(wave.map(resolveDependent));
  }

  const nodes = [...tree.packages.values()].map((p) => p.node).sort((a, b) => cmp(a.id, b.id));
  edges.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  const graph: DependencyGraph = {
    ecosystem: 'npm',
    plugin: NODE_MODULES_PLUGIN_ID,
    source: path,
    importers: importers.map((i) => i.importer),
    nodes,
    edges,
  };
  const diagnostics: Diagnostic[] = [
    diagnostic(
      'inventory/installed-tree',
      { file: path },
      { location: { file: path }, data: { packages: nodes.length, missing: [...new Set(missing)].sort() } },
    ),
    ...tree.diagnostics,
  ];
  return { graphs: [graph], diagnostics, failures: [...failures, ...tree.failures] };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
