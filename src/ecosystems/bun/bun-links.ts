// Edges of a bun.lock graph. Packages are keyed by install path (`parent/child` for a nested
// copy, `<workspace name>/<dep>` for a workspace's own copy), so a dependency resolves the way
// Node finds it: the dependent's own nested key first, then each enclosing level, then the top.
import { posix } from 'node:path';
import type { EdgeKind } from '../../core/model.js';
import { importerRef } from '../../core/model.js';
import type { BunGraphBuilder } from './graph-builder.js';
import type { BunPackage, BunWorkspace } from './schema.js';

/** `@scope/a/b/@s/c` -> ['@scope/a', 'b', '@s/c']. */
export function keySegments(key: string): string[] {
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++)
    out.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!);
  return out;
}

const IMPORTER_KINDS: EdgeKind[] = ['prod', 'optional', 'dev', 'peer'];
const PACKAGE_KINDS = ['prod', 'optional', 'peer'] as const;

export function linkBunGraph(
  b: BunGraphBuilder,
  file: string,
  members: BunWorkspace[],
  entries: Map<string, BunPackage>,
): void {
  const target = (key: string): string | undefined => {
    const p = entries.get(key);
    if (!p) return undefined;
    if (p.kind === 'workspace') return importerRef(posix.normalize(p.spec.slice('workspace:'.length) || '.'));
    return b.nodes.has(key) ? key : undefined;
  };
  // Deepest first: the dependent's own nested copy, then each enclosing level, then the top.
  const lookup = (prefix: string[], name: string): string | undefined => {
    for (let j = prefix.length; j >= 0; j--) {
      const to = target([...prefix.slice(0, j), name].join('/'));
      if (to) return to;
    }
    return undefined;
  };
  const alias = (to: string, name: string) => {
    const n = b.nodes.get(to);
    return n && n.name !== name ? name : undefined;
  };
  for (const m of members) {
    const prefix = m.path === '.' || !m.name ? [] : [m.name];
    const seen = new Set<string>();
    for (const kind of IMPORTER_KINDS)
      for (const [name, range] of Object.entries(m.deps[kind])) {
        if (seen.has(name)) continue;
        seen.add(name);
        const to = lookup(prefix, name);
        if (to) b.addEdge(importerRef(m.path), to, kind, range, alias(to, name));
        else if (kind === 'prod' || kind === 'dev')
          b.fail({
            file,
            line: m.line,
            reason: 'inconsistent',
            detail: `${name}@${range} (workspace ${m.path}) has no package entry`,
          });
      }
  }
  for (const p of entries.values()) {
    if (!b.nodes.has(p.key)) continue;
    const prefix = keySegments(p.key);
    for (const kind of PACKAGE_KINDS)
      for (const [name, range] of Object.entries(p.meta.deps[kind])) {
        const to = lookup(prefix, name);
        if (to) b.addEdge(p.key, to, kind, range, alias(to, name));
        else if (kind === 'prod')
          b.fail({
            file,
            line: p.line,
            reason: 'inconsistent',
            detail: `${name}@${range} (needed by ${p.key}) has no package entry`,
          });
      }
  }
}
