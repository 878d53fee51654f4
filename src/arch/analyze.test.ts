import { cpSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../pipeline/scan.js';
import { writeImage } from './binary/__fixtures__/sparse.js';
import { analyzeArch } from './analyze.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../analyze/arch/__fixtures__');

/** A copy of a lockfile project, with installed binaries written from the sparse images. */
function project(name: string, installed: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `steward-arch-${name}-`));
  cpSync(join(fixtures, name), dir, { recursive: true });
  for (const [path, image] of Object.entries(installed)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeImage(image, join(dir, path));
  }
  return dir;
}

async function analyse(dir: string, target = 'loong64') {
  const inv = await scan(dir, { analyzers: [] });
  return analyzeArch(dir, inv, { target });
}

const byName = (r: Awaited<ReturnType<typeof analyse>>, name: string) =>
  r.components.find((c) => c.name === name);

describe('per-platform npm packages from a real lockfile', () => {
  it('esbuild 0.28.2 and rollup 4.67.4 lock a loong64 build: ready', async () => {
    const r = await analyse(project('current'));
    expect(r.verdict).toBe('ready');
    expect(byName(r, 'esbuild')).toMatchObject({ verdict: 'ready', reason: 'arch/pure' });
    expect(byName(r, '@esbuild/linux-loong64')).toMatchObject({
      verdict: 'ready',
      reason: 'arch/platform-build',
    });
  });

  it('esbuild 0.14.10 and rollup 4.20.0 have no loong64 build: blocked, upgrade to the first version that has one', async () => {
    const r = await analyse(project('old'));
    expect(r.verdict).toBe('blocked');
    const esbuild = byName(r, 'esbuild')!;
    expect(esbuild).toMatchObject({ verdict: 'blocked', reason: 'arch/no-platform-package' });
    expect(esbuild.findings[0]!.params).toMatchObject({ version: '0.14.53', alt: 'esbuild-wasm' });
    expect(esbuild.findings[0]!.remedies).toEqual(['ui.arch.remedy.upgrade', 'ui.arch.remedy.wasm']);
    const rollup = byName(r, 'rollup')!;
    expect(rollup.findings[0]!.params).toMatchObject({ version: '4.28.1', alt: '@rollup/wasm-node' });
  });

  it('the same old lockfile is ready for arm64, which both packages published then', async () => {
    const r = await analyse(project('old'), 'arm64');
    expect(byName(r, 'esbuild')!.verdict).toBe('ready');
    expect(byName(r, 'rollup')!.verdict).toBe('ready');
  });

  it('for riscv64, rollup 4.20.0 is ready and esbuild 0.14.10 blocked with the generic remedies', async () => {
    const r = await analyse(project('old'), 'riscv64');
    expect(byName(r, 'rollup')!.verdict).toBe('ready');
    const esbuild = byName(r, 'esbuild')!;
    expect(esbuild.verdict).toBe('blocked');
    expect(esbuild.findings[0]!.remedies).toEqual(['ui.arch.remedy.no-variant', 'ui.arch.remedy.wasm']);
  });
});

