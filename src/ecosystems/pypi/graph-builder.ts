// Collects a Python lockfile's importers, nodes and edges into one DependencyGraph, keeping edges
// unique (the strongest kind wins when one is declared twice) and failures in order.
import type { DependencyGraph, EdgeKind, GraphEdge, GraphNode, Importer } from '../../core/model.js';
import type { ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';

const RANK: Record<EdgeKind, number> = { prod: 0, optional: 1, peer: 2, dev: 3 };

export class PyGraphBuilder {
  readonly importers: Importer[] = [];
  readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  readonly failures: FileFailure[] = [];
  unresolved = false;

  constructor(
    readonly plugin: string,
    readonly source: string,
  ) {}

  addEdge(from: string, to: string, kind: EdgeKind, range?: string): void {
    const key = `${from}\u0000${to}`;
    const prev = this.edges.get(key);
    if (prev) {
      if (RANK[kind] < RANK[prev.kind]) prev.kind = kind;
      return;
    }
    const e: GraphEdge = { from, to, kind };
    if (range) e.range = range;
    this.edges.set(key, e);
  }

  fail(f: FileFailure): void {
    this.failures.push(f);
  }

  output(): ExtractOutput {
    const graph: DependencyGraph = {
      ecosystem: 'pypi',
      plugin: this.plugin,
      source: this.source,
      importers: this.importers,
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
    if (this.unresolved) graph.unresolved = true;
    const out: ExtractOutput = { graphs: [graph] };
    if (this.failures.length) out.failures = this.failures;
    return out;
  }
}
