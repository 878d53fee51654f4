// Scope computation by walking the graph from each importer, never trusting per-package flags.
// A node is prod when some importer reaches it through a non-dev root edge, dev when it is reached
// only through dev root edges; optional (or peer) when every path that gives it that scope passes
// through an optional (or peer) edge. Packages' own dev edges are never followed: they are not
// installed for dependents.
import type { DependencyGraph, EdgeKind, Scope } from './model.js';
import { importerRef } from './model.js';

export interface NodeUse {
  scopes: Scope[];
  direct: boolean;
}

/** For each importer path, the nodes it reaches and how. */
export type ImporterReach = Map<string, Map<string, NodeUse>>;

// A path's state is two bits: OPT (it went through an optional edge), PEER (through a peer edge).
// A node's mask records which of the four states reached it (bit `1 << state`).
const OPT = 1;
const PEER = 2;
/** Reached by some path without an optional edge: states 0 and PEER. */
const REQUIRED_MASK = (1 << 0) | (1 << PEER);
/** Reached by some path without a peer edge: states 0 and OPT. */
const NON_PEER_MASK = (1 << 0) | (1 << OPT);
/** DOMINATED[mask * 4 + state]: a state already seen that is a subset of `state` makes it redundant. */
const DOMINATED = new Uint8Array(64);
for (let mask = 0; mask < 16; mask++)
  for (let t = 0; t < 4; t++)
    for (let s = 0; s < 4; s++) if (mask & (1 << s) && (s & ~t) === 0) DOMINATED[mask * 4 + t] = 1;

/** The graph as compact arrays: ids numbered once, edges in CSR form. */
interface CompactGraph {
  ids: string[];
  index: Map<string, number>;
  start: Int32Array;
  target: Int32Array;
  kind: Uint8Array; // 0 prod, 1 optional, 2 peer, 3 dev
}

const KIND_CODE: Record<EdgeKind, number> = { prod: 0, optional: 1, peer: 2, dev: 3 };
const CODE_BITS = [0, OPT, PEER, 0];

function compact(graph: DependencyGraph): CompactGraph {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const idOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = ids.push(id) - 1));
    return i;
  };
  for (const imp of graph.importers) idOf(importerRef(imp.path));
  for (const n of graph.nodes) idOf(n.id);
  const from = new Int32Array(graph.edges.length);
  const to = new Int32Array(graph.edges.length);
  graph.edges.forEach((e, i) => {
    from[i] = idOf(e.from);
    to[i] = idOf(e.to);
  });
  const start = new Int32Array(ids.length + 1);
  for (const f of from) start[f + 1]!++;
  for (let i = 0; i < ids.length; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, ids.length);
  const target = new Int32Array(graph.edges.length);
  const kind = new Uint8Array(graph.edges.length);
  graph.edges.forEach((e, i) => {
    const at = fill[from[i]!]!++;
    target[at] = to[i]!;
    kind[at] = KIND_CODE[e.kind];
  });
  return { ids, index, start, target, kind };
}

/**
 * Marks in `mask` every node reached from `root`, with the path states that reach it. Root edges
 * are taken when `rootDev` matches their dev-ness; after the root, dev edges are never followed.
 */
function traverse(g: CompactGraph, root: number, rootDev: boolean, mask: Uint8Array): void {
  const stackNode: number[] = [];
  const stackState: number[] = [];
  const push = (node: number, state: number) => {
    if (DOMINATED[mask[node]! * 4 + state]) return;
    mask[node]! |= 1 << state;
    stackNode.push(node);
    stackState.push(state);
  };
  for (let e = g.start[root]!; e < g.start[root + 1]!; e++) {
    const k = g.kind[e]!;
    if ((k === 3) === rootDev) push(g.target[e]!, CODE_BITS[k]!);
  }
  while (stackNode.length) {
    const node = stackNode.pop()!;
    const state = stackState.pop()!;
    for (let e = g.start[node]!; e < g.start[node + 1]!; e++) {
      const k = g.kind[e]!;
      if (k !== 3) push(g.target[e]!, state | CODE_BITS[k]!);
    }
  }
}

function qualify(primary: Scope, mask: number): Scope[] {
  const scopes: Scope[] = [primary];
  if (!(mask & REQUIRED_MASK)) scopes.push('optional');
  if (!(mask & NON_PEER_MASK)) scopes.push('peer');
  return scopes;
}

export function computeReach(graph: DependencyGraph): ImporterReach {
  const g = compact(graph);
  const out: ImporterReach = new Map();
  const prod = new Uint8Array(g.ids.length);
  const dev = new Uint8Array(g.ids.length);
  for (const imp of graph.importers) {
    const root = g.index.get(importerRef(imp.path))!;
    prod.fill(0);
    dev.fill(0);
    traverse(g, root, false, prod);
    traverse(g, root, true, dev);
    const direct = new Set<number>();
    for (let e = g.start[root]!; e < g.start[root + 1]!; e++) direct.add(g.target[e]!);
    const uses = new Map<string, NodeUse>();
    for (let i = 0; i < g.ids.length; i++) {
      if (prod[i]) uses.set(g.ids[i]!, { scopes: qualify('prod', prod[i]!), direct: direct.has(i) });
      else if (dev[i]) uses.set(g.ids[i]!, { scopes: qualify('dev', dev[i]!), direct: direct.has(i) });
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
