// One entry point over the readers: sniff the first bytes, then read that format's headers.
// Returns undefined for files that are not binaries; throws HeaderError for damaged ones.
import { HeaderError, type RangeSource } from './source.js';
import { readArchive } from './read-archive.js';
import { readElf } from './read-elf.js';
import { readMacho } from './read-macho.js';
import { readPe } from './read-pe.js';
import { sniff, SNIFF_BYTES, type Sniffed } from './sniff.js';
import type { BinaryInfo } from './types.js';

export function readBinary(src: RangeSource, kind?: Sniffed): BinaryInfo | undefined {
  const k = kind ?? sniff(src.read(0, SNIFF_BYTES));
  switch (k) {
    case 'elf':
      return readElf(src);
    case 'pe':
      return readPe(src);
    case 'macho':
      return readMacho(src);
    case 'ar':
      return readArchive(src);
    case 'wasm':
      return { format: 'wasm', arch: ['wasm32'] };
    default:
      return undefined;
  }
}

export { HeaderError };
