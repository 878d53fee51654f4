// Golden test: for workspaces locked by the real cargo (v3 and v4 lockfiles), the importers and
// every edge with its kind must equal the resolve graph of `cargo metadata --locked --offline`
// (dev-dependencies dev; normal and build prod), recorded by __fixtures__/generate.sh.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { cargoLockPlugin } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

interface Metadata {
  members: string[];
  nodes: { id: string; deps: { pkg: string; kinds: string[] }[] }[];
}

/** cargo's package ids (`path+<fixture>/crates/x#0.1.0`, `git+<git>#gitdep@0.3.0`) -> name@version. */
function nameAt(id: string): string {
  const [url, frag] = id.split('#') as [string, string];
  if (frag.includes('@')) return frag;
  return `${url.replace(/\?.*$/, '').split('/').at(-1)}@${frag}`;
}

function expected(meta: Metadata): string[] {
  const out = new Set<string>();
  for (const n of meta.nodes)
    for (const d of n.deps) {
      const kind = d.kinds.includes('normal') || d.kinds.includes('build') ? 'prod' : 'dev';
      out.add(`${nameAt(n.id)} -> ${nameAt(d.pkg)} ${kind}`);
    }
  return [...out].sort();
}

async function graphOf(dir: string): Promise<DependencyGraph> {
  const ctx = makeContext(dir, await walk(dir), true, 1 << 26);
  const out = await cargoLockPlugin.extract('Cargo.lock', ctx);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

function actual(g: DependencyGraph): string[] {
  const label = new Map<string, string>();
  for (const i of g.importers) label.set(`importer:${i.path}`, `${i.name}@${i.version}`);
  for (const n of g.nodes) label.set(n.id, `${n.name}@${n.version}`);
  return g.edges.map((e) => `${label.get(e.from)} -> ${label.get(e.to)} ${e.kind}`).sort();
}

describe.each(['workspace-v4', 'workspace-v3'])('Cargo.lock from real cargo (%s)', (name) => {
  const dir = fixture(name);
  const meta = JSON.parse(readFileSync(`${dir}/cargo-metadata.json`, 'utf8')) as Metadata;

  it('has the workspace members of cargo metadata as importers', async () => {
    const g = await graphOf(dir);
    expect(g.importers.map((i) => `${i.name}@${i.version}`).sort()).toEqual(meta.members.map(nameAt).sort());
    expect(g.importers.find((i) => i.name === 'core-lib')).toMatchObject({
      path: 'crates/core-lib',
      manifest: 'crates/core-lib/Cargo.toml',
    });
  });

  it('has exactly the edges and kinds of cargo metadata', async () => {
    expect(actual(await graphOf(dir))).toEqual(expected(meta));
  });

  it('tells the two gitdep packages apart: a git checkout with its commit and a local path', async () => {
    const g = await graphOf(dir);
    const commit = /#([0-9a-f]{40})"/.exec(readFileSync(`${dir}/Cargo.lock`, 'utf8'))![1]!;
    const git = g.nodes.find((n) => n.name === 'gitdep' && n.version === '0.3.0')!;
    expect(git.source).toMatchObject({ type: 'git', commit });
    expect(git.purl).toBe(
      `pkg:cargo/gitdep@0.3.0?vcs_url=git%2Bfile%3A%2F%2F%2Ftmp%2Fsteward-cargo-fixtures%2Fgitdep.git%40${commit}`,
    );
    const local = g.nodes.find((n) => n.name === 'gitdep' && n.version === '0.2.0')!;
    expect(local.source).toEqual({ type: 'file', url: 'vendor/gitdep-0.2' });
  });

  it('computes scopes: test-util is dev only, build-helper is prod', async () => {
    const r = await scan(dir, { plugins: [cargoLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const scopes = Object.fromEntries(r.components.map((c) => [`${c.name}@${c.version}`, c.scopes]));
    expect(scopes).toEqual({ 'gitdep@0.2.0': ['prod'], 'gitdep@0.3.0': ['prod'] });
    const ws = r.projects[0]!.importers.map((i) => i.name).sort();
    expect(ws).toEqual(['app', 'build-helper', 'core-lib', 'test-util']);
  });
});
