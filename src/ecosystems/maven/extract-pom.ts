// pom.xml -> DependencyGraph. A reactor root gives one graph with its modules as importers. With a
// local Maven repository the graph holds what Maven would resolve (resolve-transitive.ts);
// without one, only what the POMs declare, versions filled from dependencyManagement.
import { posix } from 'node:path';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { DependencyGraph, EdgeKind, GraphEdge, GraphNode, Importer } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import {
  managementKey,
  ModelBuilder,
  newProblems,
  type EffectivePom,
  type ModelProblems,
} from './effective-pom.js';
import { mavenNode, mavenPurl, PLUGIN_ID } from './maven-node.js';
import { gav, PomLoader } from './pom-loader.js';
import { isModuleOfAggregator, reactorPoms } from './reactor.js';
import { rangeReport } from './range-diagnostics.js';
import { resolveTransitive, type RangeProblem, type Resolution } from './resolve-transitive.js';
import { classify, pinnedVersion } from './version-choice.js';

const kindOf = (scope: string, optional: boolean): EdgeKind =>
  scope === 'test' ? 'dev' : optional ? 'optional' : 'prod';

/** Declared dependencies only (no repository): one level below each importer. */
function declaredOnly(eff: EffectivePom): Resolution {
  const problems: RangeProblem[] = [];
  const artifacts = eff.dependencies
    .filter((d) => d.scope !== 'import')
    .map((dep) => {
      const version = pinnedVersion(dep.version);
      const declared = classify(dep.version);
      const at = {
        name: `${dep.groupId}:${dep.artifactId}`,
        file: dep.file,
        line: dep.line,
        ranges: [dep.version ?? ''],
      };
      if (declared.kind === 'malformed') problems.push({ kind: 'malformed', ...at, detail: declared.reason });
      else if (declared.kind === 'range' && !version) problems.push({ kind: 'unresolved', ...at });
      return { dep, scope: dep.scope, depth: 1, direct: true, ...(version ? { version } : {}) };
    });
  return { artifacts, edges: artifacts.map((a) => ({ to: managementKey(a.dep) })), missing: [], problems };
}

interface Module {
  eff: EffectivePom;
  importer: Importer;
}

function addResolution(
  mod: Module,
  res: Resolution,
  reactor: Map<string, string>,
  nodes: Map<string, GraphNode>,
  edges: GraphEdge[],
): void {
  const idOf = new Map<string, string>();
  const art = new Map(res.artifacts.map((a) => [managementKey(a.dep), a]));
  for (const a of res.artifacts) {
    const key = managementKey(a.dep);
    const local = a.version ? reactor.get(gav({ ...a.dep, version: a.version })) : undefined;
    if (local !== undefined) {
      idOf.set(key, importerRef(local));
      continue;
    }
    const node = mavenNode(
      a.dep,
      a.version,
      a.scope,
      a.direct && a.dep.file === mod.eff.file
        ? { file: a.dep.file, line: a.dep.line }
        : { file: mod.eff.file },
    );
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    idOf.set(key, node.id);
  }
  const from = importerRef(mod.importer.path);
  for (const e of res.edges) {
    const target = art.get(e.to);
    const to = idOf.get(e.to);
    if (!target || !to) continue;
    const kind = e.from
      ? target.scope === 'test'
        ? 'dev'
        : 'prod'
      : kindOf(target.scope, target.dep.optional);
    const source = e.from ? idOf.get(e.from) : from;
    if (source && source !== to)
      edges.push({ from: source, to, kind, ...(e.from ? {} : rangeOf(target.dep.version)) });
  }
}

const rangeOf = (v: string | undefined) => (v ? { range: v } : {});

function problemDiagnostics(p: ModelProblems): Diagnostic[] {
  return [
    ...p.unresolved.map((u) =>
      diagnostic(
        'maven/unresolved-property',
        { file: u.file, line: u.line, name: u.name },
        { location: { file: u.file, line: u.line } },
      ),
    ),
    ...p.missingParents.map((m) =>
      diagnostic('maven/parent-not-found', { ...m }, { location: { file: m.file, line: m.line } }),
    ),
    ...p.missingBoms.map((m) =>
      diagnostic('maven/bom-not-found', { ...m }, { location: { file: m.file, line: m.line } }),
    ),
  ];
}

