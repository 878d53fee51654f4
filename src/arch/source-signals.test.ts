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

  it('a generic fallback makes it a source build; a loong64 file makes it fine', () => {
    expect(signals({ 'a/x_amd64.s': '', 'a/x_generic.go': '' })[0]).toMatchObject({ verdict: 'source' });
    expect(signals({ 'a/x_amd64.s': '', 'a/x_loong64.s': '' })).toEqual([]);
    expect(signals({ 'a/x_amd64.s': '' }, 'x64')).toEqual([]);
  });

  it('go directive older than 1.19 for loong64, not for arm64', () => {
    expect(signals({ 'go.mod': 'module example.com/m\n\ngo 1.17\n' })).toMatchObject([
      { code: 'arch/go-version', params: { version: '1.17', min: '1.19' } },
    ]);
    expect(signals({ 'go.mod': 'module example.com/m\n\ngo 1.21\n' })).toEqual([]);
    expect(signals({ 'go.mod': 'module example.com/m\n\ngo 1.17\n' }, 'arm64')).toEqual([]);
  });

  it('cgo in the project, once per package directory', () => {
    const f = signals({
      'db/a.go': 'package db\n\n// #include <sqlite3.h>\nimport "C"\n',
      'db/b.go': 'package db\n\nimport (\n\t"fmt"\n\t"C"\n)\n',
      'web/c.go': 'package web\n\nimport "net/http"\n',
    });
    expect(f.map((x) => [x.code, x.file])).toEqual([['arch/cgo', 'db/a.go']]);
  });
});

describe('Rust', () => {
  it('target_arch code for x86_64 and aarch64 only: port; with a not(...) fallback: source', () => {
    expect(
      signals({
        'src/simd.rs': '#[cfg(target_arch = "x86_64")]\nmod x;\n#[cfg(target_arch = "aarch64")]\nmod a;\n',
      }),
    ).toMatchObject([
      { code: 'arch/rust-target-arch', verdict: 'port', params: { arches: 'aarch64, x86_64' } },
    ]);
    expect(
      signals({
        'src/simd.rs':
          '#[cfg(target_arch = "x86_64")]\nmod x;\n#[cfg(not(target_arch = "x86_64"))]\nmod portable;\n',
      })[0],
    ).toMatchObject({ verdict: 'source' });
    expect(signals({ 'src/simd.rs': '#[cfg(target_arch = "loongarch64")]\nmod l;\n' })).toEqual([]);
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

  it('old-world Loongnix sources for loong64 only', () => {
    const files = {
      'etc/apt/sources.list':
        'deb http://pkg.loongnix.cn/loongnix DaoXiangHu-stable main\n# deb http://old DaoXiangHu main\n',
    };
    expect(signals(files)).toMatchObject([{ code: 'arch/old-world-mirror', params: { line: 1 } }]);
    expect(signals(files, 'riscv64')).toEqual([]);
  });
});
