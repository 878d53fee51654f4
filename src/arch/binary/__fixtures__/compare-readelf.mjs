#!/usr/bin/env node
// Cross-check of the ELF reader against binutils readelf on the machine's own binaries: machine,
// program interpreter and the highest GLIBC version needed (.gnu.version_r), file by file.
// Usage: node compare-readelf.mjs [DIR …] (default /usr/bin /usr/lib/x86_64-linux-gnu); needs a build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../../../../dist');
const { openRangeUnderSync } = await import(join(dist, 'util/fs.js'));
const { readBinary } = await import(join(dist, 'arch/binary/read-binary.js'));
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['/usr/bin', '/usr/lib/x86_64-linux-gnu'];
const MACHINE = { 'Advanced Micro Devices X86-64': 'x64', AArch64: 'arm64', LoongArch: 'loong64', 'RISC-V': 'riscv64', 'Intel 80386': 'ia32' };
let compared = 0;
const differ = [];
for (const d of dirs)
  for (const f of readdirSync(d)) {
    const st = statSync(join(d, f), { throwIfNoEntry: false });
    if (!st?.isFile() || st.size < 64) continue;
    const r = openRangeUnderSync(d, f);
    let info;
    try {
      info = readBinary(r);
    } catch {
      info = undefined;
    } finally {
      r.close();
    }
    if (info?.format !== 'elf') continue;
    let out;
    try {
      out = execFileSync('readelf', ['-hlVW', join(d, f)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue;
    }
    compared++;
    const machine = MACHINE[/Machine:\s+(.+)/.exec(out)?.[1]?.trim()];
    const interp = /Requesting program interpreter: ([^\]]+)\]/.exec(out)?.[1];
    const needs = out.split('Version needs section')[1] ?? '';
    const glibc = [...new Set([...needs.matchAll(/Name: GLIBC_([0-9.]+)/g)].map((m) => m[1]))]
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
      .at(-1);
    if (machine !== info.arch[0] || interp !== info.interpreter || glibc !== info.glibc)
      differ.push({ file: join(d, f), readelf: { machine, interp, glibc }, steward: info });
  }
console.log(JSON.stringify({ compared, agree: compared - differ.length, differ: differ.slice(0, 10) }, null, 1));
