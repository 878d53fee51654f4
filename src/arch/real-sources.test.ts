// The source and installed-package checks on real files: Go, Rust and Python packages from Debian
// bookworm and Dockerfiles from Debian and npm (see __fixtures__/real-sources/SOURCES.md). Each
// case states what a person porting to the target would find true of that code.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeImage } from './binary/__fixtures__/sparse.js';
import { analyzeArch } from './analyze.js';

const real = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__/real-sources');
const empty = { components: [], relationships: [] };
const arch = (dir: string, target = 'loong64') => analyzeArch(dir, empty, { target });
const codes = (dir: string, target?: string) =>
  arch(dir, target)
    .project.map((f) => [f.code, f.params.file ?? f.params.crate])
    .sort((a, b) => String(a).localeCompare(String(b)));

/** A copy of a fixture directory without the files `drop` matches. */
function copyWithout(from: string, drop: RegExp): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-arch-real-'));
  cpSync(from, dir, { recursive: true, filter: (src) => !drop.test(src.slice(from.length)) });
  return dir;
}

describe('Go: golang.org/x/sys 0.3.0 and klauspost/cpuid 2.2.3 (Debian)', () => {
  const xsys = join(real, 'go/x-sys');

  it('x/sys supports loong64: no finding for any target, though it has BSD assembly and ignored cgo generators', () => {
    // The traps are real: assembly for other systems and `//go:build ignore` files importing "C".
    expect(existsSync(join(xsys, 'unix/asm_bsd_arm64.s'))).toBe(true);
    expect(readFileSync(join(xsys, 'unix/linux/types.go'), 'utf8')).toMatch(
      /go:build ignore[\s\S]*import "C"/,
    );
    expect(readFileSync(join(xsys, 'go.mod'), 'utf8')).toMatch(/^go 1\.17$/m);
    for (const t of ['loong64', 'riscv64', 'arm64', 'x64']) expect(codes(xsys, t)).toEqual([]);
  });

  it('x/sys without its loong64 files (the layout before loong64 support) needs porting for loong64 only', () => {
    const old = copyWithout(xsys, /loong64/);
    expect(codes(old)).toEqual([
      ['arch/go-assembly', 'cpu'],
      ['arch/go-assembly', 'unix'],
    ]);
    expect(arch(old).verdict).toBe('port');
    expect(codes(old, 'riscv64')).toEqual([]);
  });

  it('cpuid: assembly for 386, amd64 and arm64 with a pure-Go detect_ref.go builds everywhere', () => {
    const cpuid = join(real, 'go/cpuid');
    expect(codes(cpuid)).toEqual([]);
    expect(codes(cpuid, 'riscv64')).toEqual([]);
    const noFallback = copyWithout(cpuid, /detect_ref\.go$/);
    expect(arch(noFallback).project).toMatchObject([
      { code: 'arch/go-assembly', verdict: 'port', params: { file: '.', arches: '386, amd64, arm64' } },
    ]);
  });
});

describe('Rust crates (Debian)', () => {
  const rust = join(real, 'rust');

  it('loong64: cpuid-bool refuses with compile_error!, cpufeatures 0.2.4 has no branch; memchr, blake3, crc32fast fall back', () => {
    expect(readFileSync(join(rust, 'cpufeatures-0.2.4/src/lib.rs'), 'utf8')).toContain('//compile_error!');
    const r = arch(rust);
    expect(r.project.map((f) => [f.params.crate, f.verdict, f.params.arches]).sort()).toEqual([
      ['cpufeatures-0.2.4', 'port', 'aarch64, x86, x86_64'],
      ['cpuid-bool-0.1.2', 'port', 'x86, x86_64'],
    ]);
  });

  it('arm64 keeps only cpuid-bool; x64 has nothing', () => {
    expect(arch(rust, 'arm64').project.map((f) => [f.params.crate, f.params.name])).toEqual([
      ['cpuid-bool-0.1.2', 'cpuid-bool'],
    ]);
    expect(arch(rust, 'x64').project).toEqual([]);
  });
});

describe('Dockerfiles (openshift/imagebuilder test files from Debian, bcrypt 6.0.0 from npm)', () => {
  const docker = join(real, 'docker');

  it('of 32 real Dockerfiles only influxdb downloads an amd64 build; commented-out arm images do not count', () => {
    expect(readFileSync(join(docker, 'bcrypt/Dockerfile'), 'utf8')).toContain('#ARG FROM_IMAGE=arm64v8/node');
    const r = arch(docker);
    expect(r.project.map((f) => [f.file, f.params.line, f.params.detail])).toEqual([
      ['imagebuilder/influxdb/Dockerfile', 4, 'downloads a build for one architecture'],
    ]);
    expect(arch(docker, 'x64').project).toEqual([]);
  });
});

describe('installed Python wheels (dist-info from Debian amd64 packages)', () => {
  const site = 'usr/lib/python3/dist-packages';

  it('cryptography and PyYAML (linux_x86_64) do not run on loong64; attrs (py3-none-any) does', () => {
    const r = arch(join(real, 'python'));
    const v = (n: string) => r.components.find((c) => c.name === n)?.verdict;
    expect(v('cryptography')).toBe('blocked');
    expect(v('pyyaml')).toBe('blocked');
    expect(r.components.find((c) => c.name === 'attrs')).toBeUndefined();
    expect(r.components.find((c) => c.name === 'pyyaml')!.findings[0]).toMatchObject({
      code: 'arch/foreign-wheel',
      params: { file: `${site}/PyYAML-6.0.dist-info`, arches: 'x86_64' },
      remedies: ['ui.arch.remedy.reinstall-wheel'],
    });
    expect(arch(join(real, 'python'), 'x64').verdict).toBe('ready');
  });

  it("a wheel's own binaries are listed but not blamed twice; a stray binary still is", () => {
    const dir = mkdtempSync(join(tmpdir(), 'steward-arch-py-'));
    cpSync(join(real, 'python'), dir, { recursive: true });
    const record = readFileSync(join(dir, site, 'PyYAML-6.0.dist-info/RECORD'), 'utf8');
    const so = /^(yaml\/_yaml[^,]*\.so),/m.exec(record)![1]!;
    mkdirSync(join(dir, site, 'yaml'), { recursive: true });
    writeImage('rollup__rollup-linux-x64-gnu', join(dir, site, so));
    mkdirSync(join(dir, site, 'stray'), { recursive: true });
    writeImage('rollup__rollup-linux-x64-gnu', join(dir, site, 'stray/native.so'));
    const r = arch(dir);
    expect(r.binaries.map((b) => b.path).sort()).toEqual([`${site}/stray/native.so`, `${site}/${so}`]);
    expect(r.project.map((f) => [f.code, f.params.path])).toEqual([
      ['arch/foreign-binary', `${site}/stray/native.so`],
    ]);
    rmSync(dir, { recursive: true, force: true });
  });
});
