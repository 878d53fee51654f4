// Golden tests for Cargo.toml without a lockfile: on projects made by the real cargo (see
// __fixtures__/generate-manifests.sh) and on real crates' Cargo.toml files as Debian ships them,
// every declared dependency (name, requirement, kind, optional, target, rename, source) must
// match `cargo metadata --offline --no-deps`; members go under their root, locked crates are
// left to the Cargo.lock plugin.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { cargoLockPlugin, cargoTomlPlugin } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

interface MetaDep {
  name: string;
  req: string;
  kind: 'dev' | 'build' | null;
  optional: boolean;
  target: string | null;
  rename: string | null;
  source: string | null;
  path?: string;
}
interface MetaPackage {
  name: string;
  manifest: string;
  dependencies: MetaDep[];
}

async function extract(root: string, file = 'Cargo.toml') {
  const ctx = makeContext(root, await walk(root), true, 1 << 26);
  return cargoTomlPlugin.extract(file, ctx);
}

async function graphOf(root: string, file = 'Cargo.toml'): Promise<DependencyGraph> {
  const out = await extract(root, file);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

/** cargo displays `1.10` as `^1.10` and `>= 1, < 2` as `>=1, <2`. */
function cargoReq(range: string | undefined): string {
  if (!range) return '*';
  return range
    .split(',')
    .map((c) => {
      const m = /^\s*(=|>=|<=|>|<|~|\^)?\s*(\S+)\s*$/.exec(c)!;
      return m[1] ? `${m[1]}${m[2]}` : m[2]!.includes('*') ? m[2]! : `^${m[2]}`;
    })
    .join(', ');
}

const kindOf = (d: MetaDep) => (d.kind === 'dev' ? 'dev' : d.optional ? 'optional' : 'prod');

/** cargo metadata -> "importer -> name req edge-kind rename source", and per node its kinds and targets. */
function expected(pkgs: MetaPackage[]) {
  const edges: string[] = [];
  const nodes = new Map<string, { kinds: Set<string>; targets: Set<string>; everywhere: boolean }>();
  for (const p of pkgs)
    for (const d of p.dependencies) {
      const member = d.path !== undefined && pkgs.find((q) => q.manifest === `${d.path}/Cargo.toml`);
      const src = member ? `member:${member.name}` : (d.source ?? `path:${d.path}`);
      edges.push(`${p.name} -> ${d.name} ${d.req} ${kindOf(d)} ${d.rename ?? '-'} ${src}`);
      if (member) continue;
      const key = `${d.name} ${d.req} ${src}`;
      const n = nodes.get(key) ?? { kinds: new Set(), targets: new Set(), everywhere: false };
      n.kinds.add(d.kind ?? 'normal');
      if (d.target) n.targets.add(d.target);
      else n.everywhere = true;
      nodes.set(key, n);
    }
  const props = [...nodes].map(([key, n]) => {
    const target = n.everywhere ? '' : ` target=${[...n.targets].sort().join(' | ')}`;
    return `${key} kind=${[...n.kinds].sort().join(',')}${target}`;
  });
  return { edges: edges.sort(), nodes: props.sort() };
}

/** The graph in the same terms; `base` is the project directory relative to the scan root. */
function actual(g: DependencyGraph, base = '.') {
  const names = new Map(g.importers.map((i) => [`importer:${i.path}`, i.name!]));
  const rel = (p: string) => posix.relative(base === '.' ? '' : base, p) || '.';
  const srcOf = (id: string) => {
    if (names.has(id)) return `member:${names.get(id)}`;
    const n = g.nodes.find((x) => x.id === id)!;
    const s = n.source!;
    if (s.type === 'file') return `path:${rel(s.url!)}`;
    if (s.type === 'git') return `git+${s.url}?${n.properties!['cargo:git-ref']}`;
    if (!s.url) return CRATES_IO;
    return `sparse+${s.url}`;
  };
  const nameOf = (id: string) => g.nodes.find((x) => x.id === id)?.name ?? names.get(id)!;
  const edges = g.edges.map(
    (e) =>
      `${names.get(e.from)} -> ${nameOf(e.to)} ${cargoReq(e.range)} ${e.kind} ${e.alias ?? '-'} ${srcOf(e.to)}`,
  );
  const nodes = g.nodes.map((n) => {
    const p = n.properties!;
    const target = p['cargo:target'] ? ` target=${p['cargo:target']}` : '';
    return `${n.name} ${cargoReq(n.range)} ${srcOf(n.id)} kind=${p['cargo:kind']}${target}`;
  });
  return { edges: edges.sort(), nodes: nodes.sort() };
}

const metadata = (dir: string) =>
  JSON.parse(readFileSync(`${fixture(dir)}/cargo-metadata.json`, 'utf8')) as MetaPackage[];

describe('a workspace without Cargo.lock (made by cargo)', () => {
  const root = fixture('unlocked-workspace');

  it('has the members cargo metadata lists as importers, versions inherited from the workspace', async () => {
    const g = await graphOf(root);
    expect(g.unresolved).toBe(true);
    expect(g.importers).toEqual([
      {
        path: 'crates/app',
        name: 'app',
        version: '0.4.0',
        purl: 'pkg:cargo/app@0.4.0',
        manifest: 'crates/app/Cargo.toml',
      },
      {
        path: 'crates/local-util',
        name: 'local-util',
        version: '0.2.0',
        purl: 'pkg:cargo/local-util@0.2.0',
        manifest: 'crates/local-util/Cargo.toml',
      },
    ]);
    expect(g.importers.map((i) => `${i.manifest}`)).toEqual(
      metadata('unlocked-workspace').map((p) => p.manifest),
    );
  });

  it('declares exactly the dependencies of cargo metadata, with kinds, targets, renames and sources', async () => {
    const g = await graphOf(root);
    const want = expected(metadata('unlocked-workspace'));
    const got = actual(g);
    expect(got.edges).toEqual(want.edges);
    expect(got.nodes).toEqual(want.nodes);
  });

  it('keeps requirements as ranges, with no version, and locates each declaration', async () => {
    const g = await graphOf(root);
    const node = (name: string) => g.nodes.find((n) => n.name === name)!;
    expect(node('regex')).toMatchObject({
      version: null,
      range: '1.10',
      purl: 'pkg:cargo/regex',
      location: { file: 'crates/app/Cargo.toml', line: 10 },
    });
    expect(node('serde_json')).toMatchObject({ aliases: ['json'], range: '1' });
    expect(node('winapi').location).toEqual({ file: 'crates/app/Cargo.toml', line: 25 });
    expect(node('internal')).toMatchObject({
      source: { type: 'registry', url: 'https://registry.example.com/index/' },
      purl: 'pkg:cargo/internal?repository_url=https%3A%2F%2Fregistry.example.com%2Findex%2F',
      properties: { 'cargo:registry': 'my-registry' },
    });
    expect(node('gitdep').source).toEqual({
      type: 'git',
      url: 'file:///tmp/steward-cargo-manifests/gitdep.git',
    });
  });

  it('reports members once, under their root; an excluded crate is a project of its own', async () => {
    expect((await extract(root, 'crates/app/Cargo.toml')).graphs).toEqual([]);
    const excluded = await graphOf(root, 'crates/excluded/Cargo.toml');
    const got = actual(excluded, 'crates/excluded');
    expect(got.edges).toEqual(expected(metadata('unlocked-workspace/crates/excluded')).edges);
  });

  it('computes scopes from the declarations and warns that nothing is locked', async () => {
    const r = await scan(root, { plugins: [cargoLockPlugin, cargoTomlPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.projects.map((p) => [p.source, p.unresolved])).toEqual([
      ['Cargo.toml', true],
      ['crates/excluded/Cargo.toml', true],
    ]);
    const scopes = Object.fromEntries(r.components.map((c) => [c.name, c.scopes.join('+')]));
    expect(scopes).toMatchObject({
      proptest: 'dev',
      tempfile: 'dev',
      cc: 'prod',
      rand: 'prod+optional',
      serde: 'prod',
      winapi: 'prod',
      app: 'prod', // the excluded crate's path dependency
    });
    const unresolved = r.diagnostics.filter((d) => d.code === 'inventory/unresolved').map((d) => d.params);
    expect(unresolved.sort((a, b) => (a.file! < b.file! ? -1 : 1))).toEqual([
      { file: 'Cargo.toml', count: 12 },
      { file: 'crates/excluded/Cargo.toml', count: 2 },
    ]);
  });
});

describe('a locked package with a fuzz crate', () => {
  const root = fixture('locked-with-fuzz');

  it('leaves locked crates to Cargo.lock and reads the unlocked fuzz workspace', async () => {
    const r = await scan(root, { plugins: [cargoLockPlugin, cargoTomlPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.projects.map((p) => [p.source, p.plugin])).toEqual([
      ['Cargo.lock', 'cargo/cargo-lock'],
      ['fuzz/Cargo.toml', 'cargo/cargo-toml'],
    ]);
    expect(r.components.map((c) => c.purl).sort()).toEqual([
      'pkg:cargo/helper@0.1.0',
      'pkg:cargo/libfuzzer-sys',
      'pkg:cargo/parser',
    ]);
    expect((await extract(root, 'helper/Cargo.toml')).graphs).toEqual([]); // locked by ../Cargo.lock
  });

  it('declares what cargo metadata says for the fuzz crate', async () => {
    const g = await graphOf(root, 'fuzz/Cargo.toml');
    expect(actual(g, 'fuzz')).toEqual(expected(metadata('locked-with-fuzz/fuzz')));
  });
});

describe.each(['workspace-v4', 'workspace-v3', 'rust-advent-2017-v1'])('a locked project (%s)', (name) => {
  it('is reported once, by the Cargo.lock plugin', async () => {
    const r = await scan(fixture(name), { plugins: [cargoLockPlugin, cargoTomlPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.projects.map((p) => [p.source, p.plugin])).toEqual([['Cargo.lock', 'cargo/cargo-lock']]);
    expect(r.components.every((c) => c.version !== null)).toBe(true);
  });
});

describe.each(['tokio-1.24.2', 'clap-4.0.32'])('Debian librust Cargo.toml (%s)', (crate) => {
  const root = fixture(`debian/${crate}`);

  it('declares exactly what cargo metadata says', async () => {
    const g = await graphOf(root);
    const want = expected(metadata(`debian/${crate}`));
    expect(actual(g)).toEqual(want);
    expect(want.edges.length).toBeGreaterThan(15);
  });
});

describe('tokio as Debian ships it', () => {
  it('locates dependency tables, target-specific ones included', async () => {
    const g = await graphOf(fixture('debian/tokio-1.24.2'));
    const at = (name: string) => g.nodes.filter((n) => n.name === name).map((n) => n.location!.line);
    expect(at('bytes')).toEqual([56]);
    expect(at('socket2')).toEqual([195, 203]);
    expect(g.nodes.find((n) => n.name === 'autocfg')!.properties).toEqual({ 'cargo:kind': 'build' });
  });
});
