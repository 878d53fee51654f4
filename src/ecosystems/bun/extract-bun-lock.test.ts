// The bun.lock parser over the real Bun fixture (edges by install path, aliases, workspace links,
// peers, optional platform packages, sources, hashes, lines) and over hand-written bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { keySegments } from './bun-links.js';
import { bunLockPlugin } from './index.js';

const root = fileURLToPath(new URL('./__fixtures__/bun-monorepo', import.meta.url));
const lockLines = readFileSync(`${root}/bun.lock`, 'utf8').split('\n');
const lineOf = (key: string) => lockLines.findIndex((l) => l.startsWith(`    "${key}": [`)) + 1;

let graph: DependencyGraph;
beforeAll(async () => {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  const out = await bunLockPlugin.extract('bun.lock', ctx);
  expect(out.failures ?? []).toEqual([]);
  graph = out.graphs[0]!;
});

const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
const edge = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to);

describe('bun.lock', () => {
  it('splits install paths into package names', () => {
    expect(keySegments('@fx/a/ms')).toEqual(['@fx/a', 'ms']);
    expect(keySegments('is-odd/@types/node')).toEqual(['is-odd', '@types/node']);
  });

  it('makes the workspaces the importers, linking workspace: packages to them', () => {
    expect(graph.importers[0]).toMatchObject({ version: '1.0.0', purl: 'pkg:npm/fixture-root@1.0.0' });
    expect(graph.importers.map((i) => [i.path, i.name])).toEqual([
      ['.', 'fixture-root'],
      ['packages/a', '@fx/a'],
      ['packages/b', '@fx/b'],
    ]);
    expect(edge('importer:packages/a', 'importer:packages/b')?.kind).toBe('prod');
    expect(graph.nodes.some((n) => n.source?.type === 'workspace')).toBe(false);
  });

  it('resolves a dependency to the nested copy first, then upwards', () => {
    expect(edge('is-odd', 'is-odd/is-number')?.kind).toBe('prod');
    expect(edge('is-odd', 'is-number')).toBeUndefined();
    expect(node('is-odd/is-number').version).toBe('6.0.0');
  });

  it('keeps declared kinds: dev, optional, peer, and aliases', () => {
    expect(edge('importer:packages/b', 'kind-of')?.kind).toBe('dev');
    expect(edge('importer:packages/b', 'fsevents')?.kind).toBe('optional');
    expect(edge('importer:.', 'esbuild')?.kind).toBe('dev');
    expect(edge('esbuild', '@esbuild/linux-x64')?.kind).toBe('optional');
    expect(edge('ajv-keywords', 'ajv')).toMatchObject({ kind: 'peer', range: '^8.8.2' });
    expect(edge('importer:packages/a', 'my-ms')).toMatchObject({ alias: 'my-ms', range: 'npm:ms@2.0.0' });
    expect([node('my-ms').name, node('my-ms').version, node('my-ms').aliases]).toEqual([
      'ms',
      '2.0.0',
      ['my-ms'],
    ]);
  });

  it('records hashes, sources, platforms and versions where the lockfile lacks them', () => {
    expect(node('ms').hashes).toEqual([
      {
        alg: 'SHA-512',
        value:
          'e85973b9b4cb646dc9d9afcd542025784863ceae68c601f268253dc985ef70bb2fa1568726afece715c8ebf5d73fab73ed1f7100eb479d23bfb57b45dd645394',
      },
    ]);
    const git = node('gitdep');
    expect([git.version, git.source?.type, git.source?.commit]).toEqual([
      '05abd68c7577a29702ac470df50a0fe798234f07',
      'git',
      '05abd68c7577a29702ac470df50a0fe798234f07',
    ]);
    expect(git.hashes).toBeUndefined();
    expect([node('is-number').version, node('is-number').source?.type]).toEqual(['7.0.0', 'tarball']);
    expect([node('local-lib').version, node('local-lib').source]).toEqual([
      '0.1.0',
      { type: 'file', url: 'local-lib' },
    ]);
    expect(node('fsevents').platform).toEqual({ os: ['darwin'] });
    expect(node('@esbuild/linux-loong64').platform).toEqual({ os: ['linux'], cpu: ['none'] });
  });

  it('locates each package at the line of its key', () => {
    expect(node('ajv').location).toEqual({ file: 'bun.lock', line: lineOf('ajv') });
    expect(lineOf('ajv')).toBeGreaterThan(1);
  });
});

