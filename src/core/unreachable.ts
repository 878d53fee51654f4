// Which locked packages no importer reaches at all: parsers use it to warn about stale lockfile
// entries. Any edge kind counts as reaching (scopes are computed separately, in scopes.ts).
import type { GraphEdge, GraphNode, Importer } from './model.js';
import { importerRef } from './model.js';

export function unreachableNodes(
  importers: Importer[],
  nodes: Iterable<GraphNode>,
  edges: Iterable<GraphEdge>,
): GraphNode[] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.from);
    if (list) list.push(e.to);
    else next.set(e.from, [e.to]);
  }
  const seen = new Set<string>();
  const stack = importers.map((i) => importerRef(i.path));
  while (stack.length) {
    for (const to of next.get(stack.pop()!) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      stack.push(to);
    }
  }
  return [...nodes].filter((n) => !seen.has(n.id));
}
