// Cargo.toml without a Cargo.lock -> a declared-only DependencyGraph, like npm's package.json
// fallback: each workspace member is an importer, each declared dependency a node with no version
// and its requirement as the range, and the graph is marked unresolved. Dev-dependencies are dev;
// build-dependencies are prod (they are compiled into the build and can shape what ships), kept
// apart by the node property `cargo:kind`; `optional = true` makes the edge optional.
import { posix } from 'node:path';
import { diagnostic } from '../../core/diagnostics.js';
import {
  importerRef,
  type DependencyGraph,
  type GraphEdge,
  type GraphNode,
  type Importer,
} from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { makePurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { parseToml } from '../../util/toml.js';
import { lockedBy, workspaceRootOf } from './cargo-root.js';
import { declaredNode, normalizedJoin } from './declared-node.js';
import { declarationKey, declarationLines } from './manifest-lines.js';
import { registryIndexes } from './registry-config.js';
import { inheritanceOf, toManifest } from './schema.js';
import { depDir, workspaceMembers, type Member } from './workspace.js';

export const CARGO_TOML_PLUGIN_ID = 'cargo/cargo-toml';

function importerOf(m: Member): Importer {
  const imp: Importer = { path: m.path, manifest: m.manifestFile };
  const { name, version } = m.manifest;
  if (name) {
    imp.name = name;
    imp.purl = makePurl({ type: 'cargo', name, version: version ?? null });
  }
  if (version) imp.version = version;
  return imp;
}

/** Per node: the cargo kinds and targets of every declaration, to summarise as properties. */
interface Uses {
  kinds: Set<string>;
  targets: Set<string>;
  everywhere: boolean;
}

function summarise(node: GraphNode, u: Uses): void {
  const props: Record<string, string> = { ...(node.properties as Record<string, string>) };
  props['cargo:kind'] = [...u.kinds].sort().join(',');
  if (!u.everywhere) props['cargo:target'] = [...u.targets].sort().join(' | ');
  node.properties = props;
}

export async function extractCargoToml(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const dir = posix.dirname(file);
  const doc = parseToml(await ctx.readText(file), file);
  const own = toManifest(doc, inheritanceOf(doc));
  // A member is reported by its workspace root; a locked root by the Cargo.lock plugin.
  if ((await workspaceRootOf(dir, own, ctx)) !== undefined || (await lockedBy(dir, own, ctx)))
    return { graphs: [] };

  const failures: FileFailure[] = [];
  const members = (await workspaceMembers(ctx, dir, failures)) ?? [];
  const byDir = new Map(members.map((m) => [m.path, m]));
  const registries = await registryIndexes(dir, ctx);
  const nodes = new Map<string, GraphNode>();
  const uses = new Map<string, Uses>();
  const edges: GraphEdge[] = [];
  for (const m of members) {
    const lines = declarationLines(m.text);
    const lineOf = (tableKey: string, target: string | undefined, key: string) =>
      lines.get(declarationKey(tableKey, target, key));
    for (const p of m.manifest.problems)
      failures.push({
        file: m.manifestFile,
        line: lineOf(p.tableKey, p.target, p.key),
        reason: p.reason,
        detail: p.detail,
      });
    const from = importerRef(m.path);
    for (const d of m.manifest.deps) {
      if (d.registry && !d.registryIndex && registries.has(d.registry))
        d.registryIndex = registries.get(d.registry);
      const rel = d.path !== undefined ? depDir(m, d) : undefined;
      const edge: GraphEdge = { from, to: '', kind: d.kind };
      if (d.version) edge.range = d.version;
      if (d.key !== d.pkg) edge.alias = d.key;
      const sibling = rel !== undefined ? byDir.get(rel) : undefined;
      if (sibling) {
        if (sibling !== m) edges.push({ ...edge, to: importerRef(sibling.path) });
        continue;
      }
      const pathDir = rel !== undefined ? normalizedJoin(dir, rel) : undefined;
      const node = declaredNode(d, pathDir, m.manifestFile, lineOf(d.tableKey, d.target, d.key));
      if (!nodes.has(node.id)) {
        nodes.set(node.id, node);
        uses.set(node.id, { kinds: new Set(), targets: new Set(), everywhere: false });
      } else if (node.aliases) {
        const known = nodes.get(node.id)!;
        known.aliases = [...new Set([...(known.aliases ?? []), ...node.aliases])];
      }
      const u = uses.get(node.id)!;
      u.kinds.add(d.table);
      if (d.target) u.targets.add(d.target);
      else u.everywhere = true;
      edges.push({ ...edge, to: node.id });
    }
  }
  for (const [id, node] of nodes) summarise(node, uses.get(id)!);

  const graph: DependencyGraph = {
    ecosystem: 'cargo',
    plugin: CARGO_TOML_PLUGIN_ID,
    source: file,
    importers: members.map(importerOf),
    nodes: [...nodes.values()],
    edges,
    unresolved: true,
  };
  const out: ExtractOutput = { graphs: [graph] };
  if (nodes.size)
    out.diagnostics = [
      diagnostic('inventory/unresolved', { file, count: nodes.size }, { location: { file } }),
    ];
  if (failures.length) out.failures = failures;
  return out;
}
