// PE/COFF headers (Windows .exe, .dll, .node, .pyd): the machine and whether it is a DLL, from the
// DOS stub's pointer and the COFF file header. Two small reads.
import { Bounded, HeaderError, type RangeSource } from './source.js';
import { PE_MACHINES } from './machines.js';
import type { BinaryInfo } from './types.js';

const IMAGE_FILE_DLL = 0x2000;

export function readPe(src: RangeSource): BinaryInfo {
  const io = new Bounded(src);
  const dos = io.bytes(0, 64, 'DOS header');
  if (dos.getUint16(0, true) !== 0x5a4d) throw new HeaderError('not a PE file');
  const peOff = dos.getUint32(0x3c, true);
  const v = io.bytes(peOff, 24 + 2, 'PE header');
  if (v.getUint32(0) !== 0x50450000) throw new HeaderError('missing PE signature (DOS executable?)');
  const machine = v.getUint16(4, true);
  const characteristics = v.getUint16(22, true);
  const optMagic = v.getUint16(24, true);
  const info: BinaryInfo = {
    format: 'pe',
    arch: [PE_MACHINES[machine] ?? `pe-machine-0x${machine.toString(16)}`],
    endian: 'little',
    machine,
    kind: characteristics & IMAGE_FILE_DLL ? 'dll' : 'exec',
  };
  if (optMagic === 0x20b) info.bits = 64;
  else if (optMagic === 0x10b) info.bits = 32;
  return info;
}
