#!/usr/bin/env node
// Regenerates the real-binary fixtures: fetches each package with `npm pack`, runs Steward's own
// header readers (from dist/, so run `npm run build` first) over its binary while recording every
// byte range they touch, and keeps only those ranges plus the first 4 KiB. The result is a sparse
// image (<name>.sparse.json: size, source package@version, sha256 of the original, kept chunks);
// tests read it with the gaps as zeros, so offsets are those of the real file.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { readBinary } = await import(join(here, '../../../../dist/arch/binary/read-binary.js'));
const { readZipNatives } = await import(join(here, '../../../../dist/arch/binary/read-zip.js'));

const PACKAGES = [
  ['@esbuild/linux-loong64@0.28.2', 'bin/esbuild'],
  ['@esbuild/linux-riscv64@0.28.2', 'bin/esbuild'],
  ['@esbuild/linux-arm64@0.28.2', 'bin/esbuild'],
  ['@esbuild/linux-x64@0.28.2', 'bin/esbuild'],
  ['@esbuild/win32-x64@0.28.2', 'esbuild.exe'],
  ['@esbuild/darwin-arm64@0.28.2', 'bin/esbuild'],
  ['@rollup/rollup-linux-loong64-gnu@4.67.4', 'rollup.linux-loong64-gnu.node'],
  ['@rollup/rollup-linux-riscv64-gnu@4.67.4', 'rollup.linux-riscv64-gnu.node'],
  ['@rollup/rollup-linux-arm64-gnu@4.67.4', 'rollup.linux-arm64-gnu.node'],
  ['@rollup/rollup-linux-x64-gnu@4.67.4', 'rollup.linux-x64-gnu.node'],
  ['@rollup/rollup-win32-x64-msvc@4.67.4', 'rollup.win32-x64-msvc.node'],
  ['@rollup/rollup-darwin-arm64@4.67.4', 'rollup.darwin-arm64.node'],
  // A dynamically linked LoongArch executable (Rust): new-world interpreter, and a GLIBC_2.0 node
  // needed from libgcc_s.so.1 that must not make it look old-world.
  ['@dprint/linux-loong64-glibc@0.54.0', 'dprint'],
  // The musl build: its only version needs are libgcc_s's, GLIBC_2.0 among them.
  ['@dprint/linux-loong64-musl@0.54.0', 'dprint'],
];
// `node generate.mjs dprint` regenerates only the packages whose spec contains the argument.
const only = process.argv[2];
const HEAD = 4096;

function sparseImage(data, source, file, reader = readBinary) {
  const ranges = [[0, Math.min(HEAD, data.length)]];
  const recording = {
    size: data.length,
    read(offset, length) {
      ranges.push([offset, Math.min(data.length, offset + length)]);
      return data.subarray(offset, Math.min(data.length, offset + length));
    },
  };
  reader(recording);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return {
    source,
    file,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    chunks: merged.map(([a, b]) => [a, Buffer.from(data.subarray(a, b)).toString('base64')]),
  };
}

const work = mkdtempSync(join(tmpdir(), 'steward-arch-'));
for (const [spec, file] of PACKAGES) {
  if (only && !spec.includes(only)) continue;
  const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
  const dir = join(work, tgz.replace(/\.tgz$/, ''));
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('tar', ['xzf', join(work, tgz), '-C', dir]);
  const data = readFileSync(join(dir, 'package', file));
  const name = spec.replace(/^@/, '').replace(/@.*$/, '').replace('/', '__');
  writeFileSync(join(here, `${name}.sparse.json`), `${JSON.stringify(sparseImage(data, spec, file))}\n`);
}

if (only) process.exit(0);

// A dynamically linked x86-64 executable with a program interpreter: this machine's /usr/bin/true.
const pkg = execFileSync('dpkg-query', ['-W', '-f', '${Package}@${Version}', 'coreutils'], { encoding: 'utf8' });
writeFileSync(
  join(here, 'debian-coreutils-true.sparse.json'),
  `${JSON.stringify(sparseImage(readFileSync('/usr/bin/true'), `deb:${pkg}`, '/usr/bin/true'))}\n`,
);
// A static archive: glibc's libc_nonshared.a from this machine's libc6-dev (GNU ar, symbol table first).
const libc = execFileSync('dpkg-query', ['-W', '-f', '${Package}@${Version}', 'libc6-dev'], { encoding: 'utf8' });
writeFileSync(
  join(here, 'debian-libc-nonshared-a.sparse.json'),
  `${JSON.stringify(sparseImage(readFileSync('/usr/lib/x86_64-linux-gnu/libc_nonshared.a'), `deb:${libc}`, '/usr/lib/x86_64-linux-gnu/libc_nonshared.a'))}\n`,
);
console.log(readdirSync(here).filter((f) => f.endsWith('.sparse.json')).join('\n'));

// A JAR with JNI libraries for 28 platforms (linux-loongarch64 among them): JNA from Maven
// Central, taken from the local Maven repository when present.
const jar = `${process.env.HOME}/.m2/repository/net/java/dev/jna/jna/5.17.0/jna-5.17.0.jar`;
writeFileSync(
  join(here, 'jna-5.17.0-jar.sparse.json'),
  `${JSON.stringify(sparseImage(readFileSync(jar), 'maven:net.java.dev.jna/jna@5.17.0', 'jna-5.17.0.jar', readZipNatives))}\n`,
);
