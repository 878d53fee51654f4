// Reads the values of a Berkeley DB hash database, the format of rpm's `Packages` file before
// rpm 4.16 (openEuler 20.03, CentOS/RHEL 7 and 8, Anolis 7 and 8). Only what rpm stores is
// supported: key/data pairs on hash pages, large data on chains of overflow pages. Pages are
// walked in order rather than by bucket, so every stored value is found once.

export class BdbError extends Error {}

const HASH_MAGIC = 0x061561;
const PAGE_HEADER = 26;
const P_HASH_UNSORTED = 2;
const P_OVERFLOW = 7;
const P_HASH = 13;
const H_KEYDATA = 1;
const H_OFFPAGE = 3;

export interface BdbValue {
  key: Uint8Array;
  value: Uint8Array;
}

export function readBdbHash(bytes: Uint8Array): BdbValue[] {
  if (bytes.byteLength < 512)
    throw new BdbError(`${bytes.byteLength} bytes: too short for a Berkeley DB file`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = view.getUint32(12, true) === HASH_MAGIC;
  if (!little && view.getUint32(12, false) !== HASH_MAGIC)
    throw new BdbError('not a Berkeley DB hash database');
  const u32 = (at: number) => view.getUint32(at, little);
  const u16 = (at: number) => view.getUint16(at, little);
  const pageSize = u32(20);
  const lastPage = u32(32);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
    throw new BdbError(`invalid page size ${pageSize}`);
  if ((lastPage + 1) * pageSize > bytes.byteLength)
    throw new BdbError(
      `truncated: ${lastPage + 1} pages of ${pageSize} bytes declared, ${bytes.byteLength} bytes present`,
    );

  const overflow = (first: number, total: number): Uint8Array => {
    const out = new Uint8Array(total);
    let filled = 0;
    let page = first;
    for (let hops = 0; page !== 0 && filled < total; hops++) {
      if (page > lastPage || hops > lastPage)
        throw new BdbError(`overflow chain leaves the file at page ${page}`);
      const at = page * pageSize;
      if (bytes[at + 25] !== P_OVERFLOW) throw new BdbError(`page ${page} is not an overflow page`);
      const len = Math.min(u16(at + 22), total - filled, pageSize - PAGE_HEADER);
      out.set(bytes.subarray(at + PAGE_HEADER, at + PAGE_HEADER + len), filled);
      filled += len;
      page = u32(at + 16);
    }
    if (filled < total)
      throw new BdbError(`overflow chain from page ${first} ends after ${filled} of ${total} bytes`);
    return out;
  };

  const item = (page: number, index: number, offsets: number[]): Uint8Array => {
    const at = page * pageSize;
    const off = offsets[index]!;
    const end = index === 0 ? pageSize : offsets[index - 1]!;
    if (off >= pageSize || end > pageSize || off >= end)
      throw new BdbError(`page ${page}: item ${index} out of bounds`);
    const type = bytes[at + off];
    if (type === H_KEYDATA) return bytes.subarray(at + off + 1, at + end);
    if (type === H_OFFPAGE) return overflow(u32(at + off + 4), u32(at + off + 8));
    throw new BdbError(`page ${page}: unsupported item type ${type}`);
  };

  const values: BdbValue[] = [];
  for (let page = 1; page <= lastPage; page++) {
    const at = page * pageSize;
    const type = bytes[at + 25];
    if (type !== P_HASH && type !== P_HASH_UNSORTED) continue;
    const entries = u16(at + 20);
    if (PAGE_HEADER + entries * 2 > pageSize)
      throw new BdbError(`page ${page}: ${entries} entries do not fit`);
    const offsets = Array.from({ length: entries }, (_, i) => u16(at + PAGE_HEADER + i * 2));
    for (let i = 0; i + 1 < entries; i += 2)
      values.push({ key: item(page, i, offsets), value: item(page, i + 1, offsets) });
  }
  return values;
}