describe('installed binaries', () => {
  it('lists the installed x64 platform builds without blaming them, and blames a lone x64 addon', async () => {
    const dir = project('current', {
      'node_modules/@esbuild/linux-x64/bin/esbuild': 'esbuild__linux-x64',
      'node_modules/@rollup/rollup-linux-x64-gnu/rollup.linux-x64-gnu.node': 'rollup__rollup-linux-x64-gnu',
      'node_modules/fast-thing/build/Release/fast.node': 'rollup__rollup-linux-x64-gnu',
    });
    const r = await analyse(dir);
    expect(r.binaries.map((b) => [b.path, b.format, b.arch.join()]).sort()).toEqual([
      ['node_modules/@esbuild/linux-x64/bin/esbuild', 'elf', 'x64'],
      ['node_modules/@rollup/rollup-linux-x64-gnu/rollup.linux-x64-gnu.node', 'elf', 'x64'],
      ['node_modules/fast-thing/build/Release/fast.node', 'elf', 'x64'],
    ]);
    expect(byName(r, 'fast-thing')).toMatchObject({ verdict: 'blocked', reason: 'arch/foreign-binary' });
    expect(byName(r, 'esbuild')!.verdict).toBe('ready');
    expect(r.verdict).toBe('blocked');
  });

  it('a loong64 new-world addon is ready; its glibc says new world', async () => {
    const dir = project('current', {
      'node_modules/fast-thing/prebuilds/linux-loong64/fast.node': 'rollup__rollup-linux-loong64-gnu',
    });
    const r = await analyse(dir);
    expect(byName(r, 'fast-thing')!.verdict).toBe('ready');
    expect(r.binaries[0]!.info.world).toBe('new');
  });

  it('reads JNI libraries inside a jar in place', async () => {
    const dir = project('current', { 'lib/jna-5.17.0.jar': 'jna-5.17.0-jar' });
    const r = await analyse(dir);
    expect(r.binaries.filter((b) => b.path === 'lib/jna-5.17.0.jar')).toHaveLength(26);
    expect(r.project).toEqual([]);
    const riscvLess = await analyse(dir, 'riscv64');
    expect(riscvLess.project).toEqual([]);
  });

  it('reads only the header of a huge (sparse, 8 GiB) binary', async () => {
    const dir = project('current', { 'node_modules/big/bin/big': 'esbuild__linux-loong64' });
    truncateSync(join(dir, 'node_modules/big/bin/big'), 8 * 1024 ** 3);
    const r = await analyse(dir);
    expect(r.binaries.find((b) => b.owner === 'big')?.arch).toEqual(['loong64']);
  });

  it('notes damaged binaries and carries on', async () => {
    const dir = project('current');
    mkdirSync(join(dir, 'node_modules/broken'), { recursive: true });
    writeFileSync(
      join(dir, 'node_modules/broken/addon.node'),
      Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00'),
    );
    writeFileSync(join(dir, 'node_modules/broken/tool'), Buffer.from('MZ this is text, not a program'));
    const r = await analyse(dir);
    expect(r.skipped.map((s) => s.path).sort()).toEqual([
      'node_modules/broken/addon.node',
      'node_modules/broken/tool',
    ]);
    expect(r.skipped[0]!.detail).toMatch(/truncated|outside/);
  });
});

describe('install-time native builds (real lockfile: bufferutil 4.0.9, better-sqlite3 11.10.0)', () => {
  it('prebuilt downloaders fall back to building from source', async () => {
    const r = await analyse(project('native'));
    expect(byName(r, 'better-sqlite3')).toMatchObject({
      verdict: 'source',
      reason: 'arch/prebuilt-download',
    });
    expect(byName(r, 'bufferutil')).toMatchObject({ verdict: 'source', reason: 'arch/prebuilt-download' });
    expect(r.verdict).toBe('source');
  });

  it('a downloader whose installed prebuilds include loong64 is ready', async () => {
    const dir = project('native', {
      'node_modules/bufferutil/prebuilds/linux-loong64/bufferutil.node': 'rollup__rollup-linux-loong64-gnu',
      'node_modules/bufferutil/prebuilds/linux-x64/bufferutil.node': 'rollup__rollup-linux-x64-gnu',
    });
    const r = await analyse(dir);
    expect(byName(r, 'bufferutil')!.verdict).toBe('ready');
    expect(byName(r, 'better-sqlite3')!.verdict).toBe('source');
  });

  it('an installed binding.gyp with no loong64 build is a source build', async () => {
    const dir = project('current');
    mkdirSync(join(dir, 'node_modules/gyp-addon'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/gyp-addon/binding.gyp'), '{ "targets": [] }');
    const r = await analyse(dir);
    expect(byName(r, 'gyp-addon')).toMatchObject({ verdict: 'source', reason: 'arch/node-gyp' });
  });
});
