// Turns parser graphs into the inventory: components keyed by purl (merged across graphs and
// duplicate installs), relationships between purls and importers, and the scanned projects.
import { posix } from 'node:path';
import type {
  Component,
  DependencyGraph,
  GraphNode,
  Hash,
  Location,
  Project,
  Relationship,
  Scope,
  WorkspaceUse,
} from './model.js';
import { combineUses, computeReach, type NodeUse } from './scopes.js';

export interface Inventory {
  components: Component[];
  projects: Project[];
  relationships: Relationship[];
}

/** Global reference of an importer: `importer:<dir relative to the scan root>`. */
export function globalImporterRef(graphSource: string, importerPath: string): string {
  return `importer:${workspacePath(graphSource, importerPath)}`;
}

export function workspacePath(graphSource: string, importerPath: string): string {
  return posix.normalize(posix.join(posix.dirname(graphSource), importerPath));
}

const SCOPE_ORDER: Scope[] = ['prod', 'dev', 'optional', 'peer'];

function sameLocation(a: Location, b: Location): boolean {
  return a.file === b.file && a.line === b.line;
}

function mergeHashes(into: Hash[], more: Hash[] | undefined): void {
  for (const h of more ?? []) if (!into.some((x) => x.alg === h.alg && x.value === h.value)) into.push(h);
}

function newComponent(node: GraphNode, plugin: string): Component {
  const c: Component = {
    purl: node.purl,
    ecosystem: node.ecosystem,
    name: node.name,
    version: node.version,
    scopes: [],
    direct: false,
    workspaces: [],
    hashes: [],
    locations: [],
    foundBy: [plugin],
  };
  if (node.range !== undefined) c.range = node.range;
  return c;
}

function absorbNode(c: Component, node: GraphNode, plugin: string): void {
  if (!c.foundBy.includes(plugin)) c.foundBy.push(plugin);
  if (node.declaredLicense && !c.declaredLicense) c.declaredLicense = node.declaredLicense;
  if (node.integrity && !c.integrity) c.integrity = node.integrity;
  mergeHashes(c.hashes, node.hashes);
  if (node.source && !c.source) c.source = node.source;
  if (node.platform && !c.platform) c.platform = node.platform;
  if (node.bundled) c.bundled = true;
  if (node.properties) c.properties = { ...node.properties, ...c.properties };
  for (const a of node.aliases ?? []) {
    c.aliases ??= [];
    if (!c.aliases.includes(a)) c.aliases.push(a);
  }
  if (node.location && !c.locations.some((l) => sameLocation(l, node.location!)))
    c.locations.push(node.location);
}

export function buildInventory(graphs: DependencyGraph[]): Inventory {
  const byPurl = new Map<string, Component>();
  const usesByPurl = new Map<string, Map<string, NodeUse[]>>(); // purl -> workspace -> uses
  const relationships = new Map<string, Map<string, Relationship>>();
  const projects: Project[] = [];

  for (const g of graphs) {
    projects.push({
      ref: `project:${g.source}`,
      ecosystem: g.ecosystem,
      plugin: g.plugin,
      source: g.source,
      importers: g.importers,
      unresolved: g.unresolved ?? false,
    });
    const nodeById = new Map(g.nodes.map((n) => [n.id, n]));
    for (const n of g.nodes) {
      let c = byPurl.get(n.purl);
      if (!c) byPurl.set(n.purl, (c = newComponent(n, g.plugin)));
      absorbNode(c, n, g.plugin);
    }
    // Resolve every id once: edges mention the same nodes many times.
    const refs = new Map<string, string>();
    for (const n of g.nodes) refs.set(n.id, n.purl);
    for (const imp of g.importers) refs.set(`importer:${imp.path}`, globalImporterRef(g.source, imp.path));
    for (const e of g.edges) {
      const from = refs.get(e.from);
      const to = refs.get(e.to);
      if (!from || !to || from === to) continue;
      let targets = relationships.get(from);
      if (!targets) relationships.set(from, (targets = new Map()));
      const prev = targets.get(to);
      // A relation declared both ways keeps the strongest kind: prod > optional > peer > dev.
      if (!prev) targets.set(to, { from, to, kind: e.kind });
      else if (rank(e.kind) < rank(prev.kind)) prev.kind = e.kind;
    }
    for (const [impPath, uses] of computeReach(g)) {
      const ws = workspacePath(g.source, impPath);
      for (const [id, use] of uses) {
        const purl = nodeById.get(id)?.purl;
        if (!purl) continue; // an importer reached through a workspace link
        let perWs = usesByPurl.get(purl);
        if (!perWs) usesByPurl.set(purl, (perWs = new Map()));
        const list = perWs.get(ws);
        if (list) list.push(use);
        else perWs.set(ws, [use]);
      }
    }
  }

  for (const [purl, c] of byPurl) {
    const perWs = usesByPurl.get(purl);
    if (!perWs) {
      c.properties = { ...c.properties, extraneous: true };
      continue;
    }
    const all: NodeUse[] = [];
    const workspaces: WorkspaceUse[] = [];
    for (const [ws, uses] of perWs) {
      const u = combineUses(uses);
      workspaces.push({ workspace: ws, scopes: u.scopes, direct: u.direct });
      all.push(u);
    }
    const combined = combineUses(all);
    c.scopes = combined.scopes.sort((a, b) => SCOPE_ORDER.indexOf(a) - SCOPE_ORDER.indexOf(b));
    c.direct = combined.direct;
    c.workspaces = workspaces.sort((a, b) => cmp(a.workspace, b.workspace));
  }

  // Code-point order: deterministic across locales and much cheaper than localeCompare.
  const components = [...byPurl.values()].sort(
    (a, b) => cmp(a.name, b.name) || cmp(a.version ?? '', b.version ?? '') || cmp(a.purl, b.purl),
  );
  const rels: Relationship[] = [];
  for (const targets of relationships.values()) for (const r of targets.values()) rels.push(r);
  return { components, projects, relationships: rels };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rank(k: Relationship['kind']): number {
  return k === 'prod' ? 0 : k === 'optional' ? 1 : k === 'peer' ? 2 : 3;
}
