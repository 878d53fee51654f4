// Native libraries inside JARs and wheels: reads the zip central directory (from the end of the
// file) and, for entries that look like shared libraries, the head of that entry only — stored
// entries directly, deflated ones by inflating their first block. Never extracts the archive.
import { constants, inflateRawSync } from 'node:zlib';
import { Bounded, HeaderError, memorySource, type RangeSource } from './source.js';
import { readBinary } from './read-binary.js';
import type { BinaryInfo } from './types.js';

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 20_000;
/** Compressed bytes taken from a deflated entry: enough for the file header and program headers. */
const MEMBER_HEAD = 4 * 1024;

/** Entry names that are native code (shared libraries, Node and Python extensions, JNI libraries). */
export const NATIVE_MEMBER = /\.(so(\.\d+)*|dll|dylib|jnilib|node|pyd|a)$/i;

export interface ZipMember {
  name: string;
  info?: BinaryInfo;
  note?: string;
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  local: number;
}

export function readZipNatives(src: RangeSource, maxMembers = 64): ZipMember[] {
  const io = new Bounded(src);
  const entries = centralDirectory(io).filter((e) => NATIVE_MEMBER.test(e.name));
  const out: ZipMember[] = [];
  for (const e of entries.slice(0, maxMembers)) {
    try {
      const info = readMember(new Bounded(src), src, e);
      out.push(info ? { name: e.name, info } : { name: e.name, note: 'no known binary header' });
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      out.push({ name: e.name, note: err.message });
    }
  }
  return out;
}

function centralDirectory(io: Bounded): Entry[] {
  const tailLen = Math.min(io.size, 22 + 0xffff);
  const tail = io.bytes(io.size - tailLen, tailLen, 'zip end record');
  let at = -1;
  for (let i = tailLen - 22; i >= 0; i--)
    if (tail.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  if (at < 0) throw new HeaderError('no zip end-of-central-directory record');
  let count = tail.getUint16(at + 10, true);
  let size = tail.getUint32(at + 12, true);
  let offset = tail.getUint32(at + 16, true);
  if (
    (offset === 0xffffffff || count === 0xffff) &&
    at >= 20 &&
    tail.getUint32(at - 20, true) === EOCD64_LOCATOR
  ) {
    const z64 = Number(tail.getBigUint64(at - 20 + 8, true));
    const r = io.bytes(z64, 56, 'zip64 end record');
    count = Number(r.getBigUint64(32, true));
    size = Number(r.getBigUint64(40, true));
    offset = Number(r.getBigUint64(48, true));
  }
  if (count > MAX_ENTRIES) throw new HeaderError(`zip lists ${count} entries, more than ${MAX_ENTRIES}`);
  const cd = io.bytes(offset, size, 'zip central directory');
  const entries: Entry[] = [];
  let p = 0;
  const dec = new TextDecoder();
  for (let i = 0; i < count && p + 46 <= size; i++) {
    if (cd.getUint32(p, true) !== CENTRAL) throw new HeaderError(`bad central directory entry ${i}`);
    const nameLen = cd.getUint16(p + 28, true);
    const extraLen = cd.getUint16(p + 30, true);
    const commentLen = cd.getUint16(p + 32, true);
    const name = dec.decode(
      new Uint8Array(cd.buffer, cd.byteOffset + p + 46, Math.min(nameLen, size - p - 46)),
    );
    entries.push({
      name,
      method: cd.getUint16(p + 10, true),
      compressed: cd.getUint32(p + 20, true),
      local: cd.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readMember(io: Bounded, src: RangeSource, e: Entry): BinaryInfo | undefined {
  const lh = io.bytes(e.local, 30, `local header of ${e.name}`);
  if (lh.getUint32(0, true) !== LOCAL) throw new HeaderError(`bad local header for ${e.name}`);
  const data = e.local + 30 + lh.getUint16(26, true) + lh.getUint16(28, true);
  if (e.method === 0) {
    // Stored: the entry is the file itself, read in place at its offset.
    const size = Math.min(e.compressed, io.size - data);
    return readBinary({ size, read: (o, l) => src.read(data + o, Math.min(l, size - o)) });
  }
  if (e.method !== 8) throw new HeaderError(`compression method ${e.method} not read`);
  const take = Math.min(
    e.compressed === 0xffffffff ? MEMBER_HEAD : e.compressed,
    MEMBER_HEAD,
    io.size - data,
  );
  const raw = io.bytes(data, take, `data of ${e.name}`);
  return readBinary(memorySource(inflateHead(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength))));
}

/** Inflates the start of a deflated entry; on output overflow, retries with less input. */
function inflateHead(compressed: Uint8Array): Uint8Array {
  for (let n = compressed.length; n >= 512; n = Math.floor(n / 4)) {
    try {
      return inflateRawSync(compressed.subarray(0, n), {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: 64 * MEMBER_HEAD,
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE')
        throw new HeaderError('damaged deflate data');
    }
  }
  throw new HeaderError('entry head inflates beyond the limit');
}
