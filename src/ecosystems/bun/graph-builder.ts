// Collects what the bun.lock parser finds (importers, nodes, edges, partial failures) into one
// DependencyGraph, keeping edges unique and failures one per problem.
import type { DependencyGraph, EdgeKind, GraphEdge, GraphNode, Importer } from '../../core/model.js';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { unreachableNodes } from '../../core/unreachable.js';

export const PLUGIN_ID = 'bun/bun-lock';

export class BunGraphBuilder {
  readonly importers: Importer[] = [];
  readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  readonly failures: FileFailure[] = [];
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly source: string) {}

  addEdge(from: string, to: string, kind: EdgeKind, range?: string, alias?: string): void {
    const key = `${from}\u0000${to}\u0000${kind}`;
    if (this.edges.has(key)) return;
    const e: GraphEdge = { from, to, kind };
    if (range !== undefined) e.range = range;
    if (alias !== undefined) e.alias = alias;
    this.edges.set(key, e);
  }

  fail(f: FileFailure): void {
    if (!this.failures.some((x) => x.file === f.file && x.line === f.line && x.detail === f.detail))
      this.failures.push(f);
  }

  /**
   * Warns about locked packages no importer reaches (a stale lockfile: the package manager would
   * drop them). A warning, not a failure: the rest of the result is whole. `except` lists ids
   * that are reached in ways the graph does not show (e.g. the base of a patched package).
   */
  warnUnreachable(except: Set<string> = new Set()): void {
    for (const n of unreachableNodes(this.importers, this.nodes.values(), this.edges.values())) {
      if (except.has(n.id)) continue;
      const detail = `${n.id} is locked but nothing depends on it`;
      const location = n.location ?? { file: this.source };
      this.diagnostics.push(diagnostic('file/inconsistent', { file: this.source, detail }, { location }));
    }
  }

  output(): ExtractOutput {
    const graph: DependencyGraph = {
      ecosystem: 'npm',
      plugin: PLUGIN_ID,
      source: this.source,
      importers: this.importers,
      nodes: [...this.nodes.values()],
      edges: [...this.edges.values()],
    };
    const out: ExtractOutput = { graphs: [graph] };
    if (this.failures.length) out.failures = this.failures;
    if (this.diagnostics.length) out.diagnostics = this.diagnostics;
    return out;
  }
}
