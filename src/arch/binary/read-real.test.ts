import { describe, expect, it } from 'vitest';
import { imageSource } from './__fixtures__/sparse.js';
import { readBinary } from './read-binary.js';
import { loongWorld } from './read-elf.js';

// Expected values cross-checked with binutils `readelf -h -l -V` and `file` on the original files.
describe('header readers on real binaries from npm packages', () => {
  const cases: [string, Record<string, unknown>][] = [
    [
      'esbuild__linux-loong64',
      {
        format: 'elf',
        arch: ['loong64'],
        bits: 64,
        endian: 'little',
        machine: 258,
        kind: 'exec',
        flags: 0x43,
      },
    ],
    ['esbuild__linux-riscv64', { format: 'elf', arch: ['riscv64'], bits: 64, machine: 243, kind: 'exec' }],
    ['esbuild__linux-arm64', { format: 'elf', arch: ['arm64'], bits: 64, machine: 183 }],
    ['esbuild__linux-x64', { format: 'elf', arch: ['x64'], bits: 64, machine: 62 }],
    ['esbuild__win32-x64', { format: 'pe', arch: ['x64'], bits: 64, machine: 0x8664, kind: 'exec' }],
    ['esbuild__darwin-arm64', { format: 'macho', arch: ['arm64'], bits: 64, kind: 'exec' }],
    [
      'rollup__rollup-linux-loong64-gnu',
      { format: 'elf', arch: ['loong64'], kind: 'dyn', flags: 0x43, glibc: '2.36', world: 'new' },
    ],
    [
      'rollup__rollup-linux-riscv64-gnu',
      { format: 'elf', arch: ['riscv64'], kind: 'dyn', flags: 0x5, glibc: '2.34' },
    ],
    ['rollup__rollup-linux-arm64-gnu', { format: 'elf', arch: ['arm64'], kind: 'dyn' }],
    ['rollup__rollup-linux-x64-gnu', { format: 'elf', arch: ['x64'], kind: 'dyn' }],
    ['rollup__rollup-win32-x64-msvc', { format: 'pe', arch: ['x64'], kind: 'dll', bits: 64 }],
    ['rollup__rollup-darwin-arm64', { format: 'macho', arch: ['arm64'], kind: 'dylib' }],
    [
      'debian-libc-nonshared-a',
      { format: 'ar', arch: ['x64'], member: 'at_quick_exit.oS', kind: 'rel', bits: 64 },
    ],
    ['debian-coreutils-true', { format: 'elf', arch: ['x64'], interpreter: '/lib64/ld-linux-x86-64.so.2' }],
    [
      'dprint__linux-loong64-glibc',
      {
        format: 'elf',
        arch: ['loong64'],
        kind: 'dyn',
        flags: 0x43,
        interpreter: '/lib64/ld-linux-loongarch-lp64d.so.1',
        glibc: '2.36',
        world: 'new',
      },
    ],
  ];
  for (const [name, expected] of cases)
    it(`${name}`, () => {
      const info = readBinary(imageSource(name));
      expect(info).toMatchObject(expected);
      expect(info?.notes).toBeUndefined();
    });

  it('decodes the LoongArch ABI flags: double float, object ABI v1', () => {
    expect(readBinary(imageSource('rollup__rollup-linux-loong64-gnu'))?.loongarch).toEqual({
      float: 'double',
      objectAbi: 1,
    });
  });

  it('leaves the world open for a static LoongArch executable (no interpreter, no glibc)', () => {
    const info = readBinary(imageSource('esbuild__linux-loong64'));
    expect(info?.interpreter).toBeUndefined();
    expect(info?.world).toBeUndefined();
  });

  it('tells LoongArch old world from new world by interpreter, then by glibc versions', () => {
    expect(loongWorld('/lib64/ld-linux-loongarch-lp64d.so.1', undefined)).toBe('new');
    expect(loongWorld('/lib64/ld.so.1', '2.36')).toBe('old');
    expect(loongWorld(undefined, '2.27')).toBe('old');
    expect(loongWorld(undefined, '2.36')).toBe('new');
    expect(loongWorld(undefined, undefined)).toBeUndefined();
  });

  it('dates a binary by glibc libraries only: GLIBC_2.0 needed from libgcc_s.so.1 is not old world', () => {
    // dprint 0.54.0 for musl needs nothing from glibc, only libgcc_s.so.1's GLIBC_2.0, GCC_3.0,
    // GCC_3.3 and GCC_4.2.0 (readelf -V); the glibc build needs GLIBC_2.36 from libc.so.6 too.
    const musl = readBinary(imageSource('dprint__linux-loong64-musl'));
    expect(musl).toMatchObject({ interpreter: '/lib/ld-musl-loongarch64.so.1', world: 'new' });
    expect(musl?.glibc).toBeUndefined();
  });

  it('reads an archive whose bytes arrive as views into a larger buffer (as Node pools small reads)', () => {
    const src = imageSource('debian-libc-nonshared-a');
    const pooled = (o: number, l: number) => {
      const pool = new Uint8Array(l + 100);
      pool.set(src.read(o, l), 37);
      return pool.subarray(37, 37 + l);
    };
    expect(readBinary({ size: src.size, read: pooled })).toMatchObject({ format: 'ar', arch: ['x64'] });
  });

  it('reads a tiny fraction of each file', () => {
    const src = imageSource('rollup__rollup-linux-loong64-gnu');
    let read = 0;
    readBinary({ size: src.size, read: (o, l) => ((read += l), src.read(o, l)) });
    expect(read).toBeLessThan(16 * 1024);
    expect(src.size).toBeGreaterThan(1_000_000);
  });
});
