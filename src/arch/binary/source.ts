// Bounded random access for the header readers. Every reader goes through a Source so that no
// binary is ever read whole: each read is capped, and the total per file has a budget.
export interface RangeSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

/** The most a reader may take from one file, all reads together. */
export const READ_BUDGET = 512 * 1024;
/** The largest single read (a section header table, a string table, a zip directory). */
export const MAX_READ = 256 * 1024;

/** Raised when a header is cut short or points outside the file: the file is skipped with a note. */
export class HeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeaderError';
  }
}

/** Wraps a source with the per-file budget and exact-length checks. */
export class Bounded {
  private used = 0;
  constructor(private readonly src: RangeSource) {}

  get size(): number {
    return this.src.size;
  }

  /** Exactly `length` bytes at `offset`, or a HeaderError when the file is too short or the ask too big. */
  bytes(offset: number, length: number, what: string): DataView {
    if (!Number.isSafeInteger(offset) || offset < 0 || length < 0 || offset + length > this.src.size)
      throw new HeaderError(`${what} lies outside the file (offset ${offset}, ${length} bytes)`);
    if (length > MAX_READ) throw new HeaderError(`${what} is too large to read (${length} bytes)`);
    if (this.used + length > READ_BUDGET) throw new HeaderError(`read budget exhausted at ${what}`);
    this.used += length;
    const b = this.src.read(offset, length);
    if (b.length < length) throw new HeaderError(`${what} is truncated`);
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
  }

  get bytesRead(): number {
    return this.used;
  }
}

/** An in-memory source (tests, members already in memory). */
export function memorySource(data: Uint8Array): RangeSource {
  return { size: data.length, read: (o, l) => data.subarray(o, Math.min(data.length, o + l)) };
}

/** A NUL-terminated string from a view. */
export function cString(view: DataView, start: number, max = view.byteLength - start): string {
  let end = start;
  const limit = Math.min(view.byteLength, start + max);
  while (end < limit && view.getUint8(end) !== 0) end++;
  return new TextDecoder('latin1').decode(new Uint8Array(view.buffer, view.byteOffset + start, end - start));
}
