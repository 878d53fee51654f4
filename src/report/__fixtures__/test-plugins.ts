// Test-only ecosystem plugins for the reporter tests, so they can run scan() over real npm output
// before the real npm plugin (src/ecosystems/npm) is registered. Deliberately small: reads
// package-lock.json v3 `packages` (node resolution, links to workspaces, dev/optional/peer edges)
// and a lockfile-less root package.json (unresolved ranges). Not the product's npm parser.
import { npmPurl } from '../../core/purl.js';
import type { DependencyGraph, EdgeKind, GraphEdge, GraphNode, Hash, Importer } from '../../core/model.js';
import type { EcosystemPlugin } from '../../core/plugin.js';

interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: string;
  link?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const HASH_ALG: Record<string, Hash['alg']> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

function hashes(integrity: string | undefined): Hash[] {
  const out: Hash[] = [];
  for (const part of integrity?.split(/\s+/) ?? []) {
    const [alg, b64] = part.split('-', 2);
    const mapped = alg ? HASH_ALG[alg] : undefined;
    if (mapped && b64) out.push({ alg: mapped, value: Buffer.from(b64, 'base64').toString('hex') });
  }
  return out;
}

const nameFromKey = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
const parentDir = (key: string): string => {
  const i = key.lastIndexOf('/node_modules/');
  return i < 0 ? '' : key.slice(0, i);
};

function lockGraph(file: string, text: string): DependencyGraph {
  const lock = JSON.parse(text) as { packages: Record<string, LockEntry> };
  const lines = text.split('\n');
  const lineOf = (key: string) => lines.findIndex((l) => l.trimStart().startsWith(`${JSON.stringify(key)}:`)) + 1;
  const entries = lock.packages;
  const importers: Importer[] = [];
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const refOf = (key: string): string | undefined => {
    const e = entries[key];
    if (!e) return undefined;
    if (e.link && e.resolved) return `importer:${e.resolved}`;
    return key === '' || !key.includes('node_modules/') ? `importer:${key || '.'}` : key;
  };
  const resolveDep = (from: string, name: string): string | undefined => {
    for (let dir = from; ; dir = parentDir(dir)) {
      const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (entries[key]) return refOf(key);
      if (!dir) return undefined;
    }
  };
  for (const [key, e] of Object.entries(entries)) {
    if (e.link) continue;
    const isImporter = key === '' || !key.includes('node_modules/');
    if (isImporter) {
      const imp: Importer = { path: key || '.', manifest: `${key ? key + '/' : ''}package.json` };
      if (e.name) imp.name = e.name;
      if (e.version) imp.version = e.version;
      if (e.name) imp.purl = npmPurl(e.name, e.version);
      importers.push(imp);
    } else {
      const name = e.name ?? nameFromKey(key);
      const node: GraphNode = {
        id: key,
        ecosystem: 'npm',
        name,
        version: e.version ?? null,
        purl: npmPurl(name, e.version),
        hashes: hashes(e.integrity),
        location: { file, line: lineOf(key) },
      };
      if (e.integrity) node.integrity = e.integrity;
      if (e.license) node.declaredLicense = e.license;
      if (e.name && e.name !== nameFromKey(key)) node.aliases = [nameFromKey(key)];
      if (e.resolved?.startsWith('git+')) {
        const [url, commit] = e.resolved.split('#');
        node.source = { type: 'git', url: e.resolved, ...(commit ? { commit } : {}) };
        if (!url) delete node.source;
      } else if (e.resolved) node.source = { type: 'registry', url: e.resolved };
      if (e.os || e.cpu || e.libc)
        node.platform = { ...(e.os ? { os: e.os } : {}), ...(e.cpu ? { cpu: e.cpu } : {}), ...(e.libc ? { libc: e.libc } : {}) };
      nodes.push(node);
    }
    const from = refOf(key)!;
    const kinds: [EdgeKind, Record<string, string> | undefined][] = [
      ['prod', e.dependencies],
      ['optional', e.optionalDependencies],
      ['peer', e.peerDependencies],
      ['dev', isImporter ? e.devDependencies : undefined],
    ];
    for (const [kind, deps] of kinds)
      for (const [depName, range] of Object.entries(deps ?? {})) {
        const to = resolveDep(key, depName);
        if (to && to !== from) edges.push({ from, to, kind, range });
      }
  }
  return { ecosystem: 'npm', plugin: 'test/package-lock', source: file, importers, nodes, edges };
}

export const testLockPlugin: EcosystemPlugin = {
  id: 'test/package-lock',
  ecosystem: 'npm',
  formats: ['package-lock.json v3 (test only)'],
  claims: (path) => path === 'package-lock.json' || path.endsWith('/package-lock.json'),
  async extract(path, ctx) {
    return { graphs: [lockGraph(path, await ctx.readText(path))] };
  },
};

/** A root package.json with no lockfile: every dependency is an unresolved range. */
export const testManifestPlugin: EcosystemPlugin = {
  id: 'test/package-json',
  ecosystem: 'npm',
  formats: ['package.json without lockfile (test only)'],
  claims: (path, tree) => path === 'package.json' && !tree.hasFile('package-lock.json'),
  async extract(path, ctx) {
    const text = await ctx.readText(path);
    const manifest = JSON.parse(text) as LockEntry;
    const lines = text.split('\n');
    const importer: Importer = { path: '.', manifest: path };
    if (manifest.name) importer.name = manifest.name;
    if (manifest.version) importer.version = manifest.version;
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    const groups: [EdgeKind, Record<string, string> | undefined][] = [
      ['prod', manifest.dependencies],
      ['dev', manifest.devDependencies],
    ];
    for (const [kind, deps] of groups)
      for (const [name, range] of Object.entries(deps ?? {})) {
        const line = lines.findIndex((l) => l.includes(`"${name}"`)) + 1;
        nodes.push({
          id: name,
          ecosystem: 'npm',
          name,
          version: null,
          range,
          purl: npmPurl(name, null),
          location: { file: path, line },
        });
        edges.push({ from: 'importer:.', to: name, kind, range });
      }
    const graph: DependencyGraph = {
      ecosystem: 'npm',
      plugin: 'test/package-json',
      source: path,
      importers: [importer],
      nodes,
      edges,
      unresolved: true,
    };
    return { graphs: [graph] };
  },
};

export const TEST_PLUGINS = [testLockPlugin, testManifestPlugin];
