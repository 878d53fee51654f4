// Golden tests over real oh-package-lock.json5 files from public OpenHarmony projects (see
// __fixtures__/generate.mjs for the repositories and commits): every locked package is found once
// with its npm-style scoped purl, dev-only test frameworks are dev, transitive packages are not
// direct, local modules are links, and each module lockfile is its own project.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import type { Component } from '../../core/model.js';
import { scan } from '../../pipeline/scan.js';
import { ohpmLockPlugin, ohpmManifestPlugin } from './index.js';

const dir = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const plugins = [ohpmLockPlugin, ohpmManifestPlugin];

async function scanFixture(name: string): Promise<Component[]> {
  const result = await scan(`${dir}/${name}`, { plugins, analyzers: [] });
  expect(result.status.failures).toEqual([]);
  return result.components;
}
const byPurl = (cs: Component[], purl: string) => {
  const c = cs.find((x) => x.purl === purl);
  expect(c, purl).toBeDefined();
  return c!;
};

describe('ohpm golden', () => {
  it('lockfileVersion 3: every package key is a component, scoped names as %40 namespaces', async () => {
    const cs = await scanFixture('cloudrs');
    const lock = JSON5.parse(readFileSync(`${dir}/cloudrs/oh-package-lock.json5`, 'utf8')) as {
      packages: Record<string, { name: string; version: string }>;
    };
    const expected = Object.values(lock.packages).map((p) => `${p.name}@${p.version}`);
    expect(new Set(cs.map((c) => `${c.name}@${c.version}`))).toEqual(new Set(expected));
    expect(cs).toHaveLength(expected.length);
    const hypium = byPurl(cs, 'pkg:ohpm/%40ohos/hypium@1.0.19');
    expect(hypium.scopes).toEqual(['dev']);
    expect(hypium.hashes[0]?.alg).toBe('SHA-512');
    expect(hypium.hashes[0]?.value).toMatch(/^[0-9a-f]{128}$/);
    const spinkit = byPurl(cs, 'pkg:ohpm/%40pura/spinkit@1.0.4');
    expect(spinkit.direct).toBe(false);
    expect(spinkit.scopes).toEqual(['prod']);
    // A .tgz from the ohpm registry with both integrity and shasum.
    const ct = byPurl(cs, 'pkg:ohpm/class-transformer@0.5.1');
    expect(ct.hashes.map((h) => h.alg)).toEqual(['SHA-512', 'SHA-1']);
    expect(ct.hashes[1]?.value).toBe('24147d5dffd2a6cea930a3250a677addf96ab336');
    expect(ct.properties?.artifact).toBe('tgz');
    expect(byPurl(cs, 'pkg:ohpm/%40ohos/axios@2.2.4').properties?.artifact).toBe('har');
    // A native library shipped inside a registry package, locked as a local package.
    const so = byPurl(cs, 'pkg:ohpm/libhmrouterlibrary.so@1.0.0');
    expect(so.source?.type).toBe('link');
    expect(so.direct).toBe(false);
    expect(so.locations[0]).toEqual({ file: 'oh-package-lock.json5', line: 85 });
  });

  it('lockfileVersion 1: names and versions come from the keys', async () => {
    const cs = await scanFixture('ohos-test-app');
    expect(cs.map((c) => `${c.purl} ${c.scopes.join()}`).sort()).toEqual([
      'pkg:ohpm/%40ohos/axios@2.1.1 prod',
      'pkg:ohpm/%40ohos/hypium@1.0.6 dev',
      'pkg:ohpm/%40ohos/pulltorefresh@2.0.0 prod',
    ]);
    expect(byPurl(cs, 'pkg:ohpm/%40ohos/hypium@1.0.6').source?.url).toMatch(/hypium-1\.0\.6\.tgz$/);
  });

  it('a multi-module project: one project per module lockfile, local modules as links', async () => {
    const result = await scan(`${dir}/zrouter`, { plugins, analyzers: [] });
    expect(result.status.failures).toEqual([]);
    expect(result.projects.map((p) => p.source).sort()).toEqual([
      'entry/oh-package-lock.json5',
      'harA/oh-package-lock.json5',
      'oh-package-lock.json5',
    ]);
    const cs = result.components;
    const zrouter = byPurl(cs, 'pkg:ohpm/%40hzw/zrouter@1.0.0');
    expect(zrouter.source).toEqual({ type: 'link', url: 'RouterApi' });
    expect(zrouter.aliases).toEqual(['routerapi']);
    expect(zrouter.workspaces.map((w) => w.workspace).sort()).toEqual(['entry', 'harA']);
    expect(byPurl(cs, 'pkg:ohpm/common_library@1.0.0').source).toEqual({
      type: 'link',
      url: 'library/common_library',
    });
    expect(byPurl(cs, 'pkg:ohpm/hara@1.0.0').source?.url).toBe('harA');
    // hara, harb and hspc each depend on the router module under its alias.
    const toRouter = result.relationships.filter((r) => r.to === zrouter.purl).map((r) => r.from);
    expect(toRouter.sort()).toEqual([
      'importer:entry',
      'importer:harA',
      'pkg:ohpm/hara@1.0.0',
      'pkg:ohpm/harb@1.0.0',
      'pkg:ohpm/hspc@1.0.0',
    ]);
    expect(byPurl(cs, 'pkg:ohpm/%40ohos/hamock@1.0.0').scopes).toEqual(['dev']);
  });
});
