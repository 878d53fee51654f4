// What the graph says beyond names and scopes: edges as pnpm resolved them (peer variants, aliases,
// workspace links, folders), hashes, platform, sources, properties and the lines packages are on.
// Checked on the real monorepo fixtures for both lockfile generations.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../core/inventory.js';
import type { DependencyGraph, GraphNode } from '../../core/model.js';
import { makeContext } from '../../pipeline/context.js';
import { pnpmLockPlugin } from './index.js';

const FIXTURES = new URL('./__fixtures__/', import.meta.url).pathname;

async function graphOf(fixture: string): Promise<DependencyGraph> {
  const ctx = makeContext(
    join(FIXTURES, fixture),
    { hasFile: () => false, hasDir: () => false },
    true,
    1 << 26,
  );
  const out = await pnpmLockPlugin.extract('pnpm-lock.yaml', ctx);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

const edgesFrom = (g: DependencyGraph, from: string) =>
  g.edges.filter((e) => e.from === from).map((e) => `${e.kind} ${e.to}${e.alias ? ` as ${e.alias}` : ''}`);
const node = (g: DependencyGraph, pred: (n: GraphNode) => boolean) => g.nodes.find(pred)!;

describe.each([
  ['monorepo-pnpm10', ''],
  ['monorepo-pnpm8', '/'],
])('graph of %s', (fixture, slash) => {
  it('links importers to the exact peer variant pnpm resolved', async () => {
    const g = await graphOf(fixture);
    expect(edgesFrom(g, 'importer:packages/app').sort()).toEqual(
      [
        'dev importer:packages/ui',
        `dev ${slash}ms@2.1.3(patch_hash=${fixture.endsWith('8') ? 'piwvbfiz7t3extbusv6ybe5fwm' : '57248bade6cd3dd5e3c83895de8dff213d3561e0c480b0aafceaea45ffa6f07a'})`,
        'prod importer:packages/lib',
        `prod ${slash}picocolors@1.1.1`,
        `prod ${slash}react-dom@18.2.0(react@18.2.0)`,
        `prod ${slash}react@18.2.0`,
        `prod ${slash}use-sync-external-store@1.2.0(react@18.2.0)`,
      ].sort(),
    );
    expect(edgesFrom(g, 'importer:packages/legacy')).toContain(
      `prod ${slash}use-sync-external-store@1.2.0(react@17.0.2)`,
    );
  });

  it('marks dependencies named in peerDependencies as peer edges', async () => {
    const g = await graphOf(fixture);
    expect(edgesFrom(g, `${slash}react-dom@17.0.2(react@17.0.2)`).sort()).toEqual(
      [
        `peer ${slash}react@17.0.2`,
        `prod ${slash}loose-envify@1.4.0`,
        `prod ${slash}object-assign@4.1.1`,
        `prod ${slash}scheduler@0.20.2`,
      ].sort(),
    );
    // Two snapshot variants, one package: both carry the same purl.
    const variants = g.nodes.filter((n) => n.name === 'use-sync-external-store');
    expect(variants.map((n) => n.id).sort()).toEqual([
      `${slash}use-sync-external-store@1.2.0(react@17.0.2)`,
      `${slash}use-sync-external-store@1.2.0(react@18.2.0)`,
    ]);
    expect(new Set(variants.map((n) => n.purl))).toEqual(new Set(['pkg:npm/use-sync-external-store@1.2.0']));
  });

  it('keeps optional platform packages as optional edges with their platform', async () => {
    const g = await graphOf(fixture);
    const esbuildEdges = edgesFrom(g, `${slash}esbuild@0.19.12`);
    expect(esbuildEdges).toHaveLength(23);
    expect(esbuildEdges).toContain(`optional ${slash}@esbuild/linux-x64@0.19.12`);
    const linux = node(g, (n) => n.name === '@esbuild/linux-x64');
    expect(linux.platform).toEqual({ os: ['linux'], cpu: ['x64'] });
    expect(linux.hashes).toEqual([
      {
        alg: 'SHA-512',
        // sha512sum of the registry tarball @esbuild/linux-x64-0.19.12.tgz
        value:
          '07bd60d50a717f006f36b7f225d5437b17a70c8b750a20cdd532172db84ec342a127313bf0a205197e8e27d32bb42d283aa3167fed31a29e2a114f09ac94f00a',
      },
    ]);
    expect(edgesFrom(g, 'importer:.')).toContain(`optional ${slash}fsevents@2.3.3`);
  });

  it('records aliases, folders, links and patches', async () => {
    const g = await graphOf(fixture);
    const root = edgesFrom(g, 'importer:.');
    expect(root).toContain(`prod ${slash}string-width@4.2.3 as string-width-cjs`);
    expect(node(g, (n) => n.name === 'string-width').aliases).toEqual(['string-width-cjs']);
    expect(root).toContain('dev importer:packages/lib');
    const local = node(g, (n) => n.name === 'local-pkg');
    expect([local.version, local.purl, local.source]).toEqual([
      '0.3.0',
      'pkg:npm/local-pkg@0.3.0',
      { type: 'file', url: 'vendor/local-pkg' },
    ]);
    const linked = node(g, (n) => n.name === 'linked-dir');
    expect([linked.version, linked.source]).toEqual(['0.1.0', { type: 'link', url: 'vendor/linked-dir' }]);
    expect(root).toContain('prod link:vendor/linked-dir');
    const ms = node(g, (n) => n.name === 'ms');
    expect(ms.purl).toBe('pkg:npm/ms@2.1.3');
    expect(ms.properties?.patchHash).toMatch(/^[0-9a-z]{20,}$/);
    expect(ms.hashes?.[0]?.value).toBe(
      'e85973b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb2fa1568726afece715c8ebf5d73fab73ed1f7100eb479d23bfb57b45dd645394',
    );
    expect(node(g, (n) => n.name === 'typescript').properties).toEqual({ hasBin: true });
  });

  it('resolves catalog specifiers to the catalog range and names importers from package.json', async () => {
    const g = await graphOf(fixture);
    const pico = g.edges.find((e) => e.from === 'importer:packages/lib' && e.to.includes('picocolors'))!;
    expect(pico.range).toBe('^1.0.0');
    expect(g.importers.map((i) => [i.path, i.name, i.manifest, i.purl])).toContainEqual([
      'packages/app',
      '@mono/app',
      'packages/app/package.json',
      'pkg:npm/%40mono/app@1.0.0',
    ]);
    expect(g.importers.map((i) => i.path).sort()).toEqual([
      '.',
      'packages/app',
      'packages/legacy',
      'packages/lib',
      'packages/ui',
    ]);
  });

  it('locates every package on the line of its key', async () => {
    const g = await graphOf(fixture);
    const lines = readFileSync(join(FIXTURES, fixture, 'pnpm-lock.yaml'), 'utf8').split('\n');
    const located = g.nodes.filter((n) => n.location?.line !== undefined);
    expect(located.length).toBe(g.nodes.filter((n) => !n.id.startsWith('link:')).length);
    for (const n of located) {
      const text = lines[n.location!.line! - 1]!;
      expect(text.startsWith('  ') && !text.startsWith('   '), `${n.id} -> ${text}`).toBe(true);
      expect(text, n.id).toContain(n.name === 'local-pkg' ? 'local-pkg' : `${n.name}@`);
    }
    expect(located.every((n) => n.location!.file === 'pnpm-lock.yaml')).toBe(true);
  });
});

describe('git dependencies (v9)', () => {
  it('reads the repository and commit, and the version pnpm recorded', async () => {
    const g = await graphOf('monorepo-pnpm10');
    const greet = node(g, (n) => n.name === 'greet');
    expect(greet.version).toBe('1.2.0');
    expect(greet.source?.type).toBe('git');
    expect(greet.source?.url).toBe('file:///tmp/steward-pnpm-git/greet.git');
    expect(greet.source?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(greet.purl).toContain('vcs_url=');
    expect(edgesFrom(g, greet.id)).toEqual(['prod is-number@7.0.0']);
  });
});

describe('pnpm 11+ env lockfile', () => {
  it('reads the project document and leaves config dependencies out', async () => {
    const g = await graphOf('config-deps-pnpm12');
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['is-number@6.0.0', 'is-odd@3.0.1']);
    const isOdd = node(g, (n) => n.name === 'is-odd');
    const lines = readFileSync(join(FIXTURES, 'config-deps-pnpm12', 'pnpm-lock.yaml'), 'utf8').split('\n');
    expect(lines[isOdd.location!.line! - 1]).toBe('  is-odd@3.0.1:');
    expect(isOdd.location!.line).toBeGreaterThan(20);
  });
});

describe('the plugin', () => {
  it('claims pnpm-lock.yaml files outside node_modules only', () => {
    const tree = { hasFile: () => false, hasDir: () => false };
    expect(pnpmLockPlugin.claims('pnpm-lock.yaml', tree)).toBe(true);
    expect(pnpmLockPlugin.claims('apps/web/pnpm-lock.yaml', tree)).toBe(true);
    expect(pnpmLockPlugin.claims('node_modules/x/pnpm-lock.yaml', tree)).toBe(false);
    expect(pnpmLockPlugin.claims('a/node_modules/.pnpm/lock.yaml', tree)).toBe(false);
    expect(pnpmLockPlugin.claims('my-pnpm-lock.yaml', tree)).toBe(false);
  });

  it('gives a package prod in one workspace and dev in another both scopes per workspace', async () => {
    const inv = buildInventory([await graphOf('monorepo-pnpm10')]);
    // is-odd: prod in packages/ui, dev in packages/lib, dev in packages/app through its dev link to ui.
    const isOdd = inv.components.find((c) => c.name === 'is-odd' && c.version === '3.0.1')!;
    expect(isOdd.scopes).toEqual(['prod']);
    expect(isOdd.workspaces).toEqual([
      { workspace: 'packages/app', scopes: ['dev'], direct: false },
      { workspace: 'packages/lib', scopes: ['dev'], direct: true },
      { workspace: 'packages/ui', scopes: ['prod'], direct: true },
    ]);
    // ms: app declares it dev, but app's prod link to lib brings it in as prod.
    const ms = inv.components.find((c) => c.name === 'ms')!;
    expect(ms.workspaces.find((w) => w.workspace === 'packages/app')).toEqual({
      workspace: 'packages/app',
      scopes: ['prod'],
      direct: true,
    });
    const fsevents = inv.components.find((c) => c.name === 'fsevents')!;
    expect([fsevents.scopes, fsevents.platform]).toEqual([['prod', 'optional'], { os: ['darwin'] }]);
  });
});

describe('libc constraints', () => {
  it('keeps libc beside os and cpu', async () => {
    const g = await graphOf('webapp-pnpm10');
    const gnu = node(g, (n) => n.name === '@rollup/rollup-linux-x64-gnu');
    expect(gnu.platform).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['glibc'] });
  });
});

