// Test helper: loads a sparse image made by generate.mjs as a RangeSource (gaps read as zeros),
// or writes it out as a real sparse file of the original size for tree-level tests.
import { closeSync, openSync, readFileSync, writeSync, ftruncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RangeSource } from '../source.js';

export interface SparseImage {
  source: string;
  file: string;
  size: number;
  sha256: string;
  chunks: [number, string][];
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadImage(name: string): SparseImage {
  return JSON.parse(readFileSync(join(here, `${name}.sparse.json`), 'utf8')) as SparseImage;
}

export function imageSource(name: string): RangeSource & { image: SparseImage } {
  const image = loadImage(name);
  const chunks = image.chunks.map(([off, b64]) => ({ off, data: Buffer.from(b64, 'base64') }));
  return {
    image,
    size: image.size,
    read(offset, length) {
      const out = Buffer.alloc(Math.max(0, Math.min(length, image.size - offset)));
      for (const c of chunks) {
        const a = Math.max(offset, c.off);
        const b = Math.min(offset + out.length, c.off + c.data.length);
        if (a < b) c.data.copy(out, a - offset, a - c.off, b - c.off);
      }
      return out;
    },
  };
}

/** Writes the image as a sparse file at `path` (holes where the chunks were dropped). */
export function writeImage(name: string, path: string): void {
  const image = loadImage(name);
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, image.size);
    for (const [off, b64] of image.chunks) {
      const data = Buffer.from(b64, 'base64');
      writeSync(fd, data, 0, data.length, off);
    }
  } finally {
    closeSync(fd);
  }
}
