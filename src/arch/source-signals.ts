// Source-level signs of architecture-specific code, from the files the native walk noted: node-gyp
// addons, Go assembly, Go versions and cgo, Rust target_arch code, Dockerfiles tied to one
// architecture and configuration pointing at old-world LoongArch mirrors. Reads heads of text
// files only, through util/fs.
import { posix } from 'node:path';
import { FileError } from '../core/plugin.js';
import { readHeadUnderSync } from '../util/fs.js';
import { compareDotted } from './binary/read-elf.js';
import { OLD_WORLD_MIRROR } from './facts.js';
import type { Target } from './targets.js';
import type { ArchFinding } from './types.js';
import { owner } from './walk-native.js';

const HEAD = 256 * 1024;
const MAX_TEXT_FILES = 5000;
const GO_ARCHES = [
  'amd64',
  'arm64',
  '386',
  'arm',
  'loong64',
  'riscv64',
  'ppc64',
  'ppc64le',
  's390x',
  'mips64',
  'mips64le',
  'wasm',
];
const INSTALLED = /(^|\/)(node_modules|site-packages|target)\//;

export interface SignalResult {
  findings: ArchFinding[];
  /** node-gyp addons: owning npm package (or undefined for the project) and the binding.gyp path. */
  gyp: { owner?: string; file: string }[];
  skipped: { path: string; detail: string }[];
}

export function sourceSignals(root: string, files: string[], target: Target): SignalResult {
  const res: SignalResult = { findings: [], gyp: [], skipped: [] };
  let budget = MAX_TEXT_FILES;
  const read = (file: string): string | undefined => {
    if (budget-- <= 0) {
      if (budget === -1)
        res.skipped.push({
          path: file,
          detail: `more than ${MAX_TEXT_FILES} source files; the rest were not read`,
        });
      return undefined;
    }
    try {
      return new TextDecoder().decode(readHeadUnderSync(root, file, HEAD).bytes);
    } catch (err) {
      res.skipped.push({
        path: file,
        detail: err instanceof FileError ? (err.detail ?? err.reason) : String(err),
      });
      return undefined;
    }
  };
  const base = (f: string) => posix.basename(f);
  for (const f of files.filter((x) => base(x) === 'binding.gyp')) res.gyp.push({ file: f, ...owner(f) });
  goAssembly(files, target, res);
  const own = files.filter((f) => !INSTALLED.test(f));
  for (const f of own.filter((x) => base(x) === 'go.mod')) goVersion(f, read(f), target, res);
  cgo(
    own.filter((f) => f.endsWith('.go') && !f.includes('vendor/')),
    read,
    target,
    res,
  );
  for (const f of own.filter((x) => x.endsWith('.rs'))) rust(f, read(f), target, res);
  for (const f of own.filter((x) => /(^|\/)(Dockerfile[^/]*|Containerfile|[^/]*\.dockerfile)$/.test(x)))
    docker(f, read(f), target, res);
  if (target.name === 'loong64')
    for (const f of own.filter((x) => /(\.list|\.repo|\.npmrc|pip\.conf|Dockerfile[^/]*)$/.test(x)))
      mirrors(f, read(f), res);
  return res;
}

