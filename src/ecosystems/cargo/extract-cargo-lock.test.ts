// Cargo.lock from public projects (ripgrep's v4 lockfile alone; a 2017 v1 lockfile with its
// [root] table and [metadata] checksums) and hand-written malformed inputs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { cargoLockPlugin } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

async function graphOf(dir: string): Promise<DependencyGraph> {
  const ctx = makeContext(dir, await walk(dir), true, 1 << 26);
  const out = await cargoLockPlugin.extract('Cargo.lock', ctx);
  expect(out.failures ?? []).toEqual([]);
  return out.graphs[0]!;
}

describe('ripgrep Cargo.lock v4 without its Cargo.toml', () => {
  it('makes the one sourceless root the importer and keeps the other path crates as packages', async () => {
    const g = await graphOf(fixture('ripgrep-lock'));
    expect(g.importers).toEqual([
      { path: '.', name: 'ripgrep', version: '15.2.0', purl: 'pkg:cargo/ripgrep@15.2.0' },
    ]);
    expect(g.nodes).toHaveLength(62);
    expect(g.nodes.find((n) => n.name === 'grep')?.source).toEqual({ type: 'file' });
    expect(g.edges.filter((e) => e.from === 'importer:.')).toHaveLength(14);
  });

  it('resolves "syn 2.0.119" and "syn 3.0.3" to the right packages', async () => {
    const g = await graphOf(fixture('ripgrep-lock'));
    const to = (from: string) =>
      g.edges.filter((e) => e.from.startsWith(`${from} `) && e.to.startsWith('syn ')).map((e) => e.to);
    expect(to('derive_arbitrary')).toEqual([
      'syn 2.0.119 (registry+https://github.com/rust-lang/crates.io-index)',
    ]);
    expect(to('serde_derive')).toEqual(['syn 3.0.3 (registry+https://github.com/rust-lang/crates.io-index)']);
  });

  it('records the checksum as SHA-256, the registry source and the line of [[package]]', async () => {
    const g = await graphOf(fixture('ripgrep-lock'));
    const aho = g.nodes.find((n) => n.name === 'aho-corasick')!;
    expect(aho).toMatchObject({
      purl: 'pkg:cargo/aho-corasick@1.1.5',
      source: { type: 'registry' },
      hashes: [{ alg: 'SHA-256', value: 'c982642fa9e8606056828ee9a8505737230110bb1099153c79efe865c59d12ba' }],
      location: { file: 'Cargo.lock', line: 5 },
    });
    expect(g.nodes.find((n) => n.name === 'zmij')?.location?.line).toBe(588);
  });

  it('inventories every package as prod', async () => {
    const r = await scan(fixture('ripgrep-lock'), { plugins: [cargoLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.components).toHaveLength(62);
    expect(r.components.every((c) => c.scopes.join() === 'prod')).toBe(true);
  });
});

describe('Cargo.lock v1 (rust-advent-2017)', () => {
  it('reads the [root] table and takes checksums from [metadata]', async () => {
    const g = await graphOf(fixture('rust-advent-2017-v1'));
    expect(g.importers).toEqual([
      {
        path: '.',
        name: 'advent-2017',
        version: '0.1.0',
        purl: 'pkg:cargo/advent-2017@0.1.0',
        manifest: 'Cargo.toml',
      },
    ]);
    expect(g.nodes.map((n) => [n.purl, n.hashes?.[0]?.value, n.location?.line])).toEqual([
      ['pkg:cargo/nom@2.2.1', 'cf51a729ecf40266a2368ad335a5fdde43471f545a967109cd62146ecf8b66ff', 8],
    ]);
    expect(g.edges).toEqual([
      {
        from: 'importer:.',
        to: 'nom 2.2.1 (registry+https://github.com/rust-lang/crates.io-index)',
        kind: 'prod',
      },
    ]);
  });
});

describe('bad Cargo.lock', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function scanFiles(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'steward-cargo-'));
    dirs.push(dir);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    const r = await scan(dir, { plugins: [cargoLockPlugin], analyzers: [] });
    return { failures: r.status.failures, names: r.components.map((c) => c.name) };
  }
  const pkg = (name: string, extra = '') => `[[package]]\nname = "${name}"\nversion = "1.0.0"\n${extra}\n`;

  it('reports a TOML syntax error at its line', async () => {
    const r = await scanFiles({ 'Cargo.lock': `version = 3\n\n[[package]]\nname = "a"\nversion = 1.0.0"\n` });
    expect(r.failures).toMatchObject([{ file: 'Cargo.lock', line: 5, reason: 'parse-error' }]);
  });

  it('refuses an unknown lockfile version at its line', async () => {
    const r = await scanFiles({ 'Cargo.lock': `# x\nversion = 9\n\n${pkg('a')}` });
    expect(r.failures).toMatchObject([{ file: 'Cargo.lock', line: 2, reason: 'unsupported-version' }]);
  });

  it('reports a package without a version and a dangling dependency, keeping the rest', async () => {
    const r = await scanFiles({
      'Cargo.lock': `version = 4\n\n${pkg('root', 'dependencies = ["a", "gone"]')}\n${pkg('a', 'source = "registry+https://github.com/rust-lang/crates.io-index"')}\n[[package]]\nname = "b"\n`,
    });
    expect(r.failures).toEqual([
      expect.objectContaining({ file: 'Cargo.lock', line: 3, reason: 'inconsistent' }),
      expect.objectContaining({
        file: 'Cargo.lock',
        line: 13,
        reason: 'parse-error',
        detail: 'package b has no version',
      }),
    ]);
    expect(r.names).toEqual(['a']);
  });

  it('names a broken Cargo.toml but still inventories the lockfile', async () => {
    const r = await scanFiles({
      'Cargo.toml': '[package]\nname = "root"\nversion = "1.0.0"\n[dependencies\n',
      'Cargo.lock': `version = 4\n\n${pkg('root', 'dependencies = ["a"]')}\n${pkg('a', 'source = "registry+https://github.com/rust-lang/crates.io-index"')}`,
    });
    expect(r.failures).toMatchObject([{ file: 'Cargo.toml', line: 4, reason: 'parse-error' }]);
    expect(r.names).toEqual(['a']);
  });

  it('does not claim lockfiles in target/ or vendored crates', () => {
    const tree = { hasFile: () => false, hasDir: () => false };
    expect(cargoLockPlugin.claims('target/debug/Cargo.lock', tree)).toBe(false);
    expect(cargoLockPlugin.claims('vendor/foo/Cargo.lock', tree)).toBe(false);
    expect(cargoLockPlugin.claims('tools/x/Cargo.lock', tree)).toBe(true);
  });
});
