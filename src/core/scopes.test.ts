import { describe, expect, it } from 'vitest';
import type { DependencyGraph, EdgeKind } from './model.js';
import { buildInventory } from './inventory.js';
import { npmPurl } from './purl.js';

function graph(importers: string[], edges: [string, string, EdgeKind][], nodes: string[]): DependencyGraph {
  return {
    ecosystem: 'npm',
    plugin: 'test',
    source: 'package-lock.json',
    importers: importers.map((path) => ({ path })),
    nodes: nodes.map((n) => ({
      id: n,
      ecosystem: 'npm',
      name: n,
      version: '1.0.0',
      purl: npmPurl(n, '1.0.0'),
    })),
    edges: edges.map(([from, to, kind]) => ({ from, to, kind })),
  };
}

const scopesOf = (g: DependencyGraph) =>
  Object.fromEntries(buildInventory([g]).components.map((c) => [c.name, c.scopes.join(',')]));

describe('scope computation', () => {
  it('marks a package reached from both a prod and a dev root edge as prod only', () => {
    const g = graph(
      ['.'],
      [
        ['importer:.', 'a', 'prod'],
        ['importer:.', 'b', 'dev'],
        ['a', 'shared', 'prod'],
        ['b', 'shared', 'prod'],
        ['b', 'devonly', 'prod'],
      ],
      ['a', 'b', 'shared', 'devonly'],
    );
    expect(scopesOf(g)).toEqual({ a: 'prod', b: 'dev', shared: 'prod', devonly: 'dev' });
  });

  it('marks optional only when every path passes through an optional edge', () => {
    const g = graph(
      ['.'],
      [
        ['importer:.', 'a', 'prod'],
        ['a', 'opt', 'optional'],
        ['opt', 'under-opt', 'prod'],
        ['a', 'both', 'optional'],
        ['importer:.', 'both', 'prod'],
      ],
      ['a', 'opt', 'under-opt', 'both'],
    );
    expect(scopesOf(g)).toEqual({
      a: 'prod',
      opt: 'prod,optional',
      'under-opt': 'prod,optional',
      both: 'prod',
    });
  });

  it('marks peer-only packages and ignores dev edges of packages', () => {
    const g = graph(
      ['.'],
      [
        ['importer:.', 'a', 'prod'],
        ['a', 'p', 'peer'],
        ['a', 'not-installed', 'dev'],
      ],
      ['a', 'p', 'not-installed'],
    );
    const inv = buildInventory([g]);
    const byName = Object.fromEntries(inv.components.map((c) => [c.name, c]));
    expect(byName.p!.scopes).toEqual(['prod', 'peer']);
    expect(byName['not-installed']!.scopes).toEqual([]);
    expect(byName['not-installed']!.properties?.extraneous).toBe(true);
  });

  it('keeps per-workspace scopes and follows workspace links without their dev edges', () => {
    const g = graph(
      ['.', 'packages/app', 'packages/lib'],
      [
        ['importer:packages/app', 'importer:packages/lib', 'prod'],
        ['importer:packages/lib', 'x', 'prod'],
        ['importer:packages/lib', 'test-tool', 'dev'],
        ['importer:packages/app', 'x', 'dev'],
      ],
      ['x', 'test-tool'],
    );
    const inv = buildInventory([g]);
    const x = inv.components.find((c) => c.name === 'x')!;
    expect(x.scopes).toEqual(['prod']);
    expect(x.workspaces).toEqual([
      { workspace: 'packages/app', scopes: ['prod'], direct: true },
      { workspace: 'packages/lib', scopes: ['prod'], direct: true },
    ]);
    const tool = inv.components.find((c) => c.name === 'test-tool')!;
    expect(tool.scopes).toEqual(['dev']);
    expect(tool.workspaces.map((w) => w.workspace)).toEqual(['packages/lib']);
  });

  it('merges duplicate installs of one purl into one component with every location', () => {
    const g = graph(['.'], [['importer:.', 'a', 'prod']], ['a']);
    g.nodes.push({ ...g.nodes[0]!, id: 'a2', location: { file: 'x', line: 3 } });
    g.nodes[0]!.location = { file: 'x', line: 1 };
    const inv = buildInventory([g]);
    expect(inv.components).toHaveLength(1);
    expect(inv.components[0]!.locations).toEqual([
      { file: 'x', line: 1 },
      { file: 'x', line: 3 },
    ]);
  });
});
