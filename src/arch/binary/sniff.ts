// Magic-number dispatch: decides from the first 8 bytes which header reader applies. Callers read
// those bytes first and open the reader only for real binaries, so text files cost one tiny read.
import { isFatHeader } from './read-macho.js';

export type Sniffed = 'elf' | 'pe' | 'macho' | 'ar' | 'zip' | 'wasm' | 'coff';

export const SNIFF_BYTES = 8;

export function sniff(head: Uint8Array): Sniffed | undefined {
  if (head.length < 4) return undefined;
  const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const be = v.getUint32(0);
  if (be === 0x7f454c46) return 'elf';
  if (be === 0xfeedface || be === 0xfeedfacf || be === 0xcefaedfe || be === 0xcffaedfe) return 'macho';
  if ((be === 0xcafebabe || be === 0xcafebabf) && isFatHeader(v)) return 'macho';
  if (be === 0x0061736d) return 'wasm';
  if (be === 0x504b0304 || be === 0x504b0506) return 'zip';
  if (head.length >= 8 && new TextDecoder('latin1').decode(head.subarray(0, 8)) === '!<arch>\n') return 'ar';
  if (head[0] === 0x4d && head[1] === 0x5a) return 'pe';
  return undefined;
}
