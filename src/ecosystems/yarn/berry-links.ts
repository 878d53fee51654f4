// Edges of a Berry lockfile graph. Each `name: range` dependency is the descriptor `name@range`,
// looked up among the entries' descriptors, through the built-in `patch:` wrapper Yarn applies
// on its own when the lockfile has one, after the root `resolutions` overrides. Workspace
// dependency kinds come from package.json.
// Peer dependencies point at what the dependent's parents provide under that name, as Yarn's
// virtual packages do; a peer nobody provides is left unlinked, as Yarn leaves it uninstalled.
import type { EdgeKind } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import type { BerryRecord } from './berry-document.js';
import { parsePatch, splitDescriptor } from './descriptors.js';
import type { GraphBuilder } from './graph-builder.js';
import type { ProjectMember } from './importers.js';
import { overrideFor, parseResolutions } from './resolutions.js';

export interface BerryTarget {
  /** Node id or importer ref. */
  ref: string;
  line: number;
}

export interface LinkInput {
  b: GraphBuilder;
  file: string;
  targets: Map<string, BerryTarget>;
  workspaceRecords: Map<string, BerryRecord>;
  nodeRecords: BerryRecord[];
  members: ProjectMember[];
}

const HAS_PROTOCOL = /^[a-z][a-z0-9+.-]*:/i;

/** Patched descriptors Yarn substitutes by itself: inner descriptor -> the patch entry. */
function builtinPatches(targets: Map<string, BerryTarget>): Map<string, BerryTarget> {
  const out = new Map<string, BerryTarget>();
  for (const [desc, t] of targets) {
    const at = desc.indexOf('@', desc.startsWith('@') ? 1 : 0);
    const patch = parsePatch(desc.slice(at + 1));
    if (patch && patch.patch.includes('builtin<')) out.set(patch.inner, t);
  }
  return out;
}

function workspaceKind(member: ProjectMember | undefined, rec: BerryRecord, name: string): EdgeKind {
  const deps = member?.manifest?.deps;
  if (deps?.prod[name] !== undefined) return 'prod';
  if (deps?.optional[name] !== undefined || rec.entry.optionalNames.has(name)) return 'optional';
  if (deps?.dev[name] !== undefined) return 'dev';
  return 'prod';
}

export function linkBerryGraph(input: LinkInput): void {
  const { b, file, targets } = input;
  const patches = builtinPatches(targets);
  const depsOf = new Map<string, Map<string, string>>(); // from ref -> dependency name -> to ref
  const lookup = (d: string) => patches.get(d)?.ref ?? targets.get(d)?.ref;
  const overrides = parseResolutions(input.members.find((m) => m.path === '.')?.manifest?.resolutions ?? {});
  const resolveDesc = (name: string, range: string, parent: string): string | undefined => {
    const to = overrideFor(overrides, splitDescriptor(parent)?.name, name, range);
    return (
      (to !== undefined ? resolveRange(name, to, parent) : undefined) ?? resolveRange(name, range, parent)
    );
  };
  const resolveRange = (name: string, range: string, parent: string) =>
    lookup(`${name}@${range}`) ??
    // Lockfiles before v8 write dependency ranges without the default `npm:` protocol.
    (HAS_PROTOCOL.test(range) ? undefined : lookup(`${name}@npm:${range}`)) ??
    // Relative `file:`/`link:`/`portal:` descriptors are bound to the locator that declared them.
    targets.get(`${name}@${range}::locator=${encodeURIComponent(parent)}`)?.ref;

  const link = (from: string, rec: BerryRecord, kindOf: (name: string) => EdgeKind) => {
    const all = { ...rec.entry.dependencies, ...rec.entry.optionalDependencies };
    const named = new Map<string, string>();
    for (const [name, range] of Object.entries(all)) {
      const to = resolveDesc(name, range, rec.entry.resolution);
      if (!to) {
        b.fail({ file, line: rec.line, reason: 'inconsistent', detail: `${name}@${range} has no entry` });
        continue;
      }
      const kind = name in rec.entry.optionalDependencies ? 'optional' : kindOf(name);
      const toNode = b.nodes.get(to);
      b.addEdge(from, to, kind, range, toNode && toNode.name !== name ? name : undefined);
      named.set(name, to);
    }
    depsOf.set(from, named);
  };

  const members = new Map(input.members.map((m) => [m.path, m]));
  for (const [path, rec] of input.workspaceRecords)
    link(importerRef(path), rec, (name) => workspaceKind(members.get(path), rec, name));
  for (const rec of input.nodeRecords)
    link(rec.entry.resolution, rec, (name) => (rec.entry.optionalNames.has(name) ? 'optional' : 'prod'));
  linkPeers(input, depsOf);
}

/** Parents of each node, from the edges added so far. */
function parentsOf(depsOf: Map<string, Map<string, string>>): Map<string, Set<string>> {
  const parents = new Map<string, Set<string>>();
  for (const [from, named] of depsOf)
    for (const to of named.values()) {
      let s = parents.get(to);
      if (!s) parents.set(to, (s = new Set()));
      s.add(from);
    }
  return parents;
}

function linkPeers(input: LinkInput, depsOf: Map<string, Map<string, string>>): void {
  const { b } = input;
  const parents = parentsOf(depsOf);
  const withPeers = input.nodeRecords.filter((r) => Object.keys(r.entry.peerDependencies).length > 0);
  // A parent may itself pass a peer through, so providers are settled over a few rounds.
  const provided = new Map<string, Map<string, Set<string>>>(); // node -> peer name -> providers
  for (let round = 0; round < 4; round++) {
    for (const rec of withPeers) {
      const id = rec.entry.resolution;
      const mine = provided.get(id) ?? new Map<string, Set<string>>();
      for (const name of Object.keys(rec.entry.peerDependencies)) {
        const set = mine.get(name) ?? new Set<string>();
        for (const p of parents.get(id) ?? []) {
          const direct = depsOf.get(p)?.get(name);
          if (direct) set.add(direct);
          for (const via of provided.get(p)?.get(name) ?? []) set.add(via);
        }
        mine.set(name, set);
      }
      provided.set(id, mine);
    }
  }
  for (const rec of withPeers) {
    const id = rec.entry.resolution;
    for (const [name, range] of Object.entries(rec.entry.peerDependencies)) {
      // A peer no parent provides is not installed by Yarn (it warns YN0002): no edge.
      for (const to of provided.get(id)?.get(name) ?? []) if (to !== id) b.addEdge(id, to, 'peer', range);
    }
  }
}
