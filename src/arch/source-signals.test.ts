// Source-level signals over small constructed trees (file names and the few lines that matter).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSignals } from './source-signals.js';
import { findTarget } from './targets.js';
import { walkNative } from './walk-native.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-arch-src-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

function signals(files: Record<string, string>, target = 'loong64') {
  const root = tree(files);
  return sourceSignals(root, walkNative(root).signals, findTarget(target)!).findings;
}

describe('Go', () => {
  it('assembly for amd64 and arm64 with no loong64 file and no fallback: port', () => {
    const f = signals({
      'crypto/sum_amd64.s': '',
      'crypto/sum_arm64.s': '',
      'crypto/sum.go': 'package crypto',
    });
    expect(f).toMatchObject([
      { code: 'arch/go-assembly', verdict: 'port', params: { file: 'crypto', arches: 'amd64, arm64' } },
    ]);
  });

  it('a pure-Go fallback built for the target settles it; so do a loong64 file and another target', () => {
    const fallback = { 'a/x_amd64.s': '', 'a/x_generic.go': '//go:build !amd64\n\npackage a\n' };
    expect(signals(fallback)).toEqual([]);
    // A file named "generic" that is not built for the target is no fallback.
    expect(
      signals({ 'a/x_amd64.s': '', 'a/x_generic.go': '//go:build amd64 && !purego\n\npackage a\n' }),
    ).toMatchObject([{ code: 'arch/go-assembly', verdict: 'port' }]);
    expect(signals({ 'a/x_amd64.s': '', 'a/x_loong64.s': '', 'a/x.go': 'package a' })).toEqual([]);
    expect(signals({ 'a/x_amd64.s': '', 'a/x.go': 'package a' }, 'x64')).toEqual([]);
  });

  it('assembly for other systems, gccgo-only assembly and .s files with no Go code are not judged', () => {
    expect(
      signals({
        'u/asm_darwin_amd64.s': '',
        'u/asm_bsd_arm64.s': '//go:build (darwin || freebsd || netbsd || openbsd) && gc\n',
        'u/gccgo_x86.s': '//go:build gccgo && amd64\n',
        'u/u.go': 'package u',
        'c/memcpy_amd64.s': '',
      }),
    ).toEqual([]);
  });

  it('the go directive is a minimum, not judged; a toolchain directive older than 1.19 is', () => {
    expect(signals({ 'go.mod': 'module example.com/m\n\ngo 1.17\n' })).toEqual([]);
    expect(signals({ 'go.mod': 'module example.com/m\n\ngo 1.17\ntoolchain go1.18.10\n' })).toMatchObject([
      { code: 'arch/go-version', params: { version: '1.18', min: '1.19', where: 'toolchain go1.18' } },
    ]);
    expect(signals({ 'go.mod': 'module m\n\ngo 1.21\ntoolchain go1.22.1\n' })).toEqual([]);
    expect(signals({ 'go.mod': 'module m\n\ngo 1.17\ntoolchain go1.18\n' }, 'arm64')).toEqual([]);
  });

  it('cgo in the project, once per package directory, not in files the build ignores', () => {
    const f = signals({
      'db/a.go': 'package db\n\n// #include <sqlite3.h>\nimport "C"\n',
      'db/b.go': 'package db\n\nimport (\n\t"fmt"\n\t"C"\n)\n',
      'web/c.go': 'package web\n\nimport "net/http"\n',
      'gen/types.go': '//go:build ignore\n\npackage gen\n\nimport "C"\n',
      'win/w_windows.go': 'package win\n\nimport "C"\n',
    });
    expect(f.map((x) => [x.code, x.file])).toEqual([['arch/cgo', 'db/a.go']]);
  });
});

