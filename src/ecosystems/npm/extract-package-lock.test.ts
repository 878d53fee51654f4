// What the npm lockfile parser yields from real lockfiles: edges resolved the way npm resolves
// them, links to workspaces and file: folders, aliases, sources, hashes, platforms, locations.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DependencyGraph, GraphEdge, GraphNode } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { npmPackageLockPlugin } from './index.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const FIXTURE_DIRS = readdirSync(FIXTURES)
  .filter((d) => !d.includes('.'))
  .sort();

async function graphOf(fixture: string): Promise<DependencyGraph> {
  const dir = join(FIXTURES, fixture);
  const ctx = makeContext(dir, await walk(dir), true, 64 * 1024 * 1024);
  const out = await npmPackageLockPlugin.extract('package-lock.json', ctx);
  return out.graphs[0]!;
}

const node = (g: DependencyGraph, id: string): GraphNode => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const edgesFrom = (g: DependencyGraph, from: string) =>
  Object.fromEntries(g.edges.filter((e) => e.from === from).map((e) => [e.to, e.kind]));
const edge = (g: DependencyGraph, from: string, to: string): GraphEdge | undefined =>
  g.edges.find((e) => e.from === from && e.to === to);

describe.each(['workspaces-v3', 'workspaces-v2'])('npm workspaces (%s)', (fixture) => {
  it('makes the root and every workspace an importer, not a component', async () => {
    const g = await graphOf(fixture);
    expect(g.importers.map((i) => [i.path, i.name, i.manifest])).toEqual([
      ['.', 'ws-root', 'package.json'],
      ['packages/app', '@ws/app', 'packages/app/package.json'],
      ['packages/lib', '@ws/lib', 'packages/lib/package.json'],
      ['packages/tool', '@ws/tool', 'packages/tool/package.json'],
    ]);
    expect(g.nodes.map((n) => n.name)).not.toContain('@ws/app');
  });

  it('resolves workspace dependencies through their links and nested node_modules first', async () => {
    const g = await graphOf(fixture);
    expect(edgesFrom(g, 'importer:packages/app')).toEqual({
      'importer:packages/lib': 'prod',
      'node_modules/debug': 'prod',
      'node_modules/left-pad': 'dev',
    });
    expect(edgesFrom(g, 'importer:packages/tool')).toEqual({
      'packages/tool/node_modules/debug': 'prod',
      'importer:packages/app': 'dev',
    });
    // debug@2 under packages/tool finds ms@2.0.0 beside it, not the hoisted ms@2.1.3.
    expect(edgesFrom(g, 'packages/tool/node_modules/debug')).toEqual({
      'packages/tool/node_modules/ms': 'prod',
    });
    expect(edgesFrom(g, 'node_modules/debug')).toEqual({ 'node_modules/ms': 'prod' });
    expect(edgesFrom(g, 'node_modules/is-odd')).toEqual({
      'node_modules/is-odd/node_modules/is-number': 'prod',
    });
    expect(edgesFrom(g, 'importer:.')).toEqual({
      'node_modules/ms': 'prod',
      'node_modules/is-number': 'dev',
    });
  });

  it('locates each package at the line of its key', async () => {
    const g = await graphOf(fixture);
    const lines = readFileSync(join(FIXTURES, fixture, 'package-lock.json'), 'utf8').split('\n');
    for (const n of g.nodes) {
      expect(n.location?.file).toBe('package-lock.json');
      expect(lines[n.location!.line! - 1]).toBe(`    ${JSON.stringify(n.id)}: {`);
    }
    expect(node(g, 'packages/tool/node_modules/ms').location?.line).toBe(135);
  });
});

describe.each(['features-v3', 'features-v2'])('npm dependency kinds (%s)', (fixture) => {
  it('names an npm: alias by the real package and keeps the alias', async () => {
    const g = await graphOf(fixture);
    const lodash = node(g, 'node_modules/lodash-alias');
    expect([lodash.name, lodash.version, lodash.purl, lodash.aliases]).toEqual([
      'lodash',
      '4.18.1',
      'pkg:npm/lodash@4.18.1',
      ['lodash-alias'],
    ]);
    expect(edge(g, 'importer:.', 'node_modules/lodash-alias')).toMatchObject({
      kind: 'prod',
      alias: 'lodash-alias',
      range: 'npm:lodash@^4.17.21',
    });
  });

  it('links peers, optional platform packages and bundled dependencies', async () => {
    const g = await graphOf(fixture);
    expect(edge(g, 'node_modules/ajv-keywords', 'node_modules/ajv')?.kind).toBe('peer');
    const esbuild = edgesFrom(g, 'node_modules/esbuild');
    expect(Object.keys(esbuild)).toHaveLength(23);
    expect(new Set(Object.values(esbuild))).toEqual(new Set(['optional']));
    expect(node(g, 'node_modules/@esbuild/linux-x64').platform).toEqual({ os: ['linux'], cpu: ['x64'] });
    expect(node(g, 'node_modules/@esbuild/win32-arm64').platform).toEqual({ os: ['win32'], cpu: ['arm64'] });
    expect(node(g, 'node_modules/esbuild').properties).toEqual({ hasInstallScript: true });
    const ms = node(g, 'node_modules/bundle-demo/node_modules/ms');
    expect([ms.version, ms.bundled]).toEqual(['2.1.2', true]);
    expect(edge(g, 'node_modules/bundle-demo', 'node_modules/bundle-demo/node_modules/ms')?.kind).toBe(
      'prod',
    );
  });

  it('reads file:, link, git and tarball sources', async () => {
    const g = await graphOf(fixture);
    expect(node(g, 'node_modules/bundle-demo').source).toEqual({
      type: 'file',
      url: 'vendor/bundle-demo-1.0.0.tgz',
    });
    const local = node(g, 'local-lib');
    expect([local.name, local.version, local.declaredLicense, local.source]).toEqual([
      'local-lib',
      '0.3.0',
      'Apache-2.0',
      { type: 'link', url: 'local-lib' },
    ]);
    expect(edge(g, 'importer:.', 'local-lib')?.kind).toBe('prod');
    // local-lib's own dependency is hoisted to the root node_modules.
    expect(edgesFrom(g, 'local-lib')).toEqual({ 'node_modules/left-pad': 'prod' });
    expect(node(g, 'node_modules/git-dep').source).toEqual({
      type: 'git',
      url: 'git+file:///tmp/steward-npm-fixtures/git-dep.git#b2b3931ebab7158d6815ef5e22fa7bbee563c998',
      commit: 'b2b3931ebab7158d6815ef5e22fa7bbee563c998',
    });
    expect(node(g, 'node_modules/is-number').source).toEqual({
      type: 'tarball',
      url: 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
    });
    expect(node(g, 'node_modules/semver').source).toEqual({
      type: 'registry',
      url: 'https://registry.npmjs.org/semver/-/semver-7.8.6.tgz',
    });
  });

  it('decodes SRI integrity into hex hashes and keeps the license', async () => {
    const g = await graphOf(fixture);
    const leftPad = node(g, 'node_modules/left-pad');
    expect(leftPad.integrity).toMatch(/^sha512-XI5MPzVN/);
    expect(leftPad.hashes).toEqual([
      {
        alg: 'SHA-512',
        value:
          '5c8e4c3f354d0298c0ca1433a615fc06498ab0a5310f82ddc8adb88997901a29c137dc93413ddb165081cbf695c761eb35ca901ac768b7c821ae3cabbcc0a810',
      },
    ]);
    expect(leftPad.declaredLicense).toBe('WTFPL');
  });
});

