// Golden tests: real installed trees (npm, pnpm) read without a lockfile must give the same
// packages, and the same prod/dev split, as the package managers' own `ls` reports.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { nodeModulesPlugin, packageJsonPlugin } from './index.js';

const fixture = (p: string) => fileURLToPath(new URL(`__fixtures__/${p}`, import.meta.url));
const plugins = [nodeModulesPlugin, packageJsonPlugin];

interface LsNode {
  version?: string;
  resolved?: string;
  dependencies?: Record<string, LsNode>;
  devDependencies?: Record<string, LsNode>;
}

/** name@version of every registry package in an `npm ls --all --json` / `pnpm ls --json` tree. */
function lsPackages(tree: LsNode, out = new Set<string>()): Set<string> {
  for (const deps of [tree.dependencies, tree.devDependencies])
    for (const [name, dep] of Object.entries(deps ?? {})) {
      if (dep.resolved?.startsWith('file:') || dep.version?.startsWith('link:')) {
        lsPackages(dep, out);
        continue;
      }
      if (dep.version) out.add(`${name}@${dep.version}`); // no version: an optional dependency not installed
      lsPackages(dep, out);
    }
  return out;
}

const readLs = (name: string): LsNode => {
  const json = JSON.parse(readFileSync(fixture(`expected/${name}`), 'utf8')) as LsNode | LsNode[];
  return Array.isArray(json) ? json[0]! : json;
};

describe('npm-installed/node-modules on a real npm install', async () => {
  const result = await scan(fixture('npm-tree'), { plugins, analyzers: [] });
  const ids = (filter: (s: string[]) => boolean) =>
    new Set(result.components.filter((c) => filter(c.scopes)).map((c) => `${c.name}@${c.version}`));

  it('finds exactly the packages npm ls reports', () => {
    expect(ids(() => true)).toEqual(lsPackages(readLs('npm-tree.npm-ls.json')));
  });

  it('splits prod from dev as npm ls --omit=dev does', () => {
    expect(ids((s) => s.includes('prod'))).toEqual(lsPackages(readLs('npm-tree.npm-ls-prod.json')));
    expect(ids((s) => !s.includes('prod'))).toEqual(
      new Set(['rollup@4.24.0', '@types/estree@1.0.6', '@rollup/rollup-linux-x64-gnu@4.24.0']),
    );
  });

  it('reports the root and the workspace as importers, in one graph, with a note', () => {
    expect(result.projects).toHaveLength(1);
    expect(result.projects[0]!.plugin).toBe('npm-installed/node-modules');
    expect(result.projects[0]!.importers.map((i) => i.path)).toEqual(['.', 'packages/util']);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['inventory/installed-tree']);
    expect(result.status.complete).toBe(true);
  });

  it('resolves each edge with Node lookup: nested duplicates go to their own dependent', () => {
    const rel = (from: string) =>
      result.relationships.filter((r) => r.from === from && r.to.startsWith('pkg:npm/ms')).map((r) => r.to);
    expect(rel('importer:.')).toEqual(['pkg:npm/ms@2.0.0']);
    expect(rel('pkg:npm/debug@4.3.4')).toEqual(['pkg:npm/ms@2.1.2']);
    expect(rel('importer:packages/util')).toEqual(['pkg:npm/ms@2.1.3']);
    expect(result.relationships).toContainEqual({
      from: 'importer:.',
      to: 'importer:packages/util',
      kind: 'prod',
    });
  });

  it('keeps license, registry source, and platform constraints as found', () => {
    const native = result.components.find((c) => c.name === '@rollup/rollup-linux-x64-gnu')!;
    expect(native.platform).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['glibc'] });
    expect(native.scopes).toEqual(['dev', 'optional']);
    expect(native.declaredLicense).toBe('MIT');
    expect(native.purl).toBe('pkg:npm/%40rollup/rollup-linux-x64-gnu@4.24.0');
    expect(native.locations).toEqual([{ file: 'node_modules/@rollup/rollup-linux-x64-gnu/package.json' }]);
  });
});

describe('npm-installed/node-modules on a real pnpm install', async () => {
  const result = await scan(fixture('pnpm-tree'), { plugins, analyzers: [] });
  const ids = (filter: (s: string[]) => boolean) =>
    new Set(result.components.filter((c) => filter(c.scopes)).map((c) => `${c.name}@${c.version}`));

  it('follows the .pnpm virtual store links to exactly the packages pnpm ls reports', () => {
    expect(ids(() => true)).toEqual(lsPackages(readLs('pnpm-tree.pnpm-ls.json')));
    expect(ids((s) => s.includes('prod'))).toEqual(lsPackages(readLs('pnpm-tree.pnpm-ls-prod.json')));
  });

  it('records real paths in the virtual store as locations, and finds siblings as dependencies', () => {
    const debug = result.components.find((c) => c.name === 'debug')!;
    expect(debug.locations).toEqual([
      { file: 'node_modules/.pnpm/debug@4.3.4/node_modules/debug/package.json' },
    ]);
    expect(result.relationships).toContainEqual({
      from: 'pkg:npm/debug@4.3.4',
      to: 'pkg:npm/ms@2.1.2',
      kind: 'prod',
    });
    expect(result.relationships).toContainEqual({ from: 'importer:.', to: 'pkg:npm/ms@2.0.0', kind: 'prod' });
  });
});

describe('npm-installed/node-modules on a real Yarn classic install', async () => {
  const result = await scan(fixture('yarn-tree'), { plugins, analyzers: [] });
  const ids = (filter: (s: string[]) => boolean) =>
    new Set(result.components.filter((c) => filter(c.scopes)).map((c) => `${c.name}@${c.version}`));

  it('finds the packages and the prod set npm ls reports for the same tree', () => {
    expect(ids(() => true)).toEqual(lsPackages(readLs('yarn-tree.npm-ls.json')));
    expect(ids((s) => s.includes('prod'))).toEqual(lsPackages(readLs('yarn-tree.npm-ls-prod.json')));
    expect(ids((s) => !s.includes('prod'))).toEqual(new Set(['is-odd@3.0.1', 'is-number@6.0.0']));
  });
});
