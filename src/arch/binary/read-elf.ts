// ELF headers: machine, class, byte order, flags, the program interpreter and the glibc versions
// a binary needs. It reads the file header, the program headers and, through PT_DYNAMIC, the
// version-needed records: a few small ranges, never the file.
import { Bounded, cString, HeaderError, type RangeSource } from './source.js';
import { elfArch } from './machines.js';
import type { BinaryInfo } from './types.js';

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT_NULL = 0;
const DT_STRTAB = 5;
const DT_STRSZ = 10;
const DT_VERNEED = 0x6ffffffe;
const DT_VERNEEDNUM = 0x6fffffff;
const EM_LOONGARCH = 258;
const MAX_PHDRS = 256;
const MAX_VERNEED = 64;
const KINDS: Record<number, string> = { 1: 'rel', 2: 'exec', 3: 'dyn', 4: 'core' };

interface Header {
  bits: 32 | 64;
  le: boolean;
  type: number;
  machine: number;
  flags: number;
  phoff: number;
  phentsize: number;
  phnum: number;
}

interface Phdr {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
}

export function readElf(src: RangeSource): BinaryInfo {
  const io = new Bounded(src);
  const h = readHeader(io);
  const info: BinaryInfo = {
    format: 'elf',
    arch: [elfArch(h.machine, h.bits)],
    bits: h.bits,
    endian: h.le ? 'little' : 'big',
    machine: h.machine,
    kind: KINDS[h.type] ?? `type-${h.type}`,
    flags: h.flags,
  };
  if (h.machine === EM_LOONGARCH) info.loongarch = loongFlags(h.flags);
  const notes: string[] = [];
  let glibcMin: string | undefined;
  try {
    const phdrs = readPhdrs(io, h);
    const interp = phdrs.find((p) => p.type === PT_INTERP);
    if (interp)
      info.interpreter = cString(io.bytes(interp.offset, Math.min(interp.filesz, 512), 'PT_INTERP'), 0);
    const dyn = phdrs.find((p) => p.type === PT_DYNAMIC);
    if (dyn) {
      const versions = neededVersions(
        io,
        h,
        dyn,
        phdrs.filter((p) => p.type === PT_LOAD),
      );
      // Only glibc's own libraries count: libgcc_s defines a GLIBC_2.0 node of its own, which a
      // new-world library linking it (e.g. Rust's dprint 0.54.0 for loong64) also needs.
      const glibc = versions
        .filter((v) => GLIBC_LIBRARY.test(v.file) && v.name.startsWith('GLIBC_'))
        .map((v) => v.name.slice(6));
      if (glibc.length) {
        glibc.sort(compareDotted);
        info.glibc = glibc[glibc.length - 1]!;
        glibcMin = glibc[0];
      }
    }
  } catch (err) {
    if (!(err instanceof HeaderError)) throw err;
    notes.push(err.message);
  }
  if (h.machine === EM_LOONGARCH) {
    const world = loongWorld(info.interpreter, glibcMin);
    if (world) info.world = world;
  }
  if (notes.length) info.notes = notes;
  return info;
}

function readHeader(io: Bounded): Header {
  if (io.size < 52) throw new HeaderError('ELF header is truncated');
  const id = io.bytes(0, 16, 'ELF identification');
  if (id.getUint32(0) !== 0x7f454c46) throw new HeaderError('not an ELF file');
  const cls = id.getUint8(4);
  const data = id.getUint8(5);
  if (cls !== 1 && cls !== 2) throw new HeaderError(`unknown ELF class ${cls}`);
  if (data !== 1 && data !== 2) throw new HeaderError(`unknown ELF byte order ${data}`);
  const bits = cls === 2 ? 64 : 32;
  const le = data === 1;
  const v = io.bytes(0, bits === 64 ? 64 : 52, 'ELF header');
  const u16 = (o: number) => v.getUint16(o, le);
  const u32 = (o: number) => v.getUint32(o, le);
  const word = (o: number) => (bits === 64 ? Number(v.getBigUint64(o, le)) : u32(o));
  const fo = bits === 64 ? 0 : -12; // field offsets after e_entry shrink by 12 in ELF32
  return {
    bits,
    le,
    type: u16(16),
    machine: u16(18),
    phoff: word(bits === 64 ? 32 : 28),
    flags: u32(48 + fo),
    phentsize: u16(54 + fo),
    phnum: u16(56 + fo),
  };
}

function readPhdrs(io: Bounded, h: Header): Phdr[] {
  if (h.phnum === 0 || h.phoff === 0) return [];
  const size = h.bits === 64 ? 56 : 32;
  if (h.phentsize < size) throw new HeaderError(`program header entry size ${h.phentsize} is too small`);
  const count = Math.min(h.phnum, MAX_PHDRS);
  const v = io.bytes(h.phoff, count * h.phentsize, 'program headers');
  const out: Phdr[] = [];
  for (let i = 0; i < count; i++) {
    const b = i * h.phentsize;
    if (h.bits === 64)
      out.push({
        type: v.getUint32(b, h.le),
        offset: Number(v.getBigUint64(b + 8, h.le)),
        vaddr: Number(v.getBigUint64(b + 16, h.le)),
        filesz: Number(v.getBigUint64(b + 32, h.le)),
      });
    else
      out.push({
        type: v.getUint32(b, h.le),
        offset: v.getUint32(b + 4, h.le),
        vaddr: v.getUint32(b + 8, h.le),
        filesz: v.getUint32(b + 16, h.le),
      });
  }
  return out;
}

