// Scope computation by walking the graph from each importer, never trusting per-package flags.
// A node is prod when some importer reaches it through a non-dev root edge, dev when it is reached
// only through dev root edges; optional (or peer) when every path that gives it that scope passes
// through an optional (or peer) edge. Packages' own dev edges are never followed: they are not
// installed for dependents.
import type { DependencyGraph, EdgeKind, GraphEdge, Scope } from './model.js';
import { importerRef } from './model.js';

export interface NodeUse {
  scopes: Scope[];
  direct: boolean;
}

/** For each importer path, the nodes it reaches and how. */
export type ImporterReach = Map<string, Map<string, NodeUse>>;

type Adjacency = Map<string, GraphEdge[]>;

function adjacency(edges: GraphEdge[]): Adjacency {
  const adj: Adjacency = new Map();
  for (const e of edges) {
    const list = adj.get(e.from);
    if (list) list.push(e);
    else adj.set(e.from, [e]);
  }
  return adj;
}

/** Nodes reachable from `start` refs, following edges accepted by `follow` (root edges by `rootFollow`). */
function reach(
  adj: Adjacency,
  root: string,
  rootFollow: (k: EdgeKind) => boolean,
  follow: (k: EdgeKind) => boolean,
): Set<string> {
  const seen = new Set<string>();
  const stack: string[] = [];
  for (const e of adj.get(root) ?? []) {
    if (!rootFollow(e.kind) || seen.has(e.to)) continue;
    seen.add(e.to);
    stack.push(e.to);
  }
  while (stack.length) {
    const id = stack.pop()!;
    for (const e of adj.get(id) ?? []) {
      if (!follow(e.kind) || seen.has(e.to)) continue;
      seen.add(e.to);
      stack.push(e.to);
    }
  }
  return seen;
}

const notDev = (k: EdgeKind) => k !== 'dev';
const only =
  (...kinds: EdgeKind[]) =>
  (k: EdgeKind) =>
    kinds.includes(k);

export function computeReach(graph: DependencyGraph): ImporterReach {
  const adj = adjacency(graph.edges);
  const out: ImporterReach = new Map();
  for (const imp of graph.importers) {
    const ref = importerRef(imp.path);
    const prod = reach(adj, ref, notDev, notDev);
    const prodRequired = reach(adj, ref, only('prod', 'peer'), only('prod', 'peer'));
    const prodNonPeer = reach(adj, ref, only('prod', 'optional'), only('prod', 'optional'));
    const dev = reach(adj, ref, only('dev'), notDev);
    const devRequired = reach(adj, ref, only('dev'), only('prod', 'peer'));
    const devNonPeer = reach(adj, ref, only('dev'), only('prod', 'optional'));
    const direct = new Set((adj.get(ref) ?? []).map((e) => e.to));
    const uses = new Map<string, NodeUse>();
    for (const id of prod) {
      const scopes: Scope[] = ['prod'];
      if (!prodRequired.has(id)) scopes.push('optional');
      if (!prodNonPeer.has(id)) scopes.push('peer');
      uses.set(id, { scopes, direct: direct.has(id) });
    }
    for (const id of dev) {
      if (uses.has(id)) continue;
      const scopes: Scope[] = ['dev'];
      if (!devRequired.has(id)) scopes.push('optional');
      if (!devNonPeer.has(id)) scopes.push('peer');
      uses.set(id, { scopes, direct: direct.has(id) });
    }
    out.set(imp.path, uses);
  }
  return out;
}

/**
 * Combine per-importer uses into one: prod if any importer needs it in prod; optional/peer only
 * when every importer that gives it the winning scope qualifies it so.
 */
export function combineUses(uses: NodeUse[]): NodeUse {
  if (uses.length === 0) return { scopes: [], direct: false };
  const primary: Scope = uses.some((u) => u.scopes.includes('prod')) ? 'prod' : 'dev';
  const winners = uses.filter((u) => u.scopes.includes(primary));
  const scopes: Scope[] = [primary];
  if (winners.every((u) => u.scopes.includes('optional'))) scopes.push('optional');
  if (winners.every((u) => u.scopes.includes('peer'))) scopes.push('peer');
  return { scopes, direct: uses.some((u) => u.direct) };
}
