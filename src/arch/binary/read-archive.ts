// ar static archives (.a, .lib): skips the symbol and name tables and reads the first object
// member's header through the other readers. Only member headers and one object head are read.
import { Bounded, HeaderError, memorySource, type RangeSource } from './source.js';
import { PE_MACHINES } from './machines.js';
import { readElf } from './read-elf.js';
import { readMacho } from './read-macho.js';
import type { BinaryInfo } from './types.js';

const MAX_MEMBERS = 16;

/** The bytes a view covers (its buffer may be a larger pool, as with Node's small Buffers). */
const bytesOf = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
const OBJECT_HEAD = 4096;

export function readArchive(src: RangeSource): BinaryInfo {
  const io = new Bounded(src);
  const magic = new TextDecoder('latin1').decode(bytesOf(io.bytes(0, 8, 'archive magic')));
  if (magic !== '!<arch>\n') throw new HeaderError('not an ar archive');
  let off = 8;
  let names: { at: number; size: number } | undefined;
  for (let i = 0; i < MAX_MEMBERS && off + 60 <= io.size; i++) {
    const hv = io.bytes(off, 60, 'archive member header');
    const h = new TextDecoder('latin1').decode(new Uint8Array(hv.buffer, hv.byteOffset, 60));
    if (h.slice(58, 60) !== '`\n') throw new HeaderError(`bad member header at offset ${off}`);
    let name = h.slice(0, 16).trimEnd();
    const size = Number(h.slice(48, 58).trim());
    if (!Number.isSafeInteger(size) || size < 0) throw new HeaderError(`bad member size at offset ${off}`);
    let data = off + 60;
    let dataSize = size;
    if (name.startsWith('#1/')) {
      // BSD long name stored before the data.
      const len = Number(name.slice(3));
      name = new TextDecoder('latin1').decode(bytesOf(io.bytes(data, len, 'member name')));
      name = name.replace(/\0+$/, '');
      data += len;
      dataSize -= len;
    }
    if (name === '//') names = { at: data, size: dataSize };
    else if (/^\/\d+$/.test(name) && names) name = longName(io, names, Number(name.slice(1))) ?? name;
    const special = name === '/' || name === '//' || name === '/SYM64/' || name.startsWith('__.SYMDEF');
    if (!special && dataSize >= 20) {
      const head = io.bytes(data, Math.min(dataSize, OBJECT_HEAD), 'member head');
      const info = objectInfo(new Uint8Array(head.buffer, head.byteOffset, head.byteLength));
      if (info) return { ...info, format: 'ar', member: name.replace(/\/$/, '') };
    }
    off = data + dataSize + ((data + dataSize) % 2);
  }
  throw new HeaderError('no object member with a known header');
}

/** A GNU long member name: an offset into the `//` table, ended by "/\n". */
function longName(io: Bounded, table: { at: number; size: number }, offset: number): string | undefined {
  if (offset >= table.size) return undefined;
  const v = io.bytes(table.at + offset, Math.min(256, table.size - offset), 'long member name');
  const text = new TextDecoder('latin1').decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  const end = text.indexOf('/\n');
  return end >= 0 ? text.slice(0, end) : undefined;
}

function objectInfo(head: Uint8Array): BinaryInfo | undefined {
  const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const src = memorySource(head);
  const be = v.getUint32(0);
  try {
    if (be === 0x7f454c46) return readElf(src);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(be)) return readMacho(src);
  } catch (err) {
    if (err instanceof HeaderError) return undefined;
    throw err;
  }
  const coff = v.getUint16(0, true);
  const arch = PE_MACHINES[coff];
  if (arch) return { format: 'ar', arch: [arch], machine: coff, endian: 'little', kind: 'object' };
  return undefined;
}
