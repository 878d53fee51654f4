// Reads one RPM .spec file into a graph. The importer is the spec's package itself; the main
// binary package and each %package are components with the spec's version-release; declared
// Requires/Recommends/Suggests become unresolved components (version null, range = constraint)
// and BuildRequires dev edges. A spec whose Name, Version or Release cannot be expanded is refused.
import { posix } from 'node:path';
import { makePurl } from '../../core/purl.js';
import {
  importerRef,
  type DependencyGraph,
  type EdgeKind,
  type GraphEdge,
  type GraphNode,
} from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { parseDependencies } from './dependency-list.js';
import { distroHint } from './distro-hint.js';
import { readSpec, type DependencyTag } from './spec-reader.js';

export const PLUGIN_ID = 'rpm/spec';

const EDGE_KIND: Record<DependencyTag, EdgeKind | undefined> = {
  Requires: 'prod',
  BuildRequires: 'dev',
  Recommends: 'optional',
  Suggests: 'optional',
  Supplements: undefined,
  Enhances: undefined,
};

export async function extractSpec(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  return specGraph(file, await ctx.readText(file));
}

/** Other tools use the .spec extension too (PyInstaller, RSpec): a file with no RPM tag or section is not ours. */
const looksLikeRpmSpec = (text: string) =>
  /^[ \t]*(Name|Version|Release|Summary|License|BuildRequires)[ \t]*:/im.test(text) ||
  /^[ \t]*%(description|package|prep|files)\b/m.test(text);

export function specGraph(file: string, text: string): ExtractOutput {
  if (!looksLikeRpmSpec(text)) return { graphs: [] };
  const spec = readSpec(text);
  const fatal = spec.problems.find((p) => p.fatal);
  if (fatal) throw new FileError('parse-error', file, fatal.detail, fatal.line);
  const failures: FileFailure[] = spec.problems.map((p) => ({
    file,
    line: p.line,
    reason: 'parse-error',
    detail: p.detail,
  }));
  const tag = (k: string) => spec.main.tags.get(k);
  const required = (k: string) => {
    const t = tag(k);
    if (!t) throw new FileError('parse-error', file, `no ${k[0]!.toUpperCase()}${k.slice(1)}: tag`);
    const bad = /%\{?[?!]*([A-Za-z_(][A-Za-z0-9_]*)/.exec(t.value);
    if (bad)
      throw new FileError('parse-error', file, `${k}: macro %${bad[1]} is not defined (${t.value})`, t.line);
    return t.value;
  };
  const name = required('name');
  const version = required('version');
  const release = required('release');
  const epoch = tag('epoch')?.value;
  const evr = `${version}-${release}`;
  const namespace = distroHint(file, text);
  const purl = (pkg: string, v: string | null, arch?: string) =>
    makePurl({
      type: 'rpm',
      namespace,
      name: pkg,
      version: v,
      qualifiers: { arch, epoch: v ? epoch : undefined },
    });
  const mainArch = tag('buildarch')?.value === 'noarch' ? 'noarch' : undefined;

  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const root = importerRef('.');
  const own = new Map<string, string>(); // binary package name -> node id
  for (const pkg of [spec.main, ...spec.subpackages]) {
    const id = `package:${pkg.name}`;
    const arch = pkg.tags.get('buildarch')?.value === 'noarch' ? 'noarch' : mainArch;
    const node: GraphNode = {
      id,
      ecosystem: 'rpm',
      name: pkg.name,
      version: evr,
      purl: purl(pkg.name, evr, arch),
    };
    const license = (pkg.tags.get('license') ?? tag('license'))?.value;
    if (license) node.declaredLicense = license;
    node.location = { file, line: pkg.line || 1 };
    node.properties = { rpmPackage: pkg === spec.main ? 'main' : 'subpackage' };
    if (epoch) node.properties.epoch = epoch;
    if (pkg === spec.main) addSourceFacts(node);
    nodes.set(id, node);
    own.set(pkg.name, id);
    edges.push({ from: root, to: id, kind: 'prod' });
  }

  for (const pkg of [spec.main, ...spec.subpackages]) {
    const from = own.get(pkg.name)!;
    for (const dep of pkg.dependencies) {
      const kind = EDGE_KIND[dep.tag];
      if (!kind) continue;
      if (/%\{?[?!]*[A-Za-z_(]/.test(dep.value)) {
        failures.push({
          file,
          line: dep.line,
          reason: 'parse-error',
          detail: `${dep.tag}: unexpanded macro in "${dep.value}"`,
        });
        continue;
      }
      const { deps } = parseDependencies(dep.value);
      for (const d of deps) {
        const target = own.get(d.name) ?? dependencyNode(d.name, d.constraint, dep.line);
        const edge: GraphEdge = { from: dep.tag === 'BuildRequires' ? root : from, to: target, kind };
        if (d.constraint) edge.range = d.constraint;
        edges.push(edge);
        // The main package's runtime needs are also the project's direct dependencies.
        if (pkg === spec.main && dep.tag !== 'BuildRequires' && target !== from)
          edges.push({ ...edge, from: root });
      }
    }
  }

  const graph: DependencyGraph = {
    ecosystem: 'rpm',
    plugin: PLUGIN_ID,
    source: file,
    importers: [{ path: '.', name, version: evr, purl: purl(name, evr), manifest: file }],
    nodes: [...nodes.values()],
    edges,
  };
  failures.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { graphs: [graph], failures };

  function dependencyNode(dep: string, constraint: string | undefined, line: number): string {
    const id = `dependency:${dep}`;
    const existing = nodes.get(id);
    if (existing) {
      if (constraint && !existing.range?.split(', ').includes(constraint))
        existing.range = existing.range ? `${existing.range}, ${constraint}` : constraint;
      return id;
    }
    const node: GraphNode = {
      id,
      ecosystem: 'rpm',
      name: dep,
      version: null,
      purl: purl(dep, null),
      location: { file, line },
    };
    if (constraint) node.range = constraint;
    if (dep.startsWith('/') || dep.includes('(')) node.properties = { capability: true };
    nodes.set(id, node);
    return id;
  }

  function addSourceFacts(node: GraphNode): void {
    const url = tag('url')?.value;
    const source0 = spec.sources[0]?.value;
    const props = node.properties!;
    if (url) props.homepage = url;
    if (source0) {
      props.source0 = source0;
      if (/^[a-z]+:\/\//i.test(source0)) node.source = { type: 'tarball', url: source0 };
    }
    if (spec.sources.length) props.sources = spec.sources.length;
    if (spec.patches.length) props.patches = spec.patches.map((p) => posix.basename(p.value)).join(' ');
  }
}