/** glibc's libraries (libc.so.6, libm.so.6, ld-linux-*.so.*, …), whose GLIBC_ versions date a binary. */
const GLIBC_LIBRARY =
  /^(?:libc|libm|libmvec|libpthread|libdl|librt|libresolv|libutil|libanl|libnsl|libBrokenLocale|libthread_db|ld-linux[\w.-]*|ld[\w-]*)\.so(?:\.|$)/;

/**
 * Version names from DT_VERNEED (GLIBC_2.36, GCC_3.0, …) with the library each is needed from,
 * resolved through the loaded segments.
 */
function neededVersions(io: Bounded, h: Header, dyn: Phdr, loads: Phdr[]): { file: string; name: string }[] {
  const entry = h.bits === 64 ? 16 : 8;
  const n = Math.min(Math.floor(dyn.filesz / entry), 512);
  const v = io.bytes(dyn.offset, n * entry, 'PT_DYNAMIC');
  const tags = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const tag = h.bits === 64 ? Number(v.getBigInt64(i * 16, h.le)) : v.getInt32(i * 8, h.le);
    const val = h.bits === 64 ? Number(v.getBigUint64(i * 16 + 8, h.le)) : v.getUint32(i * 8 + 4, h.le);
    if (tag === DT_NULL) break;
    if (!tags.has(tag)) tags.set(tag, val);
  }
  const verneed = tags.get(DT_VERNEED);
  const strtab = tags.get(DT_STRTAB);
  if (verneed === undefined || strtab === undefined) return [];
  const strOff = toOffset(strtab, loads);
  const strSize = tags.get(DT_STRSZ) ?? 0;
  let off = toOffset(verneed, loads);
  const names: { file: string; name: string }[] = [];
  const name = (idx: number) => {
    if (idx >= strSize) throw new HeaderError('version name lies outside the string table');
    return cString(io.bytes(strOff + idx, Math.min(64, strSize - idx), 'version name'), 0);
  };
  for (let i = 0; i < Math.min(tags.get(DT_VERNEEDNUM) ?? 1, MAX_VERNEED); i++) {
    const vn = io.bytes(off, 16, 'version-needed entry');
    const cnt = vn.getUint16(2, h.le);
    const file = name(vn.getUint32(4, h.le));
    let aux = off + vn.getUint32(8, h.le);
    for (let j = 0; j < Math.min(cnt, MAX_VERNEED); j++) {
      const a = io.bytes(aux, 16, 'version-needed aux entry');
      names.push({ file, name: name(a.getUint32(8, h.le)) });
      const next = a.getUint32(12, h.le);
      if (next === 0) break;
      aux += next;
    }
    const next = vn.getUint32(12, h.le);
    if (next === 0) break;
    off += next;
  }
  return names;
}

function toOffset(vaddr: number, loads: Phdr[]): number {
  for (const p of loads)
    if (vaddr >= p.vaddr && vaddr < p.vaddr + p.filesz) return p.offset + (vaddr - p.vaddr);
  throw new HeaderError(`address 0x${vaddr.toString(16)} is in no loaded segment`);
}

/**
 * Old world (ABI1.0) or new world (ABI2.0) for a LoongArch binary. The interpreter decides when
 * there is one (new world: /lib64/ld-linux-loongarch-lp64d.so.1 and its lp64s/lp64f siblings, and
 * musl's /lib/ld-musl-loongarch64.so.1; old world: /lib64/ld.so.1). Otherwise glibc: the port was
 * merged in glibc 2.36, so new-world symbol versions start there, while old-world binaries need
 * GLIBC_2.27-era versions.
 */
export function loongWorld(
  interpreter: string | undefined,
  glibcMin: string | undefined,
): 'old' | 'new' | undefined {
  if (interpreter) {
    if (/\/ld-linux-loongarch-lp64[dfs]\.so\.1$/.test(interpreter)) return 'new';
    // musl was ported to LoongArch after the new-world ABI was settled: there is no old-world musl.
    if (/\/ld-musl-loongarch64[\w-]*\.so\.1$/.test(interpreter)) return 'new';
    if (interpreter.endsWith('/ld.so.1')) return 'old';
  }
  if (glibcMin) return compareDotted(glibcMin, '2.36') < 0 ? 'old' : 'new';
  return undefined;
}

function loongFlags(flags: number): NonNullable<BinaryInfo['loongarch']> {
  const abi = flags & 0x7;
  const obj = (flags & 0xc0) >> 6;
  return {
    float: abi === 1 ? 'soft' : abi === 2 ? 'single' : abi === 3 ? 'double' : 'unknown',
    objectAbi: obj === 0 ? 0 : obj === 1 ? 1 : 'unknown',
  };
}

export function compareDotted(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
