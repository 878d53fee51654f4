// Go packages that may not build for the target: assembly for other architectures with no
// version and no pure-Go fallback for the target, packages that need cgo, and toolchains older
// than the target needs. Which files count is decided by Go's own build rules (go-build.ts), so
// BSD-only assembly, `ignore`d generators and gccgo-only files do not raise findings.
import { posix } from 'node:path';
import { compareDotted } from './binary/read-elf.js';
import { buildsFor, LINUX_ARCHES, readGoHeader, type GoHeader } from './go-build.js';
import type { Target } from './targets.js';
import type { ArchFinding } from './types.js';

export type ReadText = (file: string) => string | undefined;

/** Assembly directories: per Go package, the Linux architectures its `.s` files are built for. */
export function goAssembly(files: string[], read: ReadText, target: Target): ArchFinding[] {
  const dirs = new Map<string, { asm: string[]; go: string[] }>();
  for (const f of files) {
    const kind = f.endsWith('.s') ? 'asm' : f.endsWith('.go') && !f.endsWith('_test.go') ? 'go' : undefined;
    if (!kind) continue;
    const dir = posix.dirname(f);
    const d = dirs.get(dir) ?? { asm: [], go: [] };
    d[kind].push(f);
    dirs.set(dir, d);
  }
  const out: ArchFinding[] = [];
  const header = (f: string): GoHeader => readGoHeader(read(f) ?? '');
  for (const [dir, d] of dirs) {
    // A directory of .s files and no Go code is not a Go package (C projects have .s files too).
    if (!d.asm.length || !d.go.length) continue;
    const arches = new Set<string>();
    for (const f of d.asm) {
      const h = header(f);
      for (const a of LINUX_ARCHES) if (buildsFor(posix.basename(f), h, a)) arches.add(a);
    }
    if (arches.size === 0 || arches.has(target.goarch)) continue;
    if (d.go.some((f) => isFallback(posix.basename(f), header(f), target.goarch, arches))) continue;
    out.push({
      code: 'arch/go-assembly',
      verdict: 'port',
      params: {
        file: dir,
        arches: [...arches].sort().join(', '),
        target: target.name,
        goarch: target.goarch,
      },
      file: dir,
      remedies: ['ui.arch.remedy.go-asm'],
    });
  }
  return out;
}

/**
 * A Go file built for the target and for none of the architectures that have assembly: the
 * target's own code or the pure-Go fallback (cpu_loong64.go, `//go:build !amd64 && !arm64`).
 */
function isFallback(name: string, h: GoHeader, goarch: string, asmArches: Set<string>): boolean {
  return buildsFor(name, h, goarch) && [...asmArches].every((a) => !buildsFor(name, h, a));
}

/** Packages that import "C" in a file built for the target: they need a C toolchain there. */
export function goCgo(files: string[], read: ReadText, target: Target): ArchFinding[] {
  const dirs = new Set<string>();
  const out: ArchFinding[] = [];
  for (const f of files) {
    if (!f.endsWith('.go') || f.endsWith('_test.go')) continue;
    const dir = posix.dirname(f);
    if (dirs.has(dir)) continue;
    const text = read(f);
    if (!text) continue;
    const h = readGoHeader(text);
    if (!h.cgo || !buildsFor(posix.basename(f), h, target.goarch)) continue;
    dirs.add(dir);
    out.push({
      code: 'arch/cgo',
      verdict: 'source',
      params: { file: f, target: target.name },
      file: f,
      remedies: ['ui.arch.remedy.cgo'],
    });
  }
  return out;
}

/**
 * A go.mod `toolchain` directive older than the target needs. The `go` directive is only the
 * oldest language version the module accepts: a newer toolchain builds it, so it is not judged.
 */
export function goToolchain(file: string, text: string | undefined, target: Target): ArchFinding[] {
  const m = text && /^toolchain\s+go(\d+\.\d+)/m.exec(text);
  return m ? goTooOld(file, m[1]!, `toolchain go${m[1]}`, target) : [];
}

export function goTooOld(
  file: string,
  version: string,
  where: string,
  target: Target,
  line?: number,
): ArchFinding[] {
  if (!target.minGo || compareDotted(version, target.minGo) >= 0) return [];
  return [
    {
      code: 'arch/go-version',
      verdict: 'port',
      params: { file, version, where, target: target.name, min: target.minGo, ...(line ? { line } : {}) },
      file,
      remedies: ['ui.arch.remedy.go-version'],
    },
  ];
}