describe('injected workspace dependencies', () => {
  it('makes the injected copy a file node with its peer resolved from the dependent', async () => {
    const g = await graphOf('injected-pnpm10');
    const lib = node(g, (n) => n.id === 'lib@file:packages/lib(react@18.2.0)');
    expect([lib.name, lib.version, lib.purl, lib.source]).toEqual([
      'lib',
      '2.0.0',
      'pkg:npm/lib@2.0.0',
      { type: 'file', url: 'packages/lib' },
    ]);
    expect(edgesFrom(g, 'importer:packages/app')).toContain('prod lib@file:packages/lib(react@18.2.0)');
    expect(edgesFrom(g, lib.id).sort()).toEqual(['peer react@18.2.0', 'prod is-odd@3.0.1']);
  });
});

describe('optional peers provided by the importer’s own devDependency', () => {
  const debugEdges = (g: DependencyGraph) => edgesFrom(g, 'debug@4.3.4(supports-color@7.2.0)').sort();

  it('are peer edges for pnpm 10 (which installs them for prod) and dev edges for pnpm 12', async () => {
    expect(debugEdges(await graphOf('peer-from-dev-pnpm10'))).toEqual([
      'peer supports-color@7.2.0',
      'prod ms@2.1.2',
    ]);
    expect(debugEdges(await graphOf('peer-from-dev-pnpm12'))).toEqual([
      'dev supports-color@7.2.0',
      'prod ms@2.1.2',
    ]);
    // Found in a devDependency's subtree instead, pnpm 12 installs it with debug: a peer edge.
    expect(debugEdges(await graphOf('peer-from-dev-subtree-pnpm12'))).toEqual([
      'peer supports-color@7.2.0',
      'prod ms@2.1.2',
    ]);
  });

  it('follow the latest pnpm when package.json pins no pnpm version', async () => {
    const src = join(FIXTURES, 'peer-from-dev-pnpm10');
    const dir = mkdtempSync(join(tmpdir(), 'steward-pnpm-'));
    try {
      const manifest = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8')) as Record<string, unknown>;
      delete manifest.packageManager;
      writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
      writeFileSync(join(dir, 'pnpm-lock.yaml'), readFileSync(join(src, 'pnpm-lock.yaml')));
      const ctx = makeContext(dir, { hasFile: () => false, hasDir: () => false }, true, 1 << 26);
      const g = (await pnpmLockPlugin.extract('pnpm-lock.yaml', ctx)).graphs[0]!;
      expect(debugEdges(g)).toContain('dev supports-color@7.2.0');
      const sc = buildInventory([g]).components.find((c) => c.name === 'supports-color')!;
      expect(sc.scopes).toEqual(['dev']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
