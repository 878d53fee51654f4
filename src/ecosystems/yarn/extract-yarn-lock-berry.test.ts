// The Berry parser over the real Yarn 4 fixture: workspace importers, dev kinds read from
// package.json, built-in patches, peers, aliases, bound file: descriptors, checksums kept as a
// property (not a tarball hash), platform conditions and entry lines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInventory } from '../../core/inventory.js';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { yarnLockFlavour, yarnLockPlugin } from './index.js';

const root = fileURLToPath(new URL('./__fixtures__/berry-monorepo', import.meta.url));
const lockText = readFileSync(`${root}/yarn.lock`, 'utf8');
const lineOf = (key: string) => lockText.split('\n').indexOf(`${key}:`) + 1;
const PATCHED =
  'resolve@patch:resolve@npm%3A1.22.14#optional!builtin<compat/resolve>::version=1.22.14&hash=9bd1a5';

let graph: DependencyGraph;
beforeAll(async () => {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  const out = await yarnLockPlugin.extract('yarn.lock', ctx);
  expect(out.failures ?? []).toEqual([]);
  graph = out.graphs[0]!;
});

const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
const edge = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);

describe('yarn berry lockfile', () => {
  it('detects the Berry flavour', () => {
    expect(yarnLockFlavour(lockText)).toBe('berry');
  });

  it('makes the workspace: entries the importers and no package nodes', () => {
    expect(graph.importers.map((i) => [i.path, i.name])).toEqual([
      ['.', 'fixture-root'],
      ['packages/a', '@fx/a'],
      ['packages/b', '@fx/b'],
    ]);
    expect(graph.nodes.some((n) => n.id.includes('@workspace:'))).toBe(false);
    expect(edge('importer:packages/a', 'importer:packages/b')?.kind).toBe('prod');
  });

  it('reads dev kinds from package.json, since the lockfile merges them into dependencies', () => {
    expect(edge('importer:.', 'esbuild@npm:0.24.0')?.kind).toBe('dev');
    expect(edge('importer:packages/b', 'kind-of@npm:6.0.3')?.kind).toBe('dev');
    expect(edge('importer:packages/b', 'ms@npm:2.1.3')?.kind).toBe('dev');
    expect(edge('importer:packages/a', 'ms@npm:2.1.3')?.kind).toBe('prod');
  });

  it('sends a dependency through the built-in patch Yarn applies, naming it by the base package', () => {
    expect(edge('importer:packages/b', PATCHED)?.kind).toBe('prod');
    expect(edge('importer:packages/b', 'resolve@npm:1.22.14')).toBeUndefined();
    const n = node(PATCHED);
    expect([n.name, n.version, n.purl, n.source?.type]).toEqual([
      'resolve',
      '1.22.14',
      'pkg:npm/resolve@1.22.14',
      'patch',
    ]);
    expect(n.properties?.yarnPatch).toBe('optional!builtin<compat/resolve>');
  });

  it('shows the patched build on the merged component', async () => {
    const c = buildInventory([graph]).components.find((x) => x.name === 'resolve')!;
    expect(c.source?.type).toBe('patch');
    expect(c.properties?.yarnChecksum).toBe(node(PATCHED).properties?.yarnChecksum);
    expect(c.locations).toHaveLength(2);
  });

  it('points peers at what the parent provides, optional dependencies via dependenciesMeta', () => {
    expect(edge('ajv-keywords@npm:5.1.0', 'ajv@npm:8.20.0')).toMatchObject({ kind: 'peer', range: '^8.8.2' });
    expect(edge('esbuild@npm:0.24.0', '@esbuild/linux-x64@npm:0.24.0')?.kind).toBe('optional');
    expect(edge('is-odd@npm:3.0.1', 'is-number@npm:6.0.0')?.kind).toBe('prod');
  });

  it('resolves npm: aliases and relative file: descriptors bound to their parent', () => {
    expect(edge('importer:packages/a', 'ms@npm:2.0.0')).toMatchObject({
      alias: 'my-ms',
      range: 'npm:ms@2.0.0',
    });
    expect(node('ms@npm:2.0.0').aliases).toEqual(['my-ms']);
    const local = graph.edges.find((e) => e.from === 'importer:.' && e.to.startsWith('local-lib@'));
    expect(node(local!.to).source).toEqual({ type: 'file', url: 'local-lib' });
  });

  it('reads link: and portal: versions from their folders and follows portal dependencies', () => {
    const link = graph.nodes.find((n) => n.name === 'local-link')!;
    const portal = graph.nodes.find((n) => n.name === 'local-portal')!;
    expect([link.version, link.source]).toEqual(['0.2.0', { type: 'link', url: 'local-link' }]);
    expect([portal.version, portal.source?.type]).toEqual(['0.3.0', 'link']);
    expect(edge(portal.id, 'is-odd@npm:3.0.1')?.kind).toBe('prod');
  });

  it('keeps the checksum as a property without a cache-key prefix, not as a tarball hash', () => {
    const ms = node('ms@npm:2.1.3');
    expect(ms.properties?.yarnChecksum).toMatch(/^d924b57e7312b3b6[0-9a-f]{112}$/);
    expect(ms.hashes).toBeUndefined();
  });

  it('records git and tarball sources, platform conditions and the line of each entry', () => {
    const git = graph.nodes.find((n) => n.name === 'gitdep')!;
    expect(git.source).toMatchObject({ type: 'git', commit: '05abd68c7577a29702ac470df50a0fe798234f07' });
    const tgz = node('is-number@https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz');
    expect(tgz.source).toEqual({
      type: 'tarball',
      url: 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
    });
    expect(node('@esbuild/linux-x64@npm:0.24.0').platform).toEqual({ os: ['linux'], cpu: ['x64'] });
    expect(node('ms@npm:2.1.3').location).toEqual({ file: 'yarn.lock', line: lineOf('"ms@npm:^2.1.3"') });
    expect(lineOf('"ms@npm:^2.1.3"')).toBeGreaterThan(1);
  });
});

