// `steward arch` and the arch analyzer inside `steward scan`, end to end through the built CLI,
// over the real lockfile fixtures with a real LoongArch addon written from its sparse image.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { writeImage } from '../../arch/binary/__fixtures__/sparse.js';

const run = promisify(execFile);
const bin = new URL('../../../bin/steward.js', import.meta.url).pathname;
const fixture = (name: string) =>
  new URL(`../../analyze/arch/__fixtures__/${name}`, import.meta.url).pathname;

async function steward(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-arch-cli-'));
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

describe('steward arch', () => {
  it('--format json: target, project verdict, components with purl/verdict/reason, binaries with path/format/arch', async () => {
    const dir = copy('current');
    mkdirSync(join(dir, 'node_modules/@rollup/rollup-linux-loong64-gnu'), { recursive: true });
    writeImage(
      'rollup__rollup-linux-loong64-gnu',
      join(dir, 'node_modules/@rollup/rollup-linux-loong64-gnu/rollup.node'),
    );
    const r = await steward(['arch', dir, '-f', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      target: string;
      verdict: string;
      components: { purl: string; verdict: string; reason: string }[];
      binaries: { path: string; format: string; arch: string; world?: string; glibc?: string }[];
    };
    expect(doc.target).toBe('loong64');
    expect(doc.verdict).toBe('ready');
    expect(doc.components.find((c) => c.purl === 'pkg:npm/esbuild@0.28.2')).toMatchObject({
      verdict: 'ready',
      reason: 'arch/pure',
    });
    expect(doc.binaries).toEqual([
      expect.objectContaining({
        path: 'node_modules/@rollup/rollup-linux-loong64-gnu/rollup.node',
        format: 'elf',
        arch: 'loong64',
        glibc: '2.36',
        world: 'new',
      }),
    ]);
  });

  it('old esbuild and rollup: exit 1, remedies in English and Chinese', async () => {
    const dir = copy('old');
    const en = await steward(['arch', dir]);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Architecture readiness for loong64: blocked');
    expect(en.stdout).toContain('Upgrade esbuild to 0.14.53 or later');
    const zh = await steward(['arch', dir, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('loong64 架构就绪情况：受阻');
    expect(zh.stdout).toContain('将 esbuild 升级到 0.14.53 或更高版本');
    const json = JSON.parse((await steward(['arch', dir, '-f', 'json'])).stdout) as {
      components: { name: string; findings: { remediation: Record<string, string> }[] }[];
    };
    const rem = json.components.find((c) => c.name === 'rollup')!.findings[0]!.remediation;
    expect(rem.en).toContain('@rollup/wasm-node');
    expect(rem['zh-CN']).toContain('@rollup/wasm-node');
  });

  it('several targets at once, and an unknown target is a usage error', async () => {
    const dir = copy('old');
    const r = await steward(['arch', dir, '--target', 'arm64', '--target', 'loong64', '-f', 'json']);
    const docs = JSON.parse(r.stdout) as { target: string; verdict: string }[];
    expect(docs.map((d) => [d.target, d.verdict])).toEqual([
      ['arm64', 'ready'],
      ['loong64', 'blocked'],
    ]);
    expect((await steward(['arch', dir, '--target', 'sparc'])).code).toBe(2);
  });
});

describe('steward arch --network', () => {
  it('asks the given registry (here a local server with the real esbuild metadata) for the first riscv64 version', async () => {
    const body = readFileSync(new URL('../../arch/__fixtures__/registry-esbuild.json', import.meta.url));
    const server = createServer((req, res) =>
      req.url === '/esbuild' ? res.writeHead(200).end(body) : res.writeHead(404).end('{}'),
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const dir = copy('old');
      const offline = await steward(['arch', dir, '--target', 'riscv64', '--registry', registry]);
      expect(offline.stdout).not.toContain('0.14.21');
      const online = await steward(['arch', dir, '--target', 'riscv64', '--network', '--registry', registry]);
      expect(online.stdout).toContain('Upgrade esbuild to 0.14.21 or later');
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});

describe('steward scan with the arch analyzer', () => {
  it('reports the loong64 findings as diagnostics', async () => {
    const r = await steward(['scan', copy('old'), '-f', 'json']);
    const doc = JSON.parse(r.stdout) as {
      diagnostics: { code: string; component?: string; severity: string }[];
    };
    const arch = doc.diagnostics.filter((d) => d.code.startsWith('arch/'));
    expect(
      arch
        .filter((d) => d.code === 'arch/no-platform-package')
        .map((d) => d.component)
        .sort(),
    ).toEqual(['pkg:npm/esbuild@0.14.10', 'pkg:npm/rollup@4.20.0']);
    expect(arch.some((d) => d.code === 'arch/verdict')).toBe(true);
    // Advice inside a general scan: warnings, not errors.
    expect(arch.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leaves out what --exclude leaves out', async () => {
    const dir = copy('current');
    mkdirSync(join(dir, 'tools'), { recursive: true });
    writeImage('esbuild__linux-x64', join(dir, 'tools/helper'));
    const codes = async (args: string[]) =>
      (
        JSON.parse((await steward(['scan', dir, '-f', 'json', ...args])).stdout) as {
          diagnostics: { code: string }[];
        }
      ).diagnostics.map((d) => d.code);
    expect(await codes([])).toContain('arch/foreign-binary');
    expect(await codes(['--exclude', 'tools'])).not.toContain('arch/foreign-binary');
  });
});
