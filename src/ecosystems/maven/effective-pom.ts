// Maven's model building, the part that decides which dependencies a POM declares: the parent
// chain (relativePath in the tree, else the local repository), inheritance of properties,
// dependencies and dependencyManagement, interpolation with the child's own coordinates, BOM
// imports (`<scope>import</scope>`), and managed versions/scopes filled into dependencies.
import type { FileFailure } from '../../core/status.js';
import { posix } from 'node:path';
import { Interpolator, PropertyCycle } from './properties.js';
import { gav, type LoadedPom, type PomLoader } from './pom-loader.js';
import type { RawDependency } from './pom-schema.js';

export interface Dependency {
  groupId: string;
  artifactId: string;
  /** Undefined when neither the POM nor its dependencyManagement gives one. */
  version?: string;
  type: string;
  classifier?: string;
  scope: string;
  optional: boolean;
  exclusions: string[];
  file: string;
  line: number;
}

export interface EffectivePom {
  groupId: string;
  artifactId: string;
  version: string;
  packaging: string;
  file: string;
  dependencies: Dependency[];
  /** dependencyManagement after BOM imports, by managementKey. */
  managed: Map<string, Dependency>;
  modules: { path: string; line: number }[];
}

/** What model building noticed; the extractor turns these into diagnostics and failures. */
export interface ModelProblems {
  unresolved: { name: string; file: string; line: number }[];
  missingParents: { coordinates: string; file: string; line: number }[];
  missingBoms: { coordinates: string; file: string; line: number }[];
  failures: FileFailure[];
}

export const newProblems = (): ModelProblems => ({
  unresolved: [],
  missingParents: [],
  missingBoms: [],
  failures: [],
});

/** Maven's key for management and conflicts: groupId:artifactId:type[:classifier]. */
export const managementKey = (d: {
  groupId: string;
  artifactId: string;
  type: string;
  classifier?: string;
}) => `${d.groupId}:${d.artifactId}:${d.type}${d.classifier ? `:${d.classifier}` : ''}`;

interface Inherited {
  groupId?: string;
  version?: string;
  properties: Map<string, string>;
  dependencies: { raw: RawDependency; file: string }[];
  managed: { raw: RawDependency; file: string }[];
  parentCoords: { groupId?: string; version?: string };
}

const MAX_PARENT_DEPTH = 32;

export class ModelBuilder {
  private readonly cache = new Map<string, Promise<EffectivePom>>();

  constructor(
    private readonly loader: PomLoader,
    readonly problems: ModelProblems,
  ) {}

  effective(pom: LoadedPom): Promise<EffectivePom> {
    let hit = this.cache.get(pom.file);
    if (!hit) {
      hit = this.build(pom, []);
      this.cache.set(pom.file, hit);
    }
    return hit;
  }

  private async parentOf(pom: LoadedPom): Promise<LoadedPom | undefined> {
    const p = pom.raw.parent;
    if (!p?.groupId || !p.artifactId) return undefined;
    if (pom.origin === 'tree' && p.relativePath !== '') {
      const rel = posix.join(posix.dirname(pom.file), p.relativePath ?? '../pom.xml');
      const found = await this.loader.tree(rel).catch(() => undefined);
      const r = found?.raw;
      const gid = r?.groupId ?? r?.parent?.groupId;
      const ver = r?.version ?? r?.parent?.version;
      if (found && gid === p.groupId && r?.artifactId === p.artifactId && (!p.version || ver === p.version))
        return found;
    }
    if (!p.version) return undefined;
    return this.loader.repo({ groupId: p.groupId, artifactId: p.artifactId, version: p.version });
  }

  /** Walk the parent chain, oldest ancestor first, merging what a child inherits. */
  private async inherit(pom: LoadedPom, seen: string[]): Promise<Inherited> {
    const base: Inherited = { properties: new Map(), dependencies: [], managed: [], parentCoords: {} };
    const p = pom.raw.parent;
    if (p && seen.length < MAX_PARENT_DEPTH) {
      const parent = await this.parentOf(pom);
      if (!parent) {
        if (pom.origin === 'tree')
          this.problems.missingParents.push({
            coordinates: `${p.groupId ?? '?'}:${p.artifactId ?? '?'}:${p.version ?? '?'}`,
            file: pom.file,
            line: p.line,
          });
      } else if (seen.includes(parent.file)) {
        this.problems.failures.push({
          file: pom.file,
          line: p.line,
          reason: 'parse-error',
          detail: `parent cycle: ${[...seen, parent.file].join(' -> ')}`,
        });
      } else {
        const up = await this.inherit(parent, [...seen, parent.file]);
        Object.assign(base, up, { parentCoords: { groupId: up.groupId, version: up.version } });
      }
    }
    const raw = pom.raw;
    const properties = new Map(base.properties);
    for (const [k, v] of raw.properties) properties.set(k, v.value);
    return {
      groupId: raw.groupId ?? p?.groupId ?? base.groupId,
      version: raw.version ?? p?.version ?? base.version,
      properties,
      dependencies: mergeByKey(
        base.dependencies,
        raw.dependencies.map((d) => ({ raw: d, file: pom.file })),
      ),
      managed: mergeByKey(
        base.managed,
        raw.managed.map((d) => ({ raw: d, file: pom.file })),
      ),
      parentCoords: { groupId: p?.groupId, version: p?.version },
    };
  }

