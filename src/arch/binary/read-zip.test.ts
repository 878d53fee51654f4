import { describe, expect, it } from 'vitest';
import { imageSource } from './__fixtures__/sparse.js';
import { readZipNatives } from './read-zip.js';
import { HeaderError, memorySource } from './source.js';

// JNA 5.17.0 ships jnidispatch for 28 platforms; names and machines cross-checked with `unzip -l`
// and `readelf -h` / `file` on the extracted libraries.
describe('native libraries inside a real JAR (JNA 5.17.0)', () => {
  const members = readZipNatives(imageSource('jna-5.17.0-jar'));
  const archOf = (dir: string) => members.find((m) => m.name.includes(`/${dir}/`))?.info?.arch;

  it('lists every JNI library from the central directory', () => {
    expect(members).toHaveLength(28);
  });

  it('reads each library header from the first block of its deflated entry', () => {
    expect(archOf('linux-loongarch64')).toEqual(['loong64']);
    expect(archOf('linux-riscv64')).toEqual(['riscv64']);
    expect(archOf('linux-aarch64')).toEqual(['arm64']);
    expect(archOf('linux-x86-64')).toEqual(['x64']);
    expect(archOf('linux-x86')).toEqual(['ia32']);
    expect(archOf('linux-s390x')).toEqual(['s390x']);
    expect(archOf('linux-mips64el')).toEqual(['mips64']);
    expect(archOf('win32-aarch64')).toEqual(['arm64']);
    expect(archOf('darwin-aarch64')).toEqual(['arm64']);
    expect(archOf('darwin-x86-64')).toEqual(['x64']);
  });

  it('keeps LoongArch ABI flags of the jar member', () => {
    const m = members.find((x) => x.name.includes('linux-loongarch64'));
    expect(m?.info?.loongarch?.float).toBe('double');
  });

  it('notes, rather than fails on, the AIX big-archive members it cannot read', () => {
    expect(members.find((m) => m.name.includes('aix-ppc64'))?.note).toBeDefined();
  });
});

describe('malformed zips', () => {
  it('no end record', () => {
    expect(() => readZipNatives(memorySource(new Uint8Array(100)))).toThrow(HeaderError);
  });

  it('central directory offset past the end', () => {
    const eocd = new Uint8Array(22);
    const v = new DataView(eocd.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(10, 1, true);
    v.setUint32(12, 46, true);
    v.setUint32(16, 999_999, true);
    expect(() => readZipNatives(memorySource(eocd))).toThrow(/outside the file/);
  });

  it('a member whose deflate data is garbage gets a note', () => {
    const name = new TextEncoder().encode('lib/x.so');
    const garbage = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    const local = new Uint8Array(30 + name.length + garbage.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(garbage, 30 + name.length);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, garbage.length, true);
    cv.setUint16(28, name.length, true);
    cd.set(name, 46);
    const end = new Uint8Array(22);
    const ev = new DataView(end.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(10, 1, true);
    ev.setUint32(12, cd.length, true);
    ev.setUint32(16, local.length, true);
    const zip = new Uint8Array([...local, ...cd, ...end]);
    expect(readZipNatives(memorySource(zip))).toEqual([{ name: 'lib/x.so', note: expect.any(String) }]);
  });
});
