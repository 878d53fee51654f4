#!/usr/bin/env node
// Real source files for the architecture checks, taken from Debian bookworm packages
// (`apt-get download` + `dpkg-deb -x`) and from npm (`npm pack`), with only what the checks read:
// Go and Go-assembly files are cut after their import block (build constraints, package clause,
// imports incl. `import "C"`), Rust files are kept whole when they mention target_arch or cfg_if,
// Dockerfiles and dist-info files whole. SOURCES.md records where each directory came from.
// Run from anywhere: node src/arch/__fixtures__/real-sources/generate.mjs
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'steward-arch-real-'));
const sources = [];

const DEBS = {
  'golang-golang-x-sys-dev': '0.3.0-1',
  'golang-github-klauspost-cpuid-dev': '2.2.3-1',
  'librust-memchr-dev': '2.5.0-1',
  'librust-cpufeatures-dev': '0.2.4-1',
  'librust-cpuid-bool-dev': '0.1.2-4',
  'librust-blake3-dev': '1.3.1-1',
  'librust-crc32fast-dev': '1.3.2-2',
  'golang-github-openshift-imagebuilder-dev': '1.2.3+ds1-2',
  'python3-yaml': '6.0-3+b2',
  'python3-cryptography': '38.0.4-3+deb12u1',
  'python3-attr': '22.2.0-1',
};

