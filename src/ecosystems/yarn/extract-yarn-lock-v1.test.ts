// The classic parser over the real Yarn 1.22 fixture: importers from package.json workspaces,
// edges to the exact entries (aliases, workspace links, optional platform packages), sources,
// hashes and the line of every entry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { yarnLockFlavour, yarnLockPlugin } from './index.js';

const root = fileURLToPath(new URL('./__fixtures__/classic-monorepo', import.meta.url));
const lockText = readFileSync(`${root}/yarn.lock`, 'utf8');
const lineOf = (key: string) => lockText.split('\n').indexOf(`${key}:`) + 1;

let graph: DependencyGraph;
beforeAll(async () => {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  const out = await yarnLockPlugin.extract('yarn.lock', ctx);
  expect(out.failures ?? []).toEqual([]);
  graph = out.graphs[0]!;
});

const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
const edgesFrom = (from: string) => graph.edges.filter((e) => e.from === from);

describe('yarn classic lockfile', () => {
  it('detects the classic flavour', () => {
    expect(yarnLockFlavour(lockText)).toBe('classic');
  });

  it('takes the importers from the root workspaces globs', () => {
    expect(graph.importers.map((i) => [i.path, i.name, i.manifest])).toEqual([
      ['.', 'fixture-root', 'package.json'],
      ['packages/a', '@fx/a', 'packages/a/package.json'],
      ['packages/b', '@fx/b', 'packages/b/package.json'],
    ]);
  });

  it('links each declared range to the entry listing that descriptor, with the declared kind', () => {
    const a = edgesFrom('importer:packages/a').map((e) => [e.to, e.kind, e.alias]);
    expect(a).toContainEqual(['importer:packages/b', 'prod', undefined]);
    expect(a).toContainEqual(['ms@^2.1.3', 'prod', undefined]);
    expect(a).toContainEqual(['my-ms@npm:ms@2.0.0', 'prod', 'my-ms']);
    expect(edgesFrom('importer:packages/b').map((e) => [e.to, e.kind])).toContainEqual([
      'kind-of@^6.0.3',
      'dev',
    ]);
    expect(edgesFrom('importer:.').map((e) => [e.to, e.kind])).toContainEqual(['esbuild@0.24.0', 'dev']);
  });

  it('follows entry dependencies and marks optionalDependencies optional', () => {
    expect(edgesFrom('is-odd@^3.0.1').map((e) => [e.to, e.kind])).toEqual([['is-number@^6.0.0', 'prod']]);
    const esb = edgesFrom('esbuild@0.24.0');
    expect(esb).toHaveLength(24);
    expect(esb.every((e) => e.kind === 'optional')).toBe(true);
  });

  it('names an aliased package by its real name and keeps the alias', () => {
    const n = node('my-ms@npm:ms@2.0.0');
    expect([n.name, n.version, n.purl, n.aliases]).toEqual(['ms', '2.0.0', 'pkg:npm/ms@2.0.0', ['my-ms']]);
  });

  it('turns integrity into hex hashes and records sources', () => {
    const ms = node('ms@^2.1.3');
    expect(ms.hashes).toEqual([
      {
        alg: 'SHA-512',
        value:
          'e85973b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb2fa1568726afece715c8ebf5d73fab73ed1f7100eb479d23bfb57b45dd645394',
      },
    ]);
    expect(ms.source).toEqual({ type: 'registry', url: 'https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz' });
    const tarball = node('is-number@https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz');
    expect(tarball.source?.type).toBe('tarball');
    // Without integrity, the sha1 in the resolved URL's fragment is the tarball's hash.
    expect(tarball.hashes).toEqual([{ alg: 'SHA-1', value: '7535345b896734d5f80c4d06c50955527a14f12b' }]);
    const git = node('gitdep@git+file:///tmp/steward-fixture-git/gitdep.git#v1.0.0');
    expect(git.source).toMatchObject({ type: 'git', commit: '05abd68c7577a29702ac470df50a0fe798234f07' });
    expect(git.hashes).toBeUndefined();
    expect(git.purl).toContain('vcs_url=');
    expect(node('local-lib@file:./local-lib').source).toEqual({ type: 'file', url: 'local-lib' });
    // The lockfile writes 0.0.0 for a link:; the folder's package.json has the version.
    const link = node('local-link@link:./local-link');
    expect([link.version, link.purl, link.source]).toEqual([
      '0.2.0',
      'pkg:npm/local-link@0.2.0',
      { type: 'link', url: 'local-link' },
    ]);
  });

  it('locates every entry at the line of its key', () => {
    expect(node('ms@^2.1.3').location).toEqual({ file: 'yarn.lock', line: lineOf('ms@^2.1.3') });
    expect(node('@esbuild/linux-x64@0.24.0').location?.line).toBe(lineOf('"@esbuild/linux-x64@0.24.0"'));
    expect(lineOf('ms@^2.1.3')).toBeGreaterThan(1);
  });
});
