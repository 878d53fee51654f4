// Turns the packages of one OS package database into a graph. The importer is the root
// filesystem itself; every installed package is one of its direct dependencies (the database
// does not say which were asked for), and packages depend on each other through their declared
// relations, resolved by name or by what an installed package provides.
import { posix } from 'node:path';
import type { DependencyGraph, Ecosystem, GraphEdge, GraphNode, Hash } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import { makePurl } from '../../core/purl.js';
import type { OsIdentity } from './os-release.js';

export interface InstalledPackage {
  name: string;
  /** Full version as the package manager prints it (dpkg: [epoch:]version; rpm: version-release; apk: version). */
  version: string;
  arch?: string;
  epoch?: string;
  /** Source package name (dpkg Source, rpm SOURCERPM, apk origin); OSV keys OS advisories by it. */
  source?: string;
  license?: string;
  line?: number;
  hashes?: Hash[];
  /** Names this package also answers to (Provides). */
  provides: string[];
  /** Each entry lists alternatives; the first one installed is used. */
  depends: string[][];
  properties?: Record<string, string | number | boolean>;
}

export interface GraphInput {
  type: Extract<Ecosystem, 'deb' | 'rpm' | 'apk'>;
  plugin: string;
  /** The database file, relative to the scan root. */
  file: string;
  /** '' or 'dir/' : where the root filesystem starts, relative to the scan root. */
  rootPrefix: string;
  os: OsIdentity | undefined;
  /** purl namespace when os-release is missing. */
  fallbackNamespace: string;
  packages: InstalledPackage[];
}

export function installedGraph(input: GraphInput): DependencyGraph {
  const { os } = input;
  const namespace = os?.namespace ?? input.fallbackNamespace;
  const nodes: GraphNode[] = [];
  const byName = new Map<string, string>();
  const seen = new Set<string>();
  for (const p of input.packages) {
    let id = `${p.name}:${p.arch ?? ''}`;
    if (seen.has(id)) id = `${p.name}@${p.version}:${p.arch ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const node: GraphNode = {
      id,
      ecosystem: input.type,
      name: p.name,
      version: p.version,
      purl: makePurl({
        type: input.type,
        namespace,
        name: p.name,
        version: p.version,
        qualifiers: {
          arch: p.arch,
          distro: os?.distro,
          epoch: p.epoch,
          upstream: p.source && p.source !== p.name ? p.source : undefined,
        },
      }),
      location: p.line ? { file: input.file, line: p.line } : { file: input.file },
    };
    if (p.license) node.declaredLicense = p.license;
    if (p.hashes?.length) node.hashes = p.hashes;
    const properties = { ...(p.properties ?? {}) };
    if (os?.osvEcosystem) properties.osvEcosystem = os.osvEcosystem;
    if (Object.keys(properties).length) node.properties = properties;
    nodes.push(node);
    if (!byName.has(p.name)) byName.set(p.name, id);
  }
  for (const [i, p] of input.packages.entries())
    for (const provided of p.provides)
      if (!byName.has(provided) && nodes[i]) byName.set(provided, nodes[i]!.id);

  // The importer is the root filesystem directory, given relative to the database's folder.
  const rootDir = input.rootPrefix ? input.rootPrefix.replace(/\/$/, '') : '.';
  const importerPath = posix.relative(posix.dirname(input.file), rootDir) || '.';
  const root = importerRef(importerPath);
  const edges: GraphEdge[] = nodes.map((n) => ({ from: root, to: n.id, kind: 'prod' }));
  for (const [i, p] of input.packages.entries()) {
    const from = nodes[i]?.id;
    if (!from) continue;
    const targets = new Set<string>();
    for (const alternatives of p.depends) {
      const to = alternatives.map((a) => byName.get(a)).find((x) => x !== undefined);
      if (to && to !== from) targets.add(to);
    }
    for (const to of targets) edges.push({ from, to, kind: 'prod' });
  }
  const importer: DependencyGraph['importers'][number] = { path: importerPath };
  if (os) {
    importer.name = os.distro ?? os.id;
    importer.manifest = os.file;
  }
  return {
    ecosystem: input.type,
    plugin: input.plugin,
    source: input.file,
    importers: [importer],
    nodes,
    edges,
  };
}
