// uv.lock (version 1, any revision) -> DependencyGraph. Packages whose source is `editable` or
// `virtual` are the workspace members (importers); `dependencies` are prod edges,
// `optional-dependencies` optional and `dev-dependencies` (dependency groups) dev. A dependent
// that asks for an extra (`extra = ["x"]`) also reaches that package's optional dependencies `x`.
// Where uv forked the resolution, a dependency names the version (and source) it means. Edge
// markers (and a package's own `resolution-markers`) give each package the condition under which
// it is installed at all: the `marker` property, when every path to it is conditional.
import { posix } from 'node:path';
import type { GraphNode, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { arrayTableLines, isTable, lineStartingWith, parseToml, type TomlTable } from '../../util/toml.js';
import { PyGraphBuilder } from './graph-builder.js';
import { installConditions, markerOf, type MarkedEdge } from './install-markers.js';
import { fileHashes, normalizeName, pypiPurl } from './names.js';
import { distributionFileName, distributionProperties } from './wheel-tags.js';

export const UV_PLUGIN_ID = 'pypi/uv-lock';
const MEMBER_SOURCES = ['editable', 'virtual'];

interface UvDep {
  name: string;
  version?: string;
  source?: TomlTable;
  extras: string[];
  marker?: string;
}

interface UvPackage {
  name: string;
  version: string | null;
  source: TomlTable;
  deps: UvDep[];
  optional: Map<string, UvDep[]>;
  groups: Map<string, UvDep[]>;
  raw: TomlTable;
  line: number;
}

function toDeps(v: unknown): UvDep[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isTable).flatMap((d) => {
    if (typeof d.name !== 'string') return [];
    const dep: UvDep = {
      name: normalizeName(d.name),
      extras: Array.isArray(d.extra) ? d.extra.filter((x): x is string => typeof x === 'string') : [],
    };
    if (typeof d.version === 'string') dep.version = d.version;
    if (isTable(d.source)) dep.source = d.source;
    if (typeof d.marker === 'string' && d.marker.trim()) dep.marker = d.marker.trim();
    return [dep];
  });
}

function toGroups(v: unknown): Map<string, UvDep[]> {
  const out = new Map<string, UvDep[]>();
  if (isTable(v)) for (const [k, deps] of Object.entries(v)) out.set(k, toDeps(deps));
  return out;
}

function toPackage(raw: unknown, line: number): UvPackage {
  if (!isTable(raw)) throw new Error('package entry is not a table');
  if (typeof raw.name !== 'string' || !raw.name) throw new Error('package entry has no name');
  if (!isTable(raw.source)) throw new Error(`package ${raw.name} has no source`);
  return {
    name: normalizeName(raw.name),
    version: typeof raw.version === 'string' ? raw.version : null,
    source: raw.source,
    deps: toDeps(raw.dependencies),
    optional: toGroups(raw['optional-dependencies']),
    groups: toGroups(raw['dev-dependencies']),
    raw,
    line,
  };
}

