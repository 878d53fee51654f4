// The declared-only fallback: a package.json with neither a lockfile nor an installed tree. Each
// declared dependency becomes a node with no version and its declared range, and the graph is
// marked unresolved so reports and policies can tell "declared" from "locked".
import { posix } from 'node:path';
import { diagnostic } from '../../core/diagnostics.js';
import { importerRef, type DependencyGraph, type GraphEdge, type GraphNode } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { declaredEdges, loadImporters } from './importers.js';
import { parseAlias, sourceTypeOf } from './schema.js';
import { workspaceRootOf } from './workspaces.js';

export const PACKAGE_JSON_PLUGIN_ID = 'npm-installed/package-json';

function declaredNode(alias: string, spec: string, file: string): GraphNode {
  const aliased = parseAlias(spec);
  const name = aliased?.name ?? alias;
  const range = aliased?.range ?? spec;
  const node: GraphNode = {
    id: `${name}@${range}`,
    ecosystem: 'npm',
    name,
    version: null,
    range,
    purl: npmPurl(name, null),
    location: { file },
  };
  if (aliased) node.aliases = [alias];
  const type = sourceTypeOf(range);
  if (type !== 'registry') node.source = { type, url: range };
  return node;
}

export async function extractPackageJson(path: string, ctx: ExtractContext): Promise<ExtractOutput> {
  if (await workspaceRootOf(posix.dirname(path), ctx)) return { graphs: [] }; // its workspace root reports it
  const { importers, failures } = await loadImporters(ctx, path);
  const byName = new Map(importers.filter((i) => i.manifest.name).map((i) => [i.manifest.name!, i]));
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const imp of importers) {
    const file = imp.importer.manifest!;
    for (const d of declaredEdges(imp.manifest, true)) {
      const sibling = byName.get(d.name);
      if (sibling && sibling !== imp) {
        edges.push({ from: imp.ref, to: importerRef(sibling.importer.path), kind: d.kind, range: d.spec });
        continue;
      }
      const node = declaredNode(d.name, d.spec, file);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
      const edge: GraphEdge = { from: imp.ref, to: node.id, kind: d.kind, range: d.spec };
      if (node.aliases) edge.alias = d.name;
      edges.push(edge);
    }
  }
  const graph: DependencyGraph = {
    ecosystem: 'npm',
    plugin: PACKAGE_JSON_PLUGIN_ID,
    source: path,
    importers: importers.map((i) => i.importer),
    nodes: [...nodes.values()],
    edges,
    unresolved: true,
  };
  const diagnostics = nodes.size
    ? [diagnostic('inventory/unresolved', { file: path, count: nodes.size }, { location: { file: path } })]
    : [];
  return { graphs: [graph], diagnostics, failures };
}