describe('Rust', () => {
  it('a crate with code for x86_64 and aarch64 only needs porting; a not(...) or cfg_if! else fallback builds', () => {
    expect(
      signals({
        'src/simd.rs': '#[cfg(target_arch = "x86_64")]\nmod x;\n#[cfg(target_arch = "aarch64")]\nmod a;\n',
      }),
    ).toMatchObject([
      { code: 'arch/rust-target-arch', verdict: 'port', params: { arches: 'aarch64, x86_64', crate: 'src' } },
    ]);
    expect(
      signals({
        'src/simd.rs':
          '#[cfg(target_arch = "x86_64")]\nmod x;\n#[cfg(not(target_arch = "x86_64"))]\nmod portable;\n',
      }),
    ).toEqual([]);
    expect(
      signals({
        'src/p.rs':
          'cfg_if::cfg_if! {\n  if #[cfg(target_arch = "x86_64")] {\n    mod x;\n  } else {\n    mod p;\n  }\n}\n',
      }),
    ).toEqual([]);
    expect(signals({ 'src/simd.rs': '#[cfg(target_arch = "loongarch64")]\nmod l;\n' })).toEqual([]);
  });

  it('compile_error! for other architectures is a port even though it sits behind not(...); comments and cfg!() do not count', () => {
    expect(
      signals({
        'Cargo.toml': '[package]\nname = "x"\n',
        'src/lib.rs':
          '#[cfg(not(any(target_arch = "x86", target_arch = "x86_64")))]\ncompile_error!("x86 only");\n',
      }),
    ).toMatchObject([
      { code: 'arch/rust-target-arch', verdict: 'port', params: { crate: '.', file: 'src/lib.rs' } },
    ]);
    expect(
      signals({
        'src/lib.rs': '// #[cfg(target_arch = "x86_64")]\nfn f() -> bool { cfg!(target_arch = "x86_64") }\n',
      }),
    ).toEqual([]);
  });
});

describe('Dockerfiles and mirrors', () => {
  it('a pinned amd64 platform, an amd64-only image and an amd64 download', () => {
    const f = signals({
      Dockerfile: [
        'FROM --platform=linux/amd64 node:20',
        'FROM amd64/debian:12',
        'FROM --platform=$BUILDPLATFORM golang:1.22',
        'RUN curl -fsSL https://example.org/tool-linux-amd64.tar.gz | tar xz',
        'RUN curl -fsSL https://example.org/tool-linux-${TARGETARCH}.tar.gz | tar xz',
      ].join('\n'),
    });
    expect(f.map((x) => x.params.line)).toEqual([1, 2, 4]);
  });

  it('continuation lines, lower-case names, x64 downloads, apt arch= sources and old golang images', () => {
    const f = signals({
      'deploy/dockerfile': [
        '# FROM --platform=linux/amd64 node:20',
        'FROM golang:1.17-bullseye AS build',
        'RUN curl -fsSLo node.tar.xz \\',
        '    https://nodejs.org/dist/v20.11.1/node-v20.11.1-linux-x64.tar.xz',
        'RUN echo "deb [arch=amd64] https://download.example.org/debian bookworm main" > /etc/apt/sources.list.d/x.list',
        'FROM --platform=linux/loong64 debian:trixie',
      ].join('\n'),
    });
    expect(f.map((x) => [x.code, x.params.line])).toEqual([
      ['arch/go-version', 2],
      ['arch/docker-single-arch', 3],
      ['arch/docker-single-arch', 5],
    ]);
    expect(f[0]!.params).toMatchObject({ version: '1.17', where: 'FROM golang:1.17-bullseye' });
  });

  it('a platform with a variant is read by its architecture part', () => {
    const text = { Dockerfile: 'FROM --platform=linux/arm64/v8 node:20-alpine\n' };
    expect(signals(text, 'arm64')).toEqual([]);
    expect(signals(text)).toMatchObject([{ params: { detail: 'FROM pins --platform=linux/arm64/v8' } }]);
  });

  it('old-world Loongnix sources for loong64 only', () => {
    const files = {
      'etc/apt/sources.list':
        'deb http://pkg.loongnix.cn/loongnix DaoXiangHu-stable main\n# deb http://old DaoXiangHu main\n',
    };
    expect(signals(files)).toMatchObject([{ code: 'arch/old-world-mirror', params: { line: 1 } }]);
    expect(signals(files, 'riscv64')).toEqual([]);
  });
});