function sourceOf(src: TomlTable, base: string): ResolvedSource {
  const str = (k: string) => (typeof src[k] === 'string' ? (src[k] as string) : undefined);
  if (str('registry')) return { type: 'registry', url: str('registry')! };
  if (str('git')) {
    const url = str('git')!;
    const commit = /#([0-9a-f]{40})$/.exec(url)?.[1];
    return { type: 'git', url: url.replace(/#.*$/, ''), ...(commit && { commit }) };
  }
  if (str('url')) return { type: 'tarball', url: str('url')! };
  const local = str('directory') ?? str('path') ?? str('editable') ?? str('virtual');
  if (local !== undefined) return { type: 'file', url: posix.normalize(posix.join(base, local)) };
  return { type: 'unknown' };
}

function nodeOf(p: UvPackage, id: string, file: string, base: string): GraphNode {
  const source = sourceOf(p.source, base);
  const qualifiers =
    source.type === 'git'
      ? { vcs_url: `git+${source.url}${source.commit ? `@${source.commit}` : ''}` }
      : source.type === 'tarball'
        ? { download_url: source.url! }
        : undefined;
  const node: GraphNode = {
    id,
    ecosystem: 'pypi',
    name: p.name,
    version: p.version,
    purl: pypiPurl(p.name, p.version, qualifiers),
    source,
    location: { file, line: p.line },
  };
  const wheels = (Array.isArray(p.raw.wheels) ? p.raw.wheels : []).filter(isTable);
  const files = [p.raw.sdist, ...wheels].filter(isTable);
  const hashes = fileHashes(files.map((f) => f.hash).filter((h): h is string => typeof h === 'string'));
  if (hashes.length) node.hashes = hashes;
  const dist = distributionProperties(wheels.map(wheelFileName), isTable(p.raw.sdist));
  if (dist) node.properties = dist;
  return node;
}

/** A uv.lock wheel's file name: `filename` when given, else the end of its `url` or `path`. */
const wheelFileName = (w: TomlTable): string =>
  typeof w.filename === 'string'
    ? w.filename
    : distributionFileName(typeof w.url === 'string' ? w.url : typeof w.path === 'string' ? w.path : '');

const sameSource = (a: TomlTable, b: TomlTable) => JSON.stringify(a) === JSON.stringify(b);

export async function extractUvLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parseToml(text, file);
  if (doc.version !== 1)
    throw new FileError(
      'unsupported-version',
      file,
      `uv.lock version ${JSON.stringify(doc.version)}`,
      lineStartingWith(text, 'version'),
    );
  const base = posix.dirname(file);
  const b = new PyGraphBuilder(UV_PLUGIN_ID, file);
  const lines = arrayTableLines(text, 'package');
  const raws = Array.isArray(doc.package) ? doc.package : [];
  const packages: UvPackage[] = [];
  raws.forEach((raw, i) => {
    try {
      packages.push(toPackage(raw, lines[i] ?? 1));
    } catch (e) {
      b.fail({ file, line: lines[i], reason: 'parse-error', detail: (e as Error).message });
    }
  });
  const byName = new Map<string, UvPackage[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const ids = new Map<UvPackage, string>();
  for (const p of packages) {
    const memberPath = MEMBER_SOURCES.map((k) => p.source[k]).find((v): v is string => typeof v === 'string');
    if (memberPath !== undefined) {
      const path = posix.normalize(memberPath);
      ids.set(p, `importer:${path}`);
      b.importers.push({
        path,
        name: p.name,
        ...(p.version && { version: p.version }),
        purl: pypiPurl(p.name, p.version),
        manifest: posix.join(base, path, 'pyproject.toml'),
      });
      continue;
    }
    const id =
      (byName.get(p.name)?.length ?? 0) > 1
        ? `${p.name}@${p.version} ${JSON.stringify(p.source)}`
        : `${p.name}@${p.version}`;
    ids.set(p, id);
    b.nodes.set(id, nodeOf(p, id, file, base));
  }
  b.importers.sort((x, y) => (x.path === '.' ? -1 : y.path === '.' ? 1 : x.path < y.path ? -1 : 1));

  const resolve = (d: UvDep, from: UvPackage): UvPackage | undefined => {
    let c = byName.get(d.name) ?? [];
    if (d.version) c = c.filter((p) => p.version === d.version);
    if (d.source) c = c.filter((p) => sameSource(p.source, d.source!));
    if (!c[0])
      b.fail({
        file,
        line: from.line,
        reason: 'inconsistent',
        detail: `${from.name} depends on ${d.name}${d.version ? ` ${d.version}` : ''}, which is not locked`,
      });
    return c[0];
  };
  const marked: MarkedEdge[] = [];
  const mark = (from: UvPackage, to: UvPackage, ...deps: UvDep[]) =>
    marked.push({
      from: ids.get(from)!,
      to: ids.get(to)!,
      markers: deps.map((d) => d.marker).filter((m): m is string => m !== undefined),
    });
  const link = (from: UvPackage, deps: UvDep[], kind: 'prod' | 'optional' | 'dev') => {
    for (const d of deps) {
      const to = resolve(d, from);
      if (!to) continue;
      b.addEdge(ids.get(from)!, ids.get(to)!, kind);
      mark(from, to, d);
      for (const extra of d.extras)
        for (const x of to.optional.get(extra) ?? []) {
          const t = resolve(x, to);
          if (!t) continue;
          b.addEdge(ids.get(to)!, ids.get(t)!, 'prod');
          // Needed only where the dependent's marker and the extra's own marker both hold.
          mark(to, t, d, x);
        }
    }
  };
  for (const p of packages) {
    const isMember = ids.get(p)!.startsWith('importer:');
    link(p, p.deps, 'prod');
    if (isMember) {
      for (const deps of p.optional.values()) link(p, deps, 'optional');
      for (const deps of p.groups.values()) link(p, deps, 'dev');
    }
  }
  markInstallConditions(packages, ids, marked, b);
  return b.output();
}

/**
 * Sets `marker` on each node installed only under markers: the importers (and any package nothing
 * depends on) are the roots; a package's `resolution-markers` (the forks it was resolved in) hold
 * on every path to it.
 */
function markInstallConditions(
  packages: UvPackage[],
  ids: Map<UvPackage, string>,
  edges: MarkedEdge[],
  b: PyGraphBuilder,
): void {
  const reached = new Set(edges.map((e) => e.to));
  const roots = packages
    .map((p) => ids.get(p)!)
    .filter((id) => id.startsWith('importer:') || !reached.has(id));
  const forks = new Map<string, string>();
  for (const p of packages) {
    const rm = p.raw['resolution-markers'];
    const list = Array.isArray(rm) ? rm.filter((m): m is string => typeof m === 'string' && !!m.trim()) : [];
    if (list.length) forks.set(ids.get(p)!, list.map((m) => `(${m})`).join(' or '));
  }
  for (const [id, alts] of installConditions(roots, edges, forks)) {
    const node = b.nodes.get(id);
    const marker = markerOf(alts);
    if (node && marker) node.properties = { ...node.properties, marker };
  }
}