describe('bun.lock with a workspace-local version', () => {
  it("resolves a workspace's dependency to its own `<workspace>/<dep>` copy first", async () => {
    const dir = fileURLToPath(new URL('./__fixtures__/bun-conflict', import.meta.url));
    const out = await bunLockPlugin.extract('bun.lock', makeContext(dir, await walk(dir), true, 1 << 26));
    const g = out.graphs[0]!;
    const to = (from: string, name: string) =>
      g.edges
        .filter((e) => e.from === from && g.nodes.find((n) => n.id === e.to)?.name === name)
        .map((e) => e.to);
    expect(to('importer:packages/a', 'ms')).toEqual(['@fx/a/ms']);
    expect(to('importer:.', 'ms')).toEqual(['ms']);
    expect(to('debug', 'ms')).toEqual(['debug/ms']);
  });
});

describe('bun.lock with a patched dependency', () => {
  it('keeps name and version, with the patch file as source', async () => {
    const dir = fileURLToPath(new URL('./__fixtures__/bun-patched', import.meta.url));
    const out = await bunLockPlugin.extract('bun.lock', makeContext(dir, await walk(dir), true, 1 << 26));
    const ms = out.graphs[0]!.nodes.filter((n) => n.name === 'ms');
    expect(ms.map((n) => [n.version, n.purl, n.source?.type, n.source?.url])).toEqual([
      ['2.1.3', 'pkg:npm/ms@2.1.3', 'patch', 'patches/ms@2.1.3.patch'],
      ['2.0.0', 'pkg:npm/ms@2.0.0', 'registry', undefined],
    ]);
  });
});

describe('bad bun.lock', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function scanLock(text: string) {
    const dir = mkdtempSync(join(tmpdir(), 'steward-bun-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'bun.lock'), text);
    const r = await scanFiles(dir);
    return r;
  }
  const scanFiles = async (dir: string) => {
    const result = await scan(dir, { plugins: [bunLockPlugin], analyzers: [] });
    return { failures: result.status.failures, components: result.components };
  };
  const ws = '"workspaces": { "": { "name": "r", "dependencies": { "ms": "^2", }, }, },';

  it('accepts comments and trailing commas', async () => {
    const r = await scanLock(
      `{\n  // c\n  "lockfileVersion": 1, /* x */\n  ${ws}\n  "packages": {\n    "ms": ["ms@2.1.3", "", {}, "sha512-AA=="],\n  },\n}\n`,
    );
    expect(r.failures).toEqual([]);
    expect(r.components.map((c) => [c.name, c.version, c.scopes])).toEqual([['ms', '2.1.3', ['prod']]]);
  });

  it('reports a syntax error at its line', async () => {
    const r = await scanLock(
      `{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": { "name" "r" },\n  },\n}\n`,
    );
    expect(r.failures).toMatchObject([{ file: 'bun.lock', line: 4, reason: 'parse-error' }]);
  });

  it('refuses an unknown lockfileVersion at its line', async () => {
    const r = await scanLock(`{\n  "workspaces": {},\n  "lockfileVersion": 99,\n}\n`);
    expect(r.failures).toMatchObject([{ file: 'bun.lock', line: 3, reason: 'unsupported-version' }]);
  });

  it('reports a package entry of the wrong shape and a missing dependency, keeping the rest', async () => {
    const r = await scanLock(
      `{\n  "lockfileVersion": 1,\n  ${ws}\n  "packages": {\n    "ms": ["ms@2.1.3", "", { "dependencies": { "gone": "^1" } }],\n    "bad": { "x": 1 },\n  },\n}\n`,
    );
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'bun.lock', line: 5, reason: 'inconsistent' }),
    );
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'bun.lock', line: 6, reason: 'parse-error' }),
    );
    expect(r.components.map((c) => c.name)).toEqual(['ms']);
  });

  it('does not claim bun.lock under node_modules, nor the binary bun.lockb', () => {
    const tree = { hasFile: () => false, hasDir: () => false };
    expect(bunLockPlugin.claims('node_modules/x/bun.lock', tree)).toBe(false);
    expect(bunLockPlugin.claims('bun.lockb', tree)).toBe(false);
    expect(bunLockPlugin.claims('web/bun.lock', tree)).toBe(true);
  });
});
