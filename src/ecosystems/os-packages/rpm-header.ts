// Decodes an RPM header blob as rpmdb stores it (rpm >= 4.16 sqlite backend): a big-endian index
// count and data length, the index entries (tag, type, offset, count), then the data store. Only
// the tags an inventory needs are decoded; a truncated or inconsistent blob is an error, not a crash.

export const TAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  LICENSE: 1014,
  VENDOR: 1011,
  ARCH: 1022,
  SOURCERPM: 1044,
  PROVIDENAME: 1047,
  REQUIRENAME: 1049,
  SHA256HEADER: 273,
  SIGMD5: 261,
} as const;

const TYPE = { INT32: 4, STRING: 6, BIN: 7, STRING_ARRAY: 8, I18NSTRING: 9 } as const;

export type HeaderValue = string | string[] | number[] | Uint8Array;

export class HeaderError extends Error {}

export function readHeader(blob: Uint8Array, wanted: ReadonlySet<number>): Map<number, HeaderValue> {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.byteLength < 8) throw new HeaderError(`header blob of ${blob.byteLength} bytes is truncated`);
  const il = view.getUint32(0);
  const dl = view.getUint32(4);
  const dataStart = 8 + il * 16;
  if (il > 0xffff || dataStart + dl > blob.byteLength)
    throw new HeaderError(
      `header declares ${il} entries and ${dl} data bytes but the blob has ${blob.byteLength} bytes`,
    );
  const out = new Map<number, HeaderValue>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let i = 0; i < il; i++) {
    const at = 8 + i * 16;
    const tag = view.getUint32(at);
    if (!wanted.has(tag)) continue;
    const type = view.getUint32(at + 4);
    const offset = view.getUint32(at + 8);
    const count = view.getUint32(at + 12);
    if (offset >= dl) throw new HeaderError(`tag ${tag} points outside the data store`);
    const start = dataStart + offset;
    const end = dataStart + dl;
    if (type === TYPE.STRING || type === TYPE.I18NSTRING || type === TYPE.STRING_ARRAY) {
      const strings: string[] = [];
      let p = start;
      for (let n = 0; n < (type === TYPE.STRING ? 1 : count); n++) {
        const z = blob.indexOf(0, p);
        if (z < 0 || z >= end) throw new HeaderError(`tag ${tag}: unterminated string`);
        strings.push(decoder.decode(blob.subarray(p, z)));
        p = z + 1;
      }
      out.set(tag, type === TYPE.STRING_ARRAY ? strings : strings[0]!);
    } else if (type === TYPE.INT32) {
      if (start + count * 4 > end) throw new HeaderError(`tag ${tag}: integers past the data store`);
      out.set(
        tag,
        Array.from({ length: count }, (_, k) => view.getInt32(start + k * 4)),
      );
    } else if (type === TYPE.BIN) {
      if (start + count > end) throw new HeaderError(`tag ${tag}: bytes past the data store`);
      out.set(tag, blob.slice(start, start + count));
    }
  }
  return out;
}
