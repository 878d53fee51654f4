// Offline transitive resolution from a local Maven repository, following Maven 3's rules: a
// breadth-first walk where the nearest declaration of an artifact wins (the first one at equal
// depth), the root's dependencyManagement overrides transitive versions and scopes, test and
// provided dependencies are not transitive, optional ones are not followed, exclusions prune a
// subtree, and scopes propagate (compile under runtime is runtime, anything under test is test).
// Version ranges are hard constraints: the winner is the nearest declaration offering a version
// that every range for the artifact contains. Ranges found deeper can overturn a nearer choice, so
// the walk is repeated with the ranges it found until they no longer change.
import { managementKey, type Dependency, type EffectivePom, type ModelBuilder } from './effective-pom.js';
import type { PomLoader } from './pom-loader.js';
import { acceptable, offerOf, type Offer, type RangeSpec } from './version-choice.js';

export interface ResolvedArtifact {
  dep: Dependency;
  /** Version after mediation; undefined when unknown or a range we cannot pin. */
  version?: string;
  scope: string;
  depth: number;
  /** Declared by the project itself (depth 1). */
  direct: boolean;
}

export interface Resolution {
  artifacts: ResolvedArtifact[];
  /** Conflict key of the dependent (undefined: the project) -> conflict key of the winner. */
  edges: { from?: string; to: string }[];
  /** Coordinates whose POM the repository did not have: their dependencies are unknown. */
  missing: string[];
  problems: RangeProblem[];
}

/** A range Maven would reject or fail on; `file`/`line` is the declaration's. */
export interface RangeProblem {
  /** `unresolved`: a valid range listed without a repository to resolve it against. */
  kind: 'malformed' | 'unsatisfied' | 'conflict' | 'unresolved';
  /** groupId:artifactId */
  name: string;
  ranges: string[];
  file: string;
  line: number;
  /** Malformed: Maven's reason. Conflict: the version listed instead (the nearest declaration's own choice). */
  detail?: string;
}

/** Declared scopes a dependent's dependency must have to be followed at all. */
const TRANSITIVE = new Set(['', 'compile', 'runtime', 'system']);

/** Effective scope of a (selected, then managed) child under its parent's scope (Maven's JavaScopeDeriver). */
export function propagateScope(parent: string, child: string): string {
  if (child === 'system' || child === 'test') return child;
  if (parent === 'compile') return child;
  if (parent === 'test' || parent === 'runtime') return parent;
  if (parent === 'system' || parent === 'provided') return 'provided';
  return 'runtime';
}

const WIDTH: Record<string, number> = { compile: 4, system: 3, provided: 2, runtime: 3, test: 1 };

const excluded = (d: Dependency, patterns: string[]) =>
  patterns.some((p) => {
    const [g, a] = p.split(':');
    return (g === '*' || g === d.groupId) && (a === '*' || a === d.artifactId);
  });

interface Pending {
  dep: Dependency;
  scope: string;
  depth: number;
  from?: string;
  exclusions: string[];
}

const MAX_PASSES = 8;

export async function resolveTransitive(
  root: EffectivePom,
  builder: ModelBuilder,
  loader: PomLoader,
): Promise<Resolution> {
  let known = new Map<string, RangeSpec[]>();
  let run = await walk(root, builder, loader, known);
  for (let pass = 1; pass < MAX_PASSES && !sameConstraints(run.constraints, known); pass++) {
    known = run.constraints;
    run = await walk(root, builder, loader, known);
  }
  return run.resolution;
}

function sameConstraints(a: Map<string, RangeSpec[]>, b: Map<string, RangeSpec[]>): boolean {
  const flat = (m: Map<string, RangeSpec[]>) =>
    [...m]
      .flatMap(([k, specs]) => specs.map((s) => `${k} ${s.text}`))
      .sort()
      .join('\n');
  return flat(a) === flat(b);
}

class Problems {
  readonly list: RangeProblem[] = [];
  add(p: RangeProblem): void {
    if (
      !this.list.some((q) => q.kind === p.kind && q.file === p.file && q.line === p.line && q.name === p.name)
    )
      this.list.push(p);
  }
}