function deb(name) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  execFileSync('apt-get', ['download', `${name}=${DEBS[name]}`], { cwd: dir, stdio: 'ignore' });
  const file = readdirSync(dir).find((f) => f.endsWith('.deb'));
  execFileSync('dpkg-deb', ['-x', file, 'x'], { cwd: dir });
  return join(dir, 'x');
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** A Go or Go-assembly file up to the end of its import block (or its first TEXT line). */
function goHead(text, asm) {
  const lines = text.split('\n');
  const out = [];
  let inImport = false;
  let sawPackage = false;
  for (const line of lines) {
    if (asm && /^TEXT\b/.test(line)) break;
    if (!asm && sawPackage && !inImport && /^(func|type|var|const)\b/.test(line)) break;
    out.push(line);
    if (/^package\s/.test(line)) sawPackage = true;
    if (/^import\s*\($/.test(line)) inImport = true;
    else if (inImport && /^\)/.test(line)) inImport = false;
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function copyGo(from, to, keep = () => true) {
  for (const f of walk(from)) {
    const rel = relative(from, f);
    if (!/\.(go|s)$/.test(f) || f.endsWith('_test.go') || rel.includes('testdata/') || !keep(rel)) continue;
    mkdirSync(dirname(join(to, rel)), { recursive: true });
    writeFileSync(join(to, rel), goHead(readFileSync(f, 'utf8'), f.endsWith('.s')));
  }
  if (existsSync(join(from, 'go.mod'))) cpSync(join(from, 'go.mod'), join(to, 'go.mod'));
}

function copyCrate(from, to) {
  cpSync(join(from, 'Cargo.toml'), join(to, 'Cargo.toml'));
  for (const f of walk(from)) {
    if (!f.endsWith('.rs')) continue;
    const text = readFileSync(f, 'utf8');
    if (!/target_arch|cfg_if/.test(text)) continue;
    mkdirSync(dirname(join(to, relative(from, f))), { recursive: true });
    writeFileSync(join(to, relative(from, f)), text);
  }
}

const out = (p) => join(here, p);
rmSync(out('go'), { recursive: true, force: true });
rmSync(out('rust'), { recursive: true, force: true });
rmSync(out('docker'), { recursive: true, force: true });
rmSync(out('python'), { recursive: true, force: true });

// Go: golang.org/x/sys (which supports loong64) and klauspost/cpuid (assembly for 386, amd64 and
// arm64, with a pure-Go detect_ref.go for every other architecture).
const gocode = (pkg) => join(deb(pkg), 'usr/share/gocode/src');
const xsys = join(gocode('golang-golang-x-sys-dev'), 'golang.org/x/sys');
copyGo(xsys, out('go/x-sys'), (rel) => /^(cpu|unix)\//.test(rel));
sources.push(`go/x-sys: golang-golang-x-sys-dev ${DEBS['golang-golang-x-sys-dev']}, golang.org/x/sys cpu/ and unix/`);
const cpuid = join(gocode('golang-github-klauspost-cpuid-dev'), 'github.com/klauspost/cpuid/v2');
copyGo(cpuid, out('go/cpuid'), (rel) => !rel.includes('/'));
sources.push(
  `go/cpuid: golang-github-klauspost-cpuid-dev ${DEBS['golang-github-klauspost-cpuid-dev']}, github.com/klauspost/cpuid/v2 (top-level files)`,
);

// Rust: crates as Debian ships them under /usr/share/cargo/registry.
for (const [pkg, crate] of [
  ['librust-memchr-dev', 'memchr-2.5.0'],
  ['librust-cpufeatures-dev', 'cpufeatures-0.2.4'],
  ['librust-cpuid-bool-dev', 'cpuid-bool-0.1.2'],
  ['librust-blake3-dev', 'blake3-1.3.1'],
  ['librust-crc32fast-dev', 'crc32fast-1.3.2'],
]) {
  copyCrate(join(deb(pkg), 'usr/share/cargo/registry', crate), out(`rust/${crate}`));
  sources.push(`rust/${crate}: ${pkg} ${DEBS[pkg]}, /usr/share/cargo/registry/${crate} (Cargo.toml, .rs files naming target_arch or cfg_if)`);
}

// Dockerfiles: the real-project Dockerfiles openshift/imagebuilder keeps as parser test files,
// and the two bcrypt publishes on npm.
const tf = join(
  gocode('golang-github-openshift-imagebuilder-dev'),
  'github.com/openshift/imagebuilder/dockerfile/parser/testfiles',
);
for (const d of readdirSync(tf)) {
  const f = join(tf, d, 'Dockerfile');
  if (!existsSync(f) || !statSync(f).isFile()) continue;
  mkdirSync(out(`docker/imagebuilder/${d}`), { recursive: true });
  cpSync(f, out(`docker/imagebuilder/${d}/Dockerfile`));
}
sources.push(
  `docker/imagebuilder: golang-github-openshift-imagebuilder-dev ${DEBS['golang-github-openshift-imagebuilder-dev']}, dockerfile/parser/testfiles/*/Dockerfile`,
);
const npmDir = join(work, 'npm');
mkdirSync(npmDir);
execFileSync('npm', ['pack', 'bcrypt@6.0.0', '--silent'], { cwd: npmDir, stdio: 'ignore' });
execFileSync('tar', ['xzf', 'bcrypt-6.0.0.tgz'], { cwd: npmDir });
mkdirSync(out('docker/bcrypt'), { recursive: true });
for (const f of ['Dockerfile', 'Dockerfile-alpine']) cpSync(join(npmDir, 'package', f), out(`docker/bcrypt/${f}`));
sources.push('docker/bcrypt: npm pack bcrypt@6.0.0, Dockerfile and Dockerfile-alpine');

// Python: dist-info directories of Debian's amd64 builds (WHEEL tags linux_x86_64) and of a pure
// package (py3-none-any), as they sit in dist-packages.
const site = out('python/usr/lib/python3/dist-packages');
for (const pkg of ['python3-yaml', 'python3-cryptography', 'python3-attr']) {
  const dp = join(deb(pkg), 'usr/lib/python3/dist-packages');
  for (const d of readdirSync(dp).filter((x) => x.endsWith('.dist-info'))) {
    mkdirSync(join(site, d), { recursive: true });
    for (const f of ['WHEEL', 'RECORD']) if (existsSync(join(dp, d, f))) cpSync(join(dp, d, f), join(site, d, f));
    sources.push(`python/.../${d}: ${pkg} ${DEBS[pkg]}, WHEEL and RECORD`);
  }
}

writeFileSync(
  out('SOURCES.md'),
  `# Where these files come from\n\nWritten by generate.mjs (Debian bookworm packages, npm).\n\n${sources.map((s) => `- ${s}`).join('\n')}\n`,
);
rmSync(work, { recursive: true, force: true });
