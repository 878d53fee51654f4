// Hand-crafted damaged headers: each must give a HeaderError (a note), never a crash or a huge read.
import { describe, expect, it } from 'vitest';
import { imageSource } from './__fixtures__/sparse.js';
import { readBinary } from './read-binary.js';
import { HeaderError, memorySource, type RangeSource } from './source.js';
import { sniff } from './sniff.js';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

function headOf(name: string, n: number): Uint8Array {
  const src = imageSource(name);
  return src.read(0, n);
}

describe('malformed and truncated headers', () => {
  it('ELF magic with nothing behind it', () => {
    expect(() => readBinary(memorySource(bytes([0x7f], 'ELF', [2, 1, 1])))).toThrow(HeaderError);
  });

  it('ELF with an unknown class byte', () => {
    const b = new Uint8Array(64);
    b.set(bytes([0x7f], 'ELF', [9, 1, 1]));
    expect(() => readBinary(memorySource(b))).toThrow(/unknown ELF class/);
  });

  it('a real ELF header cut after 100 bytes keeps machine facts and notes the missing program headers', () => {
    const head = headOf('rollup__rollup-linux-loong64-gnu', 100);
    const info = readBinary(memorySource(head));
    expect(info?.arch).toEqual(['loong64']);
    expect(info?.notes?.[0]).toMatch(/program headers/);
  });

  it('a real ELF truncated after 4 KiB: machine known, glibc versions noted as out of reach', () => {
    const info = readBinary(memorySource(headOf('rollup__rollup-linux-loong64-gnu', 4096)));
    expect(info?.arch).toEqual(['loong64']);
    expect(info?.glibc).toBeUndefined();
    expect(info?.notes?.length).toBe(1);
  });

  it('program header count pointing past the end of the file', () => {
    const b = headOf('esbuild__linux-x64', 64).slice();
    new DataView(b.buffer).setUint16(56, 0xffff, true);
    expect(readBinary(memorySource(b))?.notes?.[0]).toMatch(/outside the file/);
  });

  it('MZ without a PE signature (a DOS program or a text file starting with MZ)', () => {
    const b = new Uint8Array(128);
    b.set(bytes('MZ'));
    new DataView(b.buffer).setUint32(0x3c, 64, true);
    expect(() => readBinary(memorySource(b))).toThrow(/PE signature/);
  });

  it('PE pointer beyond the file', () => {
    const b = new Uint8Array(64);
    b.set(bytes('MZ'));
    new DataView(b.buffer).setUint32(0x3c, 0x7fffffff, true);
    expect(() => readBinary(memorySource(b))).toThrow(HeaderError);
  });

  it('a Java class file is not taken for a universal Mach-O', () => {
    expect(sniff(bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61]))).toBeUndefined();
    expect(sniff(bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]))).toBe('macho');
  });

  it('fat header whose slice table is cut short', () => {
    expect(() =>
      readBinary(memorySource(bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2], new Array(10).fill(0)))),
    ).toThrow(HeaderError);
  });

  it('ar archive with a damaged member header', () => {
    expect(() => readBinary(memorySource(bytes('!<arch>\n', 'x'.repeat(60))))).toThrow(/bad member header/);
  });

  it('ar archive whose first object is a real ELF object head', () => {
    const obj = headOf('rollup__rollup-linux-riscv64-gnu', 64).slice();
    new DataView(obj.buffer).setUint16(16, 1, true); // ET_REL, as in a .o
    new DataView(obj.buffer).setBigUint64(32, 0n, true); // no program headers
    const hdr = `${'x.o/'.padEnd(16)}${'0'.padEnd(12)}${'0'.padEnd(6)}${'0'.padEnd(6)}${'644'.padEnd(8)}${String(obj.length).padEnd(10)}\`\n`;
    const info = readBinary(memorySource(bytes('!<arch>\n', hdr, [...obj])));
    expect(info).toMatchObject({ format: 'ar', arch: ['riscv64'], member: 'x.o', kind: 'rel' });
  });

  it('never reads more than the budget, even from a huge file claiming huge tables', () => {
    let read = 0;
    const real = headOf('rollup__rollup-linux-loong64-gnu', 64).slice();
    const huge: RangeSource = {
      size: 2 ** 40,
      read: (o, l) => {
        read += l;
        const out = new Uint8Array(l);
        if (o === 0) out.set(real.subarray(0, Math.min(l, 64)));
        return out;
      },
    };
    new DataView(real.buffer).setUint16(56, 0xffff, true);
    expect(readBinary(huge)?.arch).toEqual(['loong64']);
    expect(read).toBeLessThan(600 * 1024);
  });

  it('text and unknown bytes are not binaries', () => {
    expect(sniff(bytes('#!/usr/bin/env node\n'))).toBeUndefined();
    expect(sniff(bytes('PK'))).toBeUndefined();
  });
});