describe('lockfileVersion 1', () => {
  it('flattens the nested tree into install paths and resolves requires by lookup', async () => {
    const g = await graphOf('legacy-v1');
    expect(edgesFrom(g, 'node_modules/debug')).toEqual({ 'node_modules/debug/node_modules/ms': 'prod' });
    expect(node(g, 'node_modules/debug/node_modules/ms').version).toBe('2.0.0');
    // is-even is optional: its whole subtree is flagged optional, so the edges into it are optional.
    expect(edgesFrom(g, 'node_modules/is-even')).toEqual({
      'node_modules/is-even/node_modules/is-odd': 'optional',
    });
    expect(edgesFrom(g, 'importer:.')).toMatchObject({
      'node_modules/is-even': 'optional',
      'node_modules/is-number': 'dev',
      'node_modules/pad': 'prod',
    });
  });

  it('reads the version of a file: folder from its package.json, which v1 does not record', async () => {
    const g = await graphOf('legacy-v1');
    const local = node(g, 'node_modules/local-lib');
    expect([local.name, local.version, local.declaredLicense, local.source]).toEqual([
      'local-lib',
      '0.3.0',
      'Apache-2.0',
      { type: 'link', url: 'local-lib' },
    ]);
    expect(edgesFrom(g, 'node_modules/local-lib')).toEqual({ 'node_modules/left-pad': 'prod' });
  });

  it('reads npm 6 aliases and places nested entries at their own lines', async () => {
    const g = await graphOf('legacy-v1');
    const pad = node(g, 'node_modules/pad');
    expect([pad.name, pad.version, pad.aliases]).toEqual(['left-pad', '1.3.0', ['pad']]);
    expect(edge(g, 'importer:.', 'node_modules/pad')?.alias).toBe('pad');
    const lines = readFileSync(join(FIXTURES, 'legacy-v1', 'package-lock.json'), 'utf8').split('\n');
    for (const n of g.nodes) {
      const name = n.id.slice(n.id.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const depth = n.id.split('/node_modules/').length;
      expect(lines[n.location!.line! - 1], n.id).toBe(`${' '.repeat(4 * depth)}${JSON.stringify(name)}: {`);
    }
    expect(node(g, 'node_modules/debug/node_modules/ms').location?.line).toBe(15);
  });
});

describe('lockfiles below the scan root', () => {
  it('reports paths relative to the scan root and keeps each lockfile a separate project', async () => {
    const result = await scan(FIXTURES, { plugins: [npmPackageLockPlugin], analyzers: [] });
    expect(result.status.failures).toEqual([]);
    expect(result.projects.map((p) => p.source)).toEqual(FIXTURE_DIRS.map((d) => `${d}/package-lock.json`));
    const ws = result.projects.find((p) => p.source === 'workspaces-v3/package-lock.json')!;
    expect(ws.importers.map((i) => i.manifest)).toContain('workspaces-v3/packages/app/package.json');
    const bundle = result.components.find((c) => c.name === 'bundle-demo')!;
    expect(bundle.source).toEqual({ type: 'file', url: 'features-v2/vendor/bundle-demo-1.0.0.tgz' });
    const leftPad = result.components.find((c) => c.purl === 'pkg:npm/left-pad@1.3.0')!;
    // left-pad: a prod dependency of lib; app declares it as dev but also gets it through lib;
    // tool reaches it only through its dev dependency on app.
    const uses = leftPad.workspaces.filter((w) => w.workspace.startsWith('workspaces-v3/'));
    expect(uses).toEqual([
      { workspace: 'workspaces-v3/packages/app', scopes: ['prod'], direct: true },
      { workspace: 'workspaces-v3/packages/lib', scopes: ['prod'], direct: true },
      { workspace: 'workspaces-v3/packages/tool', scopes: ['dev'], direct: false },
    ]);
    expect(leftPad.locations).toContainEqual({ file: 'workspaces-v3/package-lock.json', line: 82 });
  });
});
