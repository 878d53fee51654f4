// Edges of an npm lockfile: each package's and importer's declared dependencies, resolved to the
// exact entry npm installed for it by the node_modules lookup. Optional dependencies that were not
// locked (other platforms' builds) are simply absent; other gaps are reported as missing.
import type { EdgeKind, GraphEdge } from '../../core/model.js';
import { idOf, type Classified } from './lock-nodes.js';
import { isInstallPath, lookup } from './node-modules-lookup.js';
import type { LockEntry, Lockfile } from './schema.js';

export interface MissingDependency {
  /** Lockfile key of the dependent ('' for the root). */
  from: string;
  name: string;
  range: string;
  kind: EdgeKind;
}

interface Declared {
  kind: EdgeKind;
  range: string;
  /** Absence is normal: optional dependencies and optional peers. */
  mayBeAbsent: boolean;
}

/** What an entry declares, by name. prod beats dev, optional beats prod, peers fill the gaps (as npm does). */
export function declarations(e: LockEntry, withDev: boolean): Map<string, Declared> {
  const out = new Map<string, Declared>();
  if (withDev) for (const [n, r] of Object.entries(e.devDependencies)) out.set(n, decl('dev', r));
  for (const [n, r] of Object.entries(e.dependencies)) out.set(n, decl('prod', r));
  for (const [n, r] of Object.entries(e.optionalDependencies)) out.set(n, decl('optional', r, true));
  for (const [n, r] of Object.entries(e.peerDependencies))
    if (!out.has(n)) out.set(n, decl('peer', r, e.optionalPeers.has(n)));
  return out;
}

const decl = (kind: EdgeKind, range: string, mayBeAbsent = false): Declared => ({ kind, range, mayBeAbsent });

export interface EdgeInput {
  lock: Lockfile;
  classified: Classified;
  /** Declarations of the root importer, when they come from package.json rather than the lockfile. */
  rootDeclarations?: LockEntry;
}

export function buildEdges({ lock, classified, rootDeclarations }: EdgeInput): {
  edges: GraphEdge[];
  missing: MissingDependency[];
} {
  const edges: GraphEdge[] = [];
  const missing: MissingDependency[] = [];
  const sources: { key: string; entry: LockEntry; withDev: boolean }[] = [];
  for (const [key] of classified.importerPaths) {
    const entry = key === '' ? (rootDeclarations ?? lock.entries.get('')) : lock.entries.get(key);
    if (entry) sources.push({ key, entry, withDev: true });
  }
  for (const [key] of classified.nodes) {
    const entry = lock.entries.get(key)!;
    // Folders linked by `file:` are installed like small projects: their dev dependencies too.
    sources.push({ key, entry, withDev: !isInstallPath(key) });
  }

  for (const { key, entry, withDev } of sources) {
    const from = idOf(classified, key)!;
    for (const [name, d] of declarations(entry, withDev)) {
      const targetKey = lookup(lock.entries, key, name);
      const to = targetKey === undefined ? undefined : idOf(classified, targetKey);
      if (to === undefined) {
        if (!d.mayBeAbsent) missing.push({ from: key, name, range: d.range, kind: d.kind });
        continue;
      }
      if (to === from) continue;
      const kind = legacyKind(lock, entry, targetKey!) ?? d.kind;
      const edge: GraphEdge = { from, to, kind, range: d.range };
      const target = classified.nodes.get(to);
      if (target && target.name !== name) edge.alias = name;
      if (
        target?.source?.type === 'registry' &&
        (d.range.startsWith('https://') || d.range.startsWith('http://'))
      )
        target.source = { type: 'tarball', url: target.source.url ?? d.range };
      edges.push(edge);
    }
  }
  return { edges, missing };
}

/** lockfileVersion 1 only says `requires`; a target flagged optional is reached only optionally. */
function legacyKind(lock: Lockfile, from: LockEntry, targetKey: string): EdgeKind | undefined {
  if (!from.legacy) return undefined;
  return lock.entries.get(targetKey)?.legacy?.optional ? 'optional' : 'prod';
}
