// Decoding file bytes to text with the checks every parser relies on: binary content and invalid
// UTF-8 become FileErrors that name the line, instead of garbage reaching a parser.
import { FileError } from '../core/plugin.js';

const SNIFF_BYTES = 8192;

/** True when the first bytes contain a NUL: text formats we parse never do. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** 1-based line number of a byte offset. */
export function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0 || b > 0xf4) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (looksBinary(bytes)) throw new FileError('binary', file, 'contains NUL bytes');
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = at >= 0 ? lineAtOffset(bytes, at) : undefined;
    throw new FileError('invalid-encoding', file, 'not valid UTF-8', line);
  }
}