function profileNotes(loader: PomLoader): Diagnostic[] {
  const seen = new Set<string>();
  return loader.unknownActivations
    .filter((u) => !seen.has(`${u.file}:${u.line}`) && seen.add(`${u.file}:${u.line}`))
    .map((u) =>
      diagnostic(
        'maven/profile-not-evaluated',
        { file: u.file, profile: u.profile, condition: u.condition },
        { location: { file: u.file, line: u.line } },
      ),
    );
}

export async function extractPom(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const loader = new PomLoader(ctx);
  const root = await loader.tree(file);
  if (!root) return { graphs: [] };
  if (await isModuleOfAggregator(root, loader)) return { graphs: [] };
  const problems = newProblems();
  const builder = new ModelBuilder(loader, problems);
  const failures: FileFailure[] = [];
  const modules: Module[] = [];
  const baseDir = posix.dirname(file);
  const reactor = new Map<string, string>();
  const poms = await reactorPoms(root, loader, failures);
  // Register the modules by their literal coordinates first, so BOMs and parents among them are found.
  for (const pom of poms) {
    const r = pom.raw;
    const groupId = r.groupId ?? r.parent?.groupId;
    const version = r.version ?? r.parent?.version;
    if (groupId && r.artifactId && version)
      loader.reactor.set(gav({ groupId, artifactId: r.artifactId, version }), pom);
  }
  for (const pom of poms) {
    const eff = await builder.effective(pom);
    const path = posix.relative(baseDir, posix.dirname(pom.file)) || '.';
    loader.reactor.set(gav(eff), pom);
    reactor.set(gav(eff), path);
    const importer: Importer = { path, name: `${eff.groupId}:${eff.artifactId}`, manifest: pom.file };
    if (eff.version) importer.version = eff.version;
    importer.purl = mavenPurl(
      { ...eff, type: eff.packaging === 'pom' ? 'pom' : 'jar' },
      eff.version || undefined,
    );
    modules.push({ eff, importer });
  }
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const missing = new Set<string>();
  const rangeProblems: RangeProblem[] = [];
  for (const mod of modules) {
    const res = loader.hasRepo ? await resolveTransitive(mod.eff, builder, loader) : declaredOnly(mod.eff);
    res.missing.forEach((m) => missing.add(m));
    rangeProblems.push(...res.problems);
    addResolution(mod, res, reactor, nodes, edges);
  }
  const ranges = rangeReport(rangeProblems, file, loader, ctx.mavenRepo?.dir);
  failures.push(...ranges.failures);
  const diagnostics = [...problemDiagnostics(problems), ...ranges.diagnostics, ...profileNotes(loader)];
  const broken = loader.brokenRepoPoms;
  const absent = [...missing].filter((m) => !broken.has(m));
  if (absent.length || broken.size) {
    const all = [...absent, ...broken.keys()];
    const data = {
      missing: absent,
      broken: Object.fromEntries([...broken.values()].map((b) => [b.file, b.reason])),
    };
    diagnostics.push(
      diagnostic(
        'maven/pom-not-in-repository',
        { file, count: all.length, repo: ctx.mavenRepo?.dir ?? '', examples: all.slice(0, 3).join(', ') },
        { location: { file }, data },
      ),
    );
  }
  if (!loader.hasRepo) diagnostics.push(diagnostic('maven/no-repository', { file }, { location: { file } }));
  const graph: DependencyGraph = {
    ecosystem: 'maven',
    plugin: PLUGIN_ID,
    source: file,
    importers: modules.map((m) => m.importer),
    nodes: [...nodes.values()],
    edges,
  };
  const out: ExtractOutput = { graphs: [graph], diagnostics };
  failures.push(...problems.failures);
  if (failures.length) out.failures = failures;
  return out;
}
