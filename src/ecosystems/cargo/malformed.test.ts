// Hand-written bad Cargo.toml files without a lockfile: each must fail with the file and line,
// and the rest of the scan (other declarations, other members, other projects) must go on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { cargoLockPlugin, cargoTomlPlugin } from './index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scanFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-cargo-toml-'));
  dirs.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  const r = await scan(dir, { plugins: [cargoLockPlugin, cargoTomlPlugin], analyzers: [] });
  return { failures: r.status.failures, names: r.components.map((c) => c.name).sort() };
}

const pkg = (name: string, deps = '') =>
  `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n${deps}`;

describe('bad Cargo.toml without a lockfile', () => {
  it('reports a TOML syntax error at its line; another project still scans', async () => {
    const r = await scanFiles({
      'bad/Cargo.toml': pkg('bad', 'serde = "1"\nregex = "1\nlog = "0.4"\n'),
      'good/Cargo.toml': pkg('good', 'log = "0.4"\n'),
    });
    expect(r.failures).toMatchObject([
      { file: 'bad/Cargo.toml', line: 8, reason: 'parse-error', plugin: 'cargo/cargo-toml' },
    ]);
    expect(r.names).toEqual(['log']);
  });

  it('reports a dependency that is neither a version nor a table, and keeps the others', async () => {
    const r = await scanFiles({ 'Cargo.toml': pkg('a', 'serde = "1"\nregex = 1\nlog = "0.4"\n') });
    expect(r.failures).toEqual([
      {
        file: 'Cargo.toml',
        line: 8,
        plugin: 'cargo/cargo-toml',
        reason: 'parse-error',
        detail: 'dependency regex is neither a version string nor a table',
      },
    ]);
    expect(r.names).toEqual(['log', 'serde']);
  });

  it('reports workspace = true for a dependency the workspace does not declare', async () => {
    const r = await scanFiles({
      'Cargo.toml': '[workspace]\nmembers = ["a"]\n\n[workspace.dependencies]\nlog = "0.4"\n',
      'a/Cargo.toml': pkg('a', 'log.workspace = true\n\n[dev-dependencies.serde]\nworkspace = true\n'),
    });
    expect(r.failures).toMatchObject([
      {
        file: 'a/Cargo.toml',
        line: 9, // the [dev-dependencies.serde] header
        reason: 'inconsistent',
        detail: 'serde has workspace = true but is not in [workspace.dependencies]',
      },
    ]);
    expect(r.names).toEqual(['log']);
  });

  it('names a broken member and still reports the other members', async () => {
    const r = await scanFiles({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'crates/a/Cargo.toml': pkg('a', 'log = "0.4"\n'),
      'crates/b/Cargo.toml': '[package]\nname = "b"\nversion = \n',
    });
    expect(r.failures).toMatchObject([
      { file: 'crates/b/Cargo.toml', line: 3, reason: 'parse-error', plugin: 'cargo/cargo-toml' },
      { file: 'crates/b/Cargo.toml', line: 3, reason: 'parse-error', plugin: 'cargo/cargo-toml' },
    ]);
    expect(r.names).toEqual(['log']);
  });
});
