// go.mod (+ go.sum beside it) -> DependencyGraph. The main module is the importer; every
// required module, direct or `// indirect`, is an edge from it, because since Go 1.17 go.mod lists
// every module the build needs and offline there is no module graph to say who needs whom. Go has
// no dev dependencies: all edges are prod. The `indirect` flag is kept as a node property. A module
// that a go.work `use`s is reported by that workspace's graph instead (extract-go-work.ts).
import { posix } from 'node:path';
import type { DependencyGraph, GraphNode, Importer } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { parseGoMod, type GoMod, type Replace } from './go-mod-schema.js';
import { owningWorkspace, unknownFailures } from './workspace-modules.js';
import { parseGoSum } from './go-sum.js';
import { goPurl, moduleNode } from './module-node.js';

export const GO_MOD_PLUGIN_ID = 'golang/go-mod';

/** The replace directive that applies to path@version: a version-specific one wins. */
export function replacementFor(replaces: Replace[], path: string, version: string): Replace | undefined {
  return (
    replaces.find((r) => r.path === path && r.version === version) ??
    replaces.find((r) => r.path === path && r.version === undefined)
  );
}

function mainImporter(mod: GoMod, file: string): Importer {
  const imp: Importer = { path: '.', manifest: file };
  if (mod.module) {
    imp.name = mod.module;
    imp.purl = goPurl(mod.module, null);
  }
  return imp;
}

export async function extractGoMod(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const dir = posix.dirname(file);
  if (await owningWorkspace(dir, ctx)) return { graphs: [] };
  const mod = parseGoMod(await ctx.readText(file), file);
  const failures: FileFailure[] = unknownFailures(file, mod.unknown);
  const sumFile = posix.join(dir, 'go.sum');
  const sumText = await ctx.readTextIfExists(sumFile);
  const sums = sumText === undefined ? new Map() : parseGoSum(sumText, sumFile, failures);
  const excluded = new Set(mod.excludes.map((e) => `${e.path}@${e.version}`));

  const nodes = new Map<string, GraphNode>();
  for (const req of mod.requires) {
    if (excluded.has(`${req.path}@${req.version}`)) {
      failures.push({
        file,
        line: req.line,
        reason: 'inconsistent',
        detail: `${req.path}@${req.version} is both required and excluded`,
      });
      continue;
    }
    const r = replacementFor(mod.replaces, req.path, req.version);
    const node = moduleNode(
      {
        path: req.path,
        version: req.version,
        ...(r && { replacement: { path: r.newPath, version: r.newVersion } }),
      },
      file,
      req.line,
      dir,
    );
    const sum = sums.get(`${node.name} ${node.version}`);
    const props: Record<string, string | boolean | number> = { ...node.properties };
    if (req.indirect) props.indirect = true;
    if (sum?.h1) props['go.sum:h1'] = sum.h1;
    if (sum?.goModH1) props['go.sum:go.mod-h1'] = sum.goModH1;
    if (Object.keys(props).length) node.properties = props;
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  }
  const graph: DependencyGraph = {
    ecosystem: 'golang',
    plugin: GO_MOD_PLUGIN_ID,
    source: file,
    importers: [mainImporter(mod, file)],
    nodes: [...nodes.values()],
    edges: [...nodes.keys()].map((id) => ({ from: 'importer:.', to: id, kind: 'prod' as const })),
  };
  const out: ExtractOutput = { graphs: [graph] };
  if (failures.length) out.failures = failures;
  return out;
}
