// Offline transitive resolution from a local Maven repository, following Maven 3's rules: a
// breadth-first walk where the nearest declaration of an artifact wins (the first one at equal
// depth), the root's dependencyManagement overrides transitive versions and scopes, test and
// provided dependencies are not transitive, optional ones are not followed, exclusions prune a
// subtree, and scopes propagate (compile under runtime is runtime, anything under test is test).
import { managementKey, type Dependency, type EffectivePom, type ModelBuilder } from './effective-pom.js';
import type { PomLoader } from './pom-loader.js';

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

/** `1.0` and `[1.0]` pin a version; other ranges are left unpinned. */
export function pinnedVersion(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const hard = /^\[([^,\][()]+)\]$/.exec(v);
  if (hard) return hard[1];
  return /[[\]()(,]/.test(v) || v.includes('${') ? undefined : v;
}

interface Pending {
  dep: Dependency;
  scope: string;
  depth: number;
  from?: string;
  exclusions: string[];
}

export async function resolveTransitive(
  root: EffectivePom,
  builder: ModelBuilder,
  loader: PomLoader,
): Promise<Resolution> {
  const winners = new Map<string, ResolvedArtifact>();
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
      const won = winners.get(key);
      if (won) {
        // Maven keeps the nearest version but widens a transitive scope to the widest path's.
        if (!won.direct && (WIDTH[item.scope] ?? 0) > (WIDTH[won.scope] ?? 0)) won.scope = item.scope;
        continue;
      }
      const version = pinnedVersion(item.dep.version);
      const art: ResolvedArtifact = {
        dep: item.dep,
        scope: item.scope,
        depth: item.depth,
        direct: item.depth === 1,
      };
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
  return { artifacts: [...winners.values()], edges, missing: [...missing] };
}