  private async build(pom: LoadedPom, importing: string[]): Promise<EffectivePom> {
    const inh = await this.inherit(pom, [pom.file]);
    // User properties (`--maven-property`, mvn -D) win over the POM's own, as in Maven.
    for (const [k, v] of Object.entries(this.loader.userProperties)) inh.properties.set(k, v);
    const raw = pom.raw;
    const pre = new Interpolator({ properties: inh.properties, project: {} });
    const coord = (v: string | undefined) => this.safe(pre, v, pom, raw.line) ?? '';
    const groupId = coord(inh.groupId);
    const version = coord(inh.version);
    const artifactId = raw.artifactId ?? '';
    const project: Record<string, string | undefined> = {
      'project.groupId': groupId,
      'project.artifactId': artifactId,
      'project.version': version,
      'project.packaging': raw.packaging ?? 'jar',
      'project.parent.groupId': inh.parentCoords.groupId,
      'project.parent.version': inh.parentCoords.version,
      groupId,
      artifactId,
      version,
    };
    const ip = new Interpolator({ properties: inh.properties, project });
    const eff: EffectivePom = {
      groupId,
      artifactId,
      version,
      packaging: raw.packaging ?? 'jar',
      file: pom.file,
      dependencies: [],
      managed: new Map(),
      modules: raw.modules,
    };
    const imports: Dependency[] = [];
    for (const m of inh.managed) {
      const d = this.resolveDep(ip, m.raw, m.file, pom);
      if (d.scope === 'import' && d.type === 'pom') imports.push(d);
      else if (!eff.managed.has(managementKey(d))) eff.managed.set(managementKey(d), d);
    }
    for (const bom of imports) await this.importBom(eff, bom, [...importing, pom.file]);
    for (const r of inh.dependencies) {
      const d = this.resolveDep(ip, r.raw, r.file, pom);
      const m = eff.managed.get(managementKey(d));
      if (m) {
        if (d.version === undefined && m.version !== undefined) d.version = m.version;
        if (!r.raw.scope && m.scope) d.scope = m.scope;
        if (!r.raw.exclusions.length) d.exclusions = m.exclusions;
        if (r.raw.optional === undefined) d.optional = m.optional;
      }
      if (!r.raw.scope && !m?.scope) d.scope = 'compile';
      eff.dependencies.push(d);
    }
    return eff;
  }

  private async importBom(eff: EffectivePom, bom: Dependency, importing: string[]): Promise<void> {
    const coords = { groupId: bom.groupId, artifactId: bom.artifactId, version: bom.version ?? '' };
    const found = bom.version ? await this.loader.byCoordinates(coords) : undefined;
    if (!found) {
      const miss = { coordinates: gav(coords), file: bom.file, line: bom.line };
      if (!this.problems.missingBoms.some((m) => m.file === miss.file && m.line === miss.line))
        this.problems.missingBoms.push(miss);
      return;
    }
    if (importing.includes(found.file)) {
      this.problems.failures.push({
        file: bom.file,
        line: bom.line,
        reason: 'parse-error',
        detail: `BOM import cycle: ${[...importing, found.file].join(' -> ')}`,
      });
      return;
    }
    const imported = await this.build(found, importing);
    for (const [k, d] of imported.managed) if (!eff.managed.has(k)) eff.managed.set(k, d);
  }

  private resolveDep(ip: Interpolator, r: RawDependency, file: string, pom: LoadedPom): Dependency {
    const val = (v: string | undefined) => this.safe(ip, v, pom, r.line, file);
    const d: Dependency = {
      groupId: val(r.groupId) ?? '',
      artifactId: val(r.artifactId) ?? '',
      type: val(r.type) ?? 'jar',
      scope: val(r.scope) ?? '',
      optional: val(r.optional) === 'true',
      exclusions: r.exclusions.map((e) => val(e) ?? e),
      file,
      line: r.line,
    };
    const version = val(r.version);
    if (version !== undefined) d.version = version;
    const classifier = val(r.classifier);
    if (classifier !== undefined) d.classifier = classifier;
    return d;
  }

  /** Interpolate, turning a cycle into a failure and noting names left unresolved (tree POMs only). */
  private safe(
    ip: Interpolator,
    v: string | undefined,
    pom: LoadedPom,
    line: number,
    file = pom.file,
  ): string | undefined {
    if (v === undefined) return undefined;
    try {
      const out = ip.value(v);
      if (pom.origin === 'tree' && file === pom.file)
        for (const name of ip.unresolved)
          if (out.includes(`\${${name}}`)) this.noteUnresolved(name, file, line);
      return out;
    } catch (e) {
      if (!(e instanceof PropertyCycle)) throw e;
      const prop = pom.raw.properties.get(e.chain[0]!);
      const failure = {
        file: pom.file,
        line: prop?.line ?? line,
        reason: 'parse-error' as const,
        detail: e.message,
      };
      if (!this.problems.failures.some((f) => f.detail === failure.detail && f.file === failure.file))
        this.problems.failures.push(failure);
      return v;
    }
  }

  private noteUnresolved(name: string, file: string, line: number): void {
    if (!this.problems.unresolved.some((u) => u.name === name && u.file === file && u.line === line))
      this.problems.unresolved.push({ name, file, line });
  }
}

/** Parent entries first; a child's entry with the same key replaces the parent's in place. */
function mergeByKey<T extends { raw: RawDependency }>(parent: T[], own: T[]): T[] {
  const key = (d: RawDependency) =>
    `${d.groupId ?? ''}:${d.artifactId ?? ''}:${d.type ?? 'jar'}:${d.classifier ?? ''}`;
  const out = [...parent];
  for (const d of own) {
    const i = out.findIndex((x) => key(x.raw) === key(d.raw));
    if (i >= 0) out[i] = d;
    else out.push(d);
  }
  return out;
}