function goAssembly(files: string[], target: Target, res: SignalResult): void {
  const dirs = new Map<string, Set<string>>();
  const fallback = new Set<string>();
  for (const f of files) {
    const dir = posix.dirname(f);
    const m = /_([a-z0-9]+)\.s$/.exec(f);
    if (m && GO_ARCHES.includes(m[1]!)) dirs.set(dir, (dirs.get(dir) ?? new Set()).add(m[1]!));
    if (/(generic|noasm|purego|fallback)[^/]*\.go$/.test(f) || f.endsWith(`_${target.goarch}.go`))
      fallback.add(dir);
  }
  for (const [dir, arches] of dirs) {
    if (arches.has(target.goarch)) continue;
    res.findings.push({
      code: 'arch/go-assembly',
      verdict: fallback.has(dir) ? 'source' : 'port',
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
}

function goVersion(file: string, text: string | undefined, target: Target, res: SignalResult): void {
  const m = text && /^go\s+(\d+\.\d+)/m.exec(text);
  if (!m || !target.minGo || compareDotted(m[1]!, target.minGo) >= 0) return;
  res.findings.push({
    code: 'arch/go-version',
    verdict: 'source',
    params: { file, version: m[1]!, target: target.name, min: target.minGo },
    file,
    remedies: ['ui.arch.remedy.go-version'],
  });
}

function cgo(
  files: string[],
  read: (f: string) => string | undefined,
  target: Target,
  res: SignalResult,
): void {
  const dirs = new Set<string>();
  for (const f of files) {
    const dir = posix.dirname(f);
    if (dirs.has(dir)) continue;
    const text = read(f);
    if (!text || !/^import\s+(?:"C"|\([^)]*"C"[^)]*\))/m.test(text)) continue;
    dirs.add(dir);
    res.findings.push({
      code: 'arch/cgo',
      verdict: 'source',
      params: { file: f, target: target.name },
      file: f,
      remedies: ['ui.arch.remedy.cgo'],
    });
  }
}

function rust(file: string, text: string | undefined, target: Target, res: SignalResult): void {
  if (!text) return;
  const arches = new Set([...text.matchAll(/target_arch\s*=\s*"(\w+)"/g)].map((m) => m[1]!));
  if (arches.size === 0 || arches.has(target.rustArch)) return;
  const fallback = /not\s*\(\s*(any\s*\()?\s*target_arch/.test(text);
  res.findings.push({
    code: 'arch/rust-target-arch',
    verdict: fallback ? 'source' : 'port',
    params: { file, arches: [...arches].sort().join(', '), target: target.name, rustArch: target.rustArch },
    file,
    remedies: ['ui.arch.remedy.rust'],
  });
}

function docker(file: string, text: string | undefined, target: Target, res: SignalResult): void {
  if (!text) return;
  const other = ['amd64', 'x86_64', 'arm64', 'aarch64', 'riscv64', 'loong64', 'loongarch64'].filter(
    (a) => a !== target.goarch && !target.aliases.includes(a),
  );
  const archWord = new RegExp(`(?:^|[^a-z0-9])(${other.join('|')})(?:[^a-z0-9]|$)`, 'i');
  text.split('\n').forEach((line, i) => {
    let detail: string | undefined;
    const from = /^\s*FROM\s+(.*)$/i.exec(line);
    const platform = from && /--platform=(\S+)/.exec(from[1]!);
    if (
      platform &&
      !platform[1]!.includes('$') &&
      !platform[1]!.endsWith(`/${target.name}`) &&
      !platform[1]!.endsWith(`/${target.goarch}`)
    )
      detail = `FROM pins --platform=${platform[1]}`;
    else if (from && archWord.test(from[1]!.replace(/--platform=\S+/, '')))
      detail = `base image ${from[1]!.trim()} is single-architecture`;
    else if (
      /\b(curl|wget|ADD)\b/.test(line) &&
      /https?:\/\//.test(line) &&
      archWord.test(line) &&
      !/\$\{?(TARGETARCH|ARCH|arch)/.test(line)
    )
      detail = 'downloads a build for one architecture';
    if (detail)
      res.findings.push({
        code: 'arch/docker-single-arch',
        verdict: 'port',
        params: { file, line: i + 1, detail, target: target.name },
        file,
        remedies: ['ui.arch.remedy.docker'],
      });
  });
}

function mirrors(file: string, text: string | undefined, res: SignalResult): void {
  if (!text) return;
  text.split('\n').forEach((line, i) => {
    const m = OLD_WORLD_MIRROR.exec(line);
    if (m && !line.trimStart().startsWith('#'))
      res.findings.push({
        code: 'arch/old-world-mirror',
        verdict: 'port',
        params: { file, line: i + 1, detail: m[0] },
        file,
        remedies: ['ui.arch.remedy.mirror'],
      });
  });
}