describe('yarn berry lockfile with a user patch and resolutions', () => {
  it('sends overridden descriptors where resolutions say, and names the patch file', async () => {
    const dir = fileURLToPath(new URL('./__fixtures__/berry-patched', import.meta.url));
    const out = await yarnLockPlugin.extract('yarn.lock', makeContext(dir, await walk(dir), true, 1 << 26));
    expect(out.failures ?? []).toEqual([]);
    const g = out.graphs[0]!;
    const patched = g.nodes.find((n) => n.source?.type === 'patch')!;
    expect([patched.name, patched.version]).toEqual(['ms', '2.1.3']);
    expect(patched.source?.url).toMatch(/^\.yarn\/patches\/ms-npm-2\.1\.3-[0-9a-f]+\.patch$/);
    // debug declares ms@npm:2.0.0; the root's resolutions send it to the patched 2.1.3.
    expect(g.edges.filter((e) => e.from === 'debug@npm:2.6.9').map((e) => e.to)).toEqual([patched.id]);
  });
});

describe('yarn 2 lockfile (format 4)', () => {
  it('reads `builtin<…>` patches and ranges without npm:, with dev kinds from package.json', async () => {
    const dir = fileURLToPath(new URL('./__fixtures__/berry2-small', import.meta.url));
    const out = await yarnLockPlugin.extract('yarn.lock', makeContext(dir, await walk(dir), true, 1 << 26));
    expect(out.failures ?? []).toEqual([]);
    const kinds = buildInventory(out.graphs).components.map(
      (c) => `${c.name}@${c.version} ${c.scopes.join(',')}`,
    );
    expect(kinds).toContain('resolve@1.22.14 prod');
    expect(kinds).toContain('kind-of@6.0.3 dev');
    expect(kinds).toContain('ms@2.0.0 prod');
    const resolve = out.graphs[0]!.edges.find((e) => e.from === 'importer:.' && e.to.startsWith('resolve@'))!;
    expect(resolve.to).toContain('@patch:');
  });
});