/** One breadth-first walk; `known` holds the ranges a previous walk found for each artifact. */
async function walk(
  root: EffectivePom,
  builder: ModelBuilder,
  loader: PomLoader,
  known: Map<string, RangeSpec[]>,
): Promise<{ resolution: Resolution; constraints: Map<string, RangeSpec[]> }> {
  const winners = new Map<string, ResolvedArtifact>();
  const unplaced = new Map<string, { item: Pending; offer: Offer }>();
  const constraints = new Map<string, RangeSpec[]>();
  const problems = new Problems();
  const edges: Resolution['edges'] = [];
  const edgeKeys = new Set<string>();
  const missing = new Set<string>();
  const self = `${root.groupId}:${root.artifactId}`;
  let level: Pending[] = root.dependencies
    .filter((d) => d.scope !== 'import')
    .map((d) => ({ dep: d, scope: d.scope, depth: 1, exclusions: d.exclusions }));
  while (level.length) {
    const next: Pending[] = [];
    const expand: [ResolvedArtifact, Pending][] = [];
    for (const item of level) {
      const key = managementKey(item.dep);
      const edgeKey = `${item.from ?? ''}>${key}`;
      if (!edgeKeys.has(edgeKey)) {
        edgeKeys.add(edgeKey);
        edges.push({ ...(item.from ? { from: item.from } : {}), to: key });
      }
      const { dep } = item;
      const offer = await offerOf(dep.version, dep.groupId, dep.artifactId, loader);
      noteOffer(offer, item, key, constraints, problems);
      const won = winners.get(key);
      if (won) {
        // Maven keeps the nearest version but widens a transitive scope to the widest path's.
        if (!won.direct && (WIDTH[item.scope] ?? 0) > (WIDTH[won.scope] ?? 0)) won.scope = item.scope;
        continue;
      }
      const ok = acceptable(offer, known.get(key) ?? []);
      if ((offer.kind === 'soft' || offer.kind === 'range') && !ok.length) {
        if (!unplaced.has(key)) unplaced.set(key, { item, offer });
        continue;
      }
      const version = ok.at(-1);
      const art: ResolvedArtifact = { dep, scope: item.scope, depth: item.depth, direct: item.depth === 1 };
      if (version) art.version = version;
      winners.set(key, art);
      if (version && item.scope !== 'system') expand.push([art, item]);
    }
    for (const [art, item] of expand) {
      const coords = { groupId: art.dep.groupId, artifactId: art.dep.artifactId, version: art.version! };
      const pom = await loader.byCoordinates(coords);
      if (!pom) {
        missing.add(`${coords.groupId}:${coords.artifactId}:${coords.version}`);
        continue;
      }
      const eff = await builder.effective(pom);
      for (const c of eff.dependencies) {
        if (!TRANSITIVE.has(c.scope) || c.optional || excluded(c, item.exclusions)) continue;
        if (`${c.groupId}:${c.artifactId}` === self) continue;
        const managed = root.managed.get(managementKey(c));
        const child: Dependency = managed
          ? { ...c, version: managed.version ?? c.version, scope: managed.scope || c.scope }
          : c;
        const scope = propagateScope(item.scope, child.scope || 'compile');
        next.push({
          dep: child,
          scope,
          depth: item.depth + 1,
          from: managementKey(art.dep),
          exclusions: [...item.exclusions, ...child.exclusions, ...(managed?.exclusions ?? [])],
        });
      }
    }
    level = next;
  }
  placeUnresolved(unplaced, winners, constraints, problems);
  return {
    resolution: { artifacts: [...winners.values()], edges, missing: [...missing], problems: problems.list },
    constraints,
  };
}

function noteOffer(
  offer: Offer,
  item: Pending,
  key: string,
  constraints: Map<string, RangeSpec[]>,
  problems: Problems,
): void {
  const { dep } = item;
  const at = { name: `${dep.groupId}:${dep.artifactId}`, file: dep.file, line: dep.line };
  if (offer.kind === 'malformed')
    problems.add({ kind: 'malformed', ...at, ranges: [dep.version ?? ''], detail: offer.reason });
  if (offer.kind !== 'range') return;
  const list = constraints.get(key) ?? [];
  if (!list.some((s) => s.text === offer.spec.text)) constraints.set(key, [...list, offer.spec]);
  if (!offer.versions.length) problems.add({ kind: 'unsatisfied', ...at, ranges: [offer.spec.text] });
}

/**
 * Artifacts no declaration could satisfy: Maven fails the build here. The nearest declaration's own
 * choice is listed (a range with no version at all stays unresolved) and the conflict is reported.
 */
function placeUnresolved(
  unplaced: Map<string, { item: Pending; offer: Offer }>,
  winners: Map<string, ResolvedArtifact>,
  constraints: Map<string, RangeSpec[]>,
  problems: Problems,
): void {
  for (const [key, { item, offer }] of unplaced) {
    if (winners.has(key)) continue;
    const own = acceptable(offer, []).at(-1);
    const specs = constraints.get(key) ?? [];
    const art: ResolvedArtifact = {
      dep: item.dep,
      scope: item.scope,
      depth: item.depth,
      direct: item.depth === 1,
    };
    if (own) art.version = own;
    winners.set(key, art);
    const unsatisfiable = problems.list.some(
      (p) => p.kind === 'unsatisfied' && p.name === `${item.dep.groupId}:${item.dep.artifactId}`,
    );
    if (!unsatisfiable && specs.length)
      problems.add({
        kind: 'conflict',
        name: `${item.dep.groupId}:${item.dep.artifactId}`,
        ranges: [...new Set([item.dep.version ?? '', ...specs.map((s) => s.text)])],
        file: item.dep.file,
        line: item.dep.line,
        ...(own ? { detail: own } : {}),
      });
  }
}
