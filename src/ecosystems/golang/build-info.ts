// Reads the build information the Go linker embeds in executables (Go 1.18 and later): the
// 32-byte header starting `\xff Go buildinf:`, then the Go version and the module list as
// length-prefixed strings. The section is found through the ELF section table when there is one,
// otherwise by scanning for the 16-byte-aligned header. Pure functions over bytes: no I/O here.

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const FLAG_INLINE_STRINGS = 2;

export interface BuildInfo {
  goVersion: string;
  /** The modinfo text (`path`, `mod`, `dep`, `=>`, `build` lines); empty when built without modules. */
  modinfo: string;
}

export type BuildInfoResult =
  { kind: 'found'; info: BuildInfo } | { kind: 'none' } | { kind: 'old-format' } | { kind: 'truncated' };

export function isExecutable(b: Uint8Array): boolean {
  if (b.length < 4) return false;
  const m = (b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!;
  return (
    m === 0x7f454c46 || // ELF
    (b[0] === 0x4d && b[1] === 0x5a) || // PE (MZ)
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(m >>> 0) // Mach-O
  );
}

/** Offset of the .go.buildinfo section in an ELF file, or undefined. */
function elfBuildInfoOffset(buf: Buffer): number | 'truncated' | undefined {
  if (buf.length < 4 || buf.readUInt32BE(0) !== 0x7f454c46) return undefined;
  if (buf.length < 64) return 'truncated';
  const is64 = buf[4] === 2;
  const le = buf[5] === 1;
  const u16 = (o: number) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o: number) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const word = (o: number) => (is64 ? Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o)) : u32(o));
  const shoff = word(is64 ? 0x28 : 0x20);
  const shentsize = u16(is64 ? 0x3a : 0x2e);
  const shnum = u16(is64 ? 0x3c : 0x30);
  const shstrndx = u16(is64 ? 0x3e : 0x32);
  if (shoff + shnum * shentsize > buf.length) return 'truncated';
  if (!shoff || shstrndx >= shnum) return undefined;
  const section = (i: number) => {
    const o = shoff + i * shentsize;
    return { name: u32(o), type: u32(o + 4), offset: word(o + (is64 ? 0x18 : 0x10)) };
  };
  const NOBITS = 8;
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    if (s.type !== NOBITS && s.offset > buf.length) return 'truncated';
  }
  const strtab = section(shstrndx).offset;
  for (let i = 0; i < shnum; i++) {
    const s = section(i);
    const start = strtab + s.name;
    if (buf.toString('latin1', start, start + 14) === '.go.buildinfo' + '\0') return s.offset;
  }
  return undefined;
}

function readVarint(buf: Buffer, at: number): [value: number, next: number] | undefined {
  let value = 0;
  let shift = 0;
  for (let i = at; i < buf.length && shift < 35; i++) {
    const b = buf[i]!;
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, i + 1];
    shift += 7;
  }
  return undefined;
}

function readString(buf: Buffer, at: number): [string, number] | undefined {
  const v = readVarint(buf, at);
  if (!v || v[1] + v[0] > buf.length) return undefined;
  return [buf.toString('utf8', v[1], v[1] + v[0]), v[1] + v[0]];
}

/** The modinfo string is wrapped in 16-byte sentinels; strip them as the go command does. */
function stripSentinels(s: string): string {
  return s.length >= 33 && s[s.length - 17] === '\n' ? s.slice(16, -16) : s;
}

function parseAt(buf: Buffer, at: number): BuildInfoResult | undefined {
  if (at + 32 > buf.length || !buf.subarray(at, at + 14).equals(MAGIC)) return undefined;
  const ptrSize = buf[at + 14]!;
  const flags = buf[at + 15]!;
  if (ptrSize !== 4 && ptrSize !== 8) return undefined;
  if (!(flags & FLAG_INLINE_STRINGS)) return { kind: 'old-format' };
  const version = readString(buf, at + 32);
  if (!version || !version[0].startsWith('go')) return undefined;
  const modinfo = readString(buf, version[1]);
  if (!modinfo) return undefined;
  return { kind: 'found', info: { goVersion: version[0], modinfo: stripSentinels(modinfo[0]) } };
}

export function readBuildInfo(bytes: Uint8Array): BuildInfoResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const elf = elfBuildInfoOffset(buf);
  if (elf === 'truncated' || (elf !== undefined && elf + 32 > buf.length)) return { kind: 'truncated' };
  if (elf !== undefined) return parseAt(buf, elf) ?? { kind: 'none' };
  for (let at = buf.indexOf(MAGIC); at >= 0; at = buf.indexOf(MAGIC, at + 1)) {
    if (at % 16 !== 0) continue;
    const r = parseAt(buf, at);
    if (r) return r;
  }
  return { kind: 'none' };
}

export interface ModInfoModule {
  path: string;
  version: string;
  sum?: string;
  replacement?: { path: string; version: string; sum?: string };
  line: number;
}

export interface ModInfo {
  path?: string;
  main?: ModInfoModule;
  deps: ModInfoModule[];
  settings: Map<string, string>;
}

/** Parses the tab-separated modinfo lines. */
export function parseModInfo(text: string): ModInfo {
  const out: ModInfo = { deps: [], settings: new Map() };
  let last: ModInfoModule | undefined;
  text.split('\n').forEach((raw, i) => {
    const f = raw.split('\t');
    const mod = (): ModInfoModule => {
      const m: ModInfoModule = { path: f[1] ?? '', version: f[2] ?? '', line: i + 1 };
      if (f[3]) m.sum = f[3];
      return m;
    };
    if (f[0] === 'path') out.path = f[1];
    else if (f[0] === 'mod') last = out.main = mod();
    else if (f[0] === 'dep') out.deps.push((last = mod()));
    else if (f[0] === '=>' && last) {
      last.replacement = { path: f[1] ?? '', version: f[2] ?? '' };
      if (f[3]) last.replacement.sum = f[3];
    } else if (f[0] === 'build') {
      const eq = (f[1] ?? '').indexOf('=');
      if (eq > 0) out.settings.set(f[1]!.slice(0, eq), f[1]!.slice(eq + 1));
    }
  });
  return out;
}
