// The declared-only fallback and the ownership rules, over small trees made in a temp directory.
// Also the malformed installed trees (symbolic link loops) that real tools do not produce.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../discover/walk.js';
import { scan } from '../../pipeline/scan.js';
import { nodeModulesPlugin, packageJsonPlugin } from './index.js';

const plugins = [nodeModulesPlugin, packageJsonPlugin];
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'steward-npm-installed-'));
  temps.push(root);
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    if (p.endsWith('/')) mkdirSync(join(root, p), { recursive: true });
    else writeFileSync(join(root, p), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

describe('npm-installed/package-json', () => {
  it('lists declared ranges without versions for a workspace root, leaving members to it', async () => {
    const root = tree({
      'package.json': {
        name: 'mono',
        workspaces: ['packages/*'],
        dependencies: { express: '^4.18.0', alias: 'npm:lodash@^4.17.0' },
        devDependencies: { typescript: '~5.4.0' },
        optionalDependencies: { fsevents: '^2.3.0' },
      },
      'packages/a/package.json': { name: '@mono/a', version: '1.0.0', dependencies: { '@mono/b': '*' } },
      'packages/b/package.json': { name: '@mono/b', version: '1.0.0', peerDependencies: { react: '>=18' } },
    });
    const result = await scan(root, { plugins, analyzers: [] });
    expect(result.projects.map((p) => [p.source, p.unresolved])).toEqual([['package.json', true]]);
    expect(result.projects[0]!.importers.map((i) => i.path)).toEqual(['.', 'packages/a', 'packages/b']);
    const byName = Object.fromEntries(result.components.map((c) => [c.name, c]));
    expect(byName.express).toMatchObject({
      purl: 'pkg:npm/express',
      version: null,
      range: '^4.18.0',
      scopes: ['prod'],
    });
    expect(byName.typescript!.scopes).toEqual(['dev']);
    expect(byName.fsevents!.scopes).toEqual(['prod', 'optional']);
    expect(byName.react!.scopes).toEqual(['prod', 'peer']);
    expect(byName.lodash).toMatchObject({ range: '^4.17.0', aliases: ['alias'] });
    expect(result.relationships).toContainEqual({
      from: 'importer:packages/a',
      to: 'importer:packages/b',
      kind: 'prod',
    });
    const warning = result.diagnostics.find((d) => d.code === 'inventory/unresolved')!;
    expect(warning).toMatchObject({ severity: 'warning', params: { file: 'package.json', count: 5 } });
  });

  it('leaves a project to the lockfile parser when a lockfile sits in it or an ancestor', async () => {
    const root = tree({ 'yarn.lock': '', 'app/package.json': { name: 'app' }, 'app/node_modules/': '' });
    const t = await walk(root);
    expect(packageJsonPlugin.claims('app/package.json', t)).toBe(false);
    expect(nodeModulesPlugin.claims('app/package.json', t)).toBe(false);
    const bare = await walk(
      tree({ 'app/package.json': {}, 'app/node_modules/': '', 'lib/package.json': {} }),
    );
    expect(nodeModulesPlugin.claims('app/package.json', bare)).toBe(true);
    expect(packageJsonPlugin.claims('app/package.json', bare)).toBe(false);
    expect(packageJsonPlugin.claims('lib/package.json', bare)).toBe(true);
  });

  it('reports a package.json that is not JSON with its line, and still scans the others', async () => {
    const root = tree({
      'a/package.json': '{\n  "name": "a",\n  "dependencies": {\n}}}\n',
      'b/package.json': { name: 'b' },
    });
    const result = await scan(root, { plugins, analyzers: [] });
    expect(result.status.failures).toMatchObject([
      { file: 'a/package.json', reason: 'parse-error', line: 4 },
    ]);
    expect(result.projects.map((p) => p.source)).toEqual(['b/package.json']);
  });
});

describe('npm-installed/node-modules on malformed trees', () => {
  it('stops at symbolic link loops inside node_modules and says so', async () => {
    const root = tree({
      'package.json': { name: 'app', dependencies: { a: '1' } },
      'node_modules/a/package.json': { name: 'a', version: '1.0.0', dependencies: { self: '1' } },
    });
    mkdirSync(join(root, 'node_modules/a/node_modules'));
    symlinkSync('..', join(root, 'node_modules/a/node_modules/self'), 'dir'); // points at its own package
    symlinkSync('y', join(root, 'node_modules/x'));
    symlinkSync('x', join(root, 'node_modules/y'));
    const result = await scan(root, { plugins, analyzers: [] });
    expect(result.components.map((c) => `${c.name}@${c.version}`)).toEqual(['a@1.0.0']);
    const loops = result.diagnostics.filter((d) => d.code === 'file/symlink-loop').map((d) => d.params.file);
    expect(loops.sort()).toEqual(['node_modules/a/node_modules/self', 'node_modules/x', 'node_modules/y']);
  });

  it('reads the rest of the tree past a broken installed package.json, and lists what is missing', async () => {
    const root = tree({
      'package.json': {
        name: 'app',
        dependencies: { a: '1', b: '1', gone: '1' },
        optionalDependencies: { opt: '1' },
      },
      'node_modules/a/package.json': { name: 'a', version: '1.0.0', dependencies: { deep: '2' } },
      'node_modules/b/package.json': '{\n  "name": "b",\n  "version": \n}',
    });
    const result = await scan(root, { plugins, analyzers: [] });
    expect(result.components.map((c) => c.purl)).toEqual(['pkg:npm/a@1.0.0']);
    expect(result.status.failures).toMatchObject([
      { file: 'node_modules/b/package.json', reason: 'parse-error', line: 4 },
    ]);
    const note = result.diagnostics.find((d) => d.code === 'inventory/installed-tree')!;
    // b is installed but broken: a failure, not a missing dependency.
    expect(note.data).toEqual({ packages: 1, missing: ['a>deep', 'importer:.>gone'] });
  });
});
