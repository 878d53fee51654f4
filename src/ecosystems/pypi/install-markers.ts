// When a locked package is installed at all, from the PEP 508 markers on the dependency edges that
// reach it: uv.lock keeps a marker per edge (`{ name = "nvidia-cublas-cu12", marker = "…" }`), so a
// package reached only through marked edges is installed only where one such path's markers hold.
// The result is a marker expression for the node (the `marker` property), or none when some path
// from a root carries no marker.

/** One dependency edge with the markers that must hold for it to be followed (none: always). */
export interface MarkedEdge {
  from: string;
  to: string;
  markers: string[];
}

/** Beyond this many alternative paths a node is taken as unconditional (never ruled out). */
const MAX_ALTERNATIVES = 32;

/**
 * Install conditions of the nodes reachable from `roots`, in disjunctive form: each alternative is
 * the set of markers along one path (all must hold); `extra` markers (a package's own
 * `resolution-markers`) are added to every alternative of that node. Nodes absent from the result,
 * or with an empty alternative, are installed unconditionally.
 */
export function installConditions(
  roots: string[],
  edges: MarkedEdge[],
  extra: Map<string, string> = new Map(),
): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const byFrom = new Map<string, MarkedEdge[]>();
  for (const e of edges) {
    const list = byFrom.get(e.from);
    if (list) list.push(e);
    else byFrom.set(e.from, [e]);
  }
  // Each new alternative is passed on once; one absorbed meanwhile is dropped.
  const queue: [string, string[]][] = [];
  const add = (id: string, alt: string[]): void => {
    const own = extra.get(id);
    const next = [...new Set(own ? [...alt, own] : alt)].sort();
    const alts = out.get(id) ?? [];
    if (alts.some((a) => a.every((m) => next.includes(m)))) return;
    const kept = alts.filter((a) => !next.every((m) => a.includes(m)));
    const now = kept.length >= MAX_ALTERNATIVES ? [] : next;
    out.set(id, now.length === 0 ? [now] : [...kept, now]);
    queue.push([id, now]);
  };
  for (const r of roots) add(r, []);
  for (let i = 0; i < queue.length; i++) {
    const [id, alt] = queue[i]!;
    if (!out.get(id)!.includes(alt)) continue;
    for (const e of byFrom.get(id) ?? []) add(e.to, [...alt, ...e.markers]);
  }
  return out;
}

/** A PEP 508 marker for the alternatives: `(a) and (b) or (c)`; undefined when unconditional. */
export function markerOf(alts: string[][] | undefined): string | undefined {
  if (!alts || alts.length === 0 || alts.some((a) => a.length === 0)) return undefined;
  return alts.map((a) => a.map((m) => `(${m})`).join(' and ')).join(' or ');
}
