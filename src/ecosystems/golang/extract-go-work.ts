// go.work (+ go.work.sum and the used modules' go.mod and go.sum) -> one DependencyGraph. Every
// used module is an importer; the build list is minimal version selection over the requirements
// the modules' go.mod files state (the module cache, which holds the dependencies' own go.mod
// files, is not read, so a version only a dependency asks for is missed). Replacements follow Go:
// a go.work replace wins; a module's own replace applies only when go.work has none for that
// module version, and two modules replacing it differently conflict.
import { posix } from 'node:path';
import type { DependencyGraph, GraphEdge, GraphNode, Importer } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { compareGoVersions } from './compare-go-versions.js';
import type { Replace } from './directives.js';
import { replacementFor } from './extract-go-mod.js';
import type { Require } from './go-mod-schema.js';
import { parseGoSum, type GoSumEntry } from './go-sum.js';
import { parseGoWork, type GoWork } from './go-work-schema.js';
import { goPurl, moduleNode } from './module-node.js';
import { loadWorkspaceModules, unknownFailures, type WorkspaceModule } from './workspace-modules.js';

export const GO_WORK_PLUGIN_ID = 'golang/go-work';

interface Selected {
  version: string;
  uses: { module: WorkspaceModule; req: Require }[];
}

/** The replacement Go applies to path@version in the workspace, and the directory it is relative to. */
function workspaceReplacement(
  work: GoWork,
  workDir: string,
  modules: WorkspaceModule[],
  path: string,
  version: string,
  failures: FileFailure[],
): { r: Replace; base: string } | undefined {
  const w = replacementFor(work.replaces, path, version);
  if (w) return { r: w, base: workDir };
  let found: { r: Replace; base: string; file: string } | undefined;
  for (const m of modules) {
    const r = replacementFor(m.mod.replaces, path, version);
    if (!r) continue;
    if (found && target(found.r, found.base) !== target(r, m.dir))
      failures.push({
        file: m.goModFile,
        line: r.line,
        reason: 'inconsistent',
        detail: `conflicting replacements for ${path}@${version} in ${found.file} and ${m.goModFile}; go.work needs a replace`,
      });
    else if (!found) found = { r, base: m.dir, file: m.goModFile };
  }
  return found;
}

const target = (r: Replace, base: string) =>
  r.newVersion ? `${r.newPath}@${r.newVersion}` : posix.normalize(posix.join(base, r.newPath));

async function readSums(ctx: ExtractContext, files: string[], failures: FileFailure[]) {
  const maps: Map<string, GoSumEntry>[] = [];
  for (const f of files) {
    const text = await ctx.readTextIfExists(f);
    if (text !== undefined) maps.push(parseGoSum(text, f, failures));
  }
  return (key: string): GoSumEntry => {
    const out: GoSumEntry = {};
    for (const m of maps) {
      const e = m.get(key);
      out.h1 ??= e?.h1;
      out.goModH1 ??= e?.goModH1;
    }
    return out;
  };
}

function importerOf(m: WorkspaceModule, workDir: string): Importer {
  return {
    path: posix.relative(workDir === '.' ? '' : workDir, m.dir) || '.',
    name: m.mod.module!,
    purl: goPurl(m.mod.module!, null),
    manifest: m.goModFile,
  };
}

export async function extractGoWork(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const work = parseGoWork(await ctx.readText(file), file);
  const workDir = posix.dirname(file);
  const failures: FileFailure[] = unknownFailures(file, work.unknown);
  const modules = await loadWorkspaceModules(work, file, ctx, failures);
  const importers = new Map(modules.map((m) => [m.mod.module!, importerOf(m, workDir)]));

  // Minimal version selection over the stated requirements; workspace modules are not selected.
  // Every used module is a main module, so each one's excludes apply to the whole workspace.
  const excluded = new Set(modules.flatMap((m) => m.mod.excludes.map((e) => `${e.path}@${e.version}`)));
  const selected = new Map<string, Selected>();
  for (const m of modules) {
    for (const req of m.mod.requires) {
      if (importers.has(req.path)) continue;
      if (excluded.has(`${req.path}@${req.version}`)) {
        failures.push({
          file: m.goModFile,
          line: req.line,
          reason: 'inconsistent',
          detail: `${req.path}@${req.version} is both required and excluded`,
        });
        continue;
      }
      const s = selected.get(req.path);
      if (!s) selected.set(req.path, { version: req.version, uses: [{ module: m, req }] });
      else {
        s.uses.push({ module: m, req });
        if (compareGoVersions(req.version, s.version) > 0) s.version = req.version;
      }
    }
  }

  const sumOf = await readSums(
    ctx,
    [posix.join(workDir, 'go.work.sum'), ...modules.map((m) => posix.join(m.dir, 'go.sum'))],
    failures,
  );
  const nodeIds = new Map<string, string>();
  const nodes: GraphNode[] = [];
  for (const [path, s] of selected) {
    const rep = workspaceReplacement(work, workDir, modules, path, s.version, failures);
    const at = s.uses.find((u) => u.req.version === s.version) ?? s.uses[0]!;
    const node = moduleNode(
      {
        path,
        version: s.version,
        ...(rep && { replacement: { path: rep.r.newPath, version: rep.r.newVersion } }),
      },
      at.module.goModFile,
      at.req.line,
      rep?.base ?? workDir,
    );
    const sum = sumOf(`${node.name} ${node.version}`);
    const props: Record<string, string | boolean | number> = { ...node.properties };
    if (s.uses.every((u) => u.req.indirect)) props.indirect = true;
    if (sum.h1) props['go.sum:h1'] = sum.h1;
    if (sum.goModH1) props['go.sum:go.mod-h1'] = sum.goModH1;
    if (Object.keys(props).length) node.properties = props;
    nodeIds.set(path, node.id);
    nodes.push(node);
  }

  const edges: GraphEdge[] = [];
  for (const m of modules) {
    const from = `importer:${importers.get(m.mod.module!)!.path}`;
    const seen = new Set<string>();
    for (const req of m.mod.requires) {
      const sibling = importers.get(req.path);
      const to = sibling ? `importer:${sibling.path}` : nodeIds.get(req.path);
      if (!to || seen.has(to) || sibling?.name === m.mod.module) continue;
      seen.add(to);
      edges.push({ from, to, kind: 'prod', range: req.version });
    }
  }
  const graph: DependencyGraph = {
    ecosystem: 'golang',
    plugin: GO_WORK_PLUGIN_ID,
    source: file,
    importers: [...importers.values()],
    nodes,
    edges,
  };
  const out: ExtractOutput = { graphs: [graph] };
  if (failures.length) out.failures = failures;
  return out;
}
