// Mach-O headers, thin and universal ("fat"): the CPU type of each slice. A fat header lists its
// slices up front, so one read gives every architecture without visiting the slices.
import { Bounded, HeaderError, type RangeSource } from './source.js';
import { MACHO_CPUS } from './machines.js';
import type { BinaryInfo } from './types.js';

const MAX_SLICES = 32;
const FILETYPES: Record<number, string> = { 1: 'object', 2: 'exec', 6: 'dylib', 8: 'bundle' };

const cpuName = (cpu: number) => MACHO_CPUS[cpu] ?? `macho-cpu-0x${cpu.toString(16)}`;

/** True for the big-endian 0xcafebabe header of a universal binary, not a Java class file. */
export function isFatHeader(first8: DataView): boolean {
  if (first8.byteLength < 8) return false;
  const magic = first8.getUint32(0);
  if (magic !== 0xcafebabe && magic !== 0xcafebabf) return false;
  // A class file has its major version (>= 45) here; a fat header has a small slice count.
  const n = first8.getUint32(4);
  return n > 0 && n <= MAX_SLICES;
}

export function readMacho(src: RangeSource): BinaryInfo {
  const io = new Bounded(src);
  const head = io.bytes(0, 8, 'Mach-O header');
  const magic = head.getUint32(0);
  if (magic === 0xcafebabe || magic === 0xcafebabf) return readFat(io, magic === 0xcafebabf);
  let bits: 32 | 64;
  if (magic === 0xfeedface || magic === 0xcefaedfe) bits = 32;
  else if (magic === 0xfeedfacf || magic === 0xcffaedfe) bits = 64;
  else throw new HeaderError('not a Mach-O file');
  const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
  const v = io.bytes(0, 16, 'Mach-O header');
  const cpu = v.getUint32(4, le);
  const filetype = v.getUint32(12, le);
  return {
    format: 'macho',
    arch: [cpuName(cpu)],
    bits,
    endian: le ? 'little' : 'big',
    machine: cpu,
    kind: FILETYPES[filetype] ?? `type-${filetype}`,
  };
}

function readFat(io: Bounded, wide: boolean): BinaryInfo {
  const n = io.bytes(4, 4, 'fat header').getUint32(0);
  if (n === 0 || n > MAX_SLICES) throw new HeaderError(`implausible slice count ${n}`);
  const entry = wide ? 32 : 20;
  const v = io.bytes(8, n * entry, 'fat slice table');
  const arch: string[] = [];
  for (let i = 0; i < n; i++) arch.push(cpuName(v.getUint32(i * entry)));
  return { format: 'macho-fat', arch, endian: 'big' };
}
