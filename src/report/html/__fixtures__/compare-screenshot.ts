// Pixel comparison of a screenshot with the committed reference (pixelmatch over RGBA decoded by
// pngjs). A pixel counts as different when its colour moves past pixelmatch's perceptual threshold
// and it is not an antialiasing edge; the page matches when few enough pixels differ.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour threshold (0..1, pixelmatch's YIQ distance); 0.1 is pixelmatch's default. */
export const PIXEL_THRESHOLD = 0.1;
/** Share of differing pixels a matching page may have: glyph rasterisation noise stays far below. */
export const MAX_DIFF_RATIO = 0.002;

export interface Comparison {
  sameSize: boolean;
  width: number;
  height: number;
  /** Pixels whose colour changed at all, antialiasing and imperceptible shifts included. */
  changed: number;
  /** Pixels that differ past the threshold and are not antialiasing. */
  differing: number;
  ratio: number;
  matches: boolean;
  /** The differences drawn in red over a faded reference, for looking at a failure. */
  diffPng: Buffer;
}

export function compareScreenshots(reference: Buffer, actual: Buffer): Comparison {
  const a = PNG.sync.read(reference);
  const b = PNG.sync.read(actual);
  const { width, height } = a;
  const diff = new PNG({ width, height });
  if (b.width !== width || b.height !== height)
    return {
      sameSize: false,
      width,
      height,
      changed: width * height,
      differing: width * height,
      ratio: 1,
      matches: false,
      diffPng: PNG.sync.write(b),
    };
  const differing = pixelmatch(a.data, b.data, diff.data, width, height, { threshold: PIXEL_THRESHOLD });
  const ratio = differing / (width * height);
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) changed++;
  return { sameSize: true, width, height, changed, differing, ratio, matches: ratio <= MAX_DIFF_RATIO, diffPng: PNG.sync.write(diff) };
}
