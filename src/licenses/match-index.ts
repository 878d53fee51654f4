// The text matcher's index over the reference texts: token vocabulary, each reference's distinct
// 3-token shingles, and postings of the rare ones. Built once per process (about 700 texts), so it
// lives in typed arrays: an open-addressing table numbers every distinct shingle, and postings are
// filled by counting, without sorting or Maps of a hundred thousand entries.
import { tokenize } from './normalise.js';
import { preference, referenceTexts, type Variant } from './reference-texts.js';

export interface Ref {
  id: string;
  variant?: Variant;
  /** Distinct shingles, sorted ascending. */
  shingles: Uint32Array;
  /** The index number (see `ShingleTable`) of each of `shingles`, in the same order. */
  numbers: Uint32Array;
  /** Position in the index's `refs`. */
  index: number;
  /** Distinct shingles that are rare enough to be indexed. */
  rare: number;
  /** Shingles found only after "END OF TERMS AND CONDITIONS" (an optional appendix). */
  optional?: Set<number>;
}

/** Every distinct shingle of the references, numbered 0..size-1 in order of first appearance. */
export interface ShingleTable {
  /** Open addressing, linear probing: `numbers[slot]` is the shingle's number plus one, 0 if empty. */
  keys: Uint32Array;
  numbers: Int32Array;
  shift: number;
  size: number;
}

export interface Index {
  vocab: Map<string, number>;
  refs: Ref[];
  table: ShingleTable;
  /** By shingle number: its position among the rare shingles, or -1 when too common. */
  rareOf: Int32Array;
  /** `refsOf` lists the references holding rare shingle k at offsets[k]..offsets[k+1]. */
  offsets: Uint32Array;
  refsOf: Uint16Array;
}

/** Shingles in more references than this are too common to pick candidates with. */
const MAX_POSTING = 40;

export function mix(a: number, b: number, c: number): number {
  return (
    (Math.imul(a + 1, 0x9e3779b1) ^
      Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^
      Math.imul(c + 0x165667b1, 0xc2b2ae3d)) >>>
    0
  );
}

/** Shingle of each position (ids[i..i+2]); -1 where a token is unknown (id below 0). */
export function shinglesOf(ids: ArrayLike<number>): Float64Array {
  const out = new Float64Array(Math.max(ids.length - 2, 0));
  for (let i = 0; i < out.length; i++) {
    const a = ids[i]!;
    const b = ids[i + 1]!;
    const c = ids[i + 2]!;
    out[i] = a < 0 || b < 0 || c < 0 ? -1 : mix(a, b, c);
  }
  return out;
}

/** Distinct known shingles (reference tokens are all known), sorted ascending. */
function uniqueSorted(values: Float64Array): Uint32Array {
  const sorted = new Uint32Array(values.length);
  let n = 0;
  for (const v of values) if (v >= 0) sorted[n++] = v;
  const part = sorted.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || part[i] !== part[i - 1]) part[m++] = part[i]!;
  return sorted.slice(0, m);
}

const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions'];

/** Shingles of the part after "END OF TERMS AND CONDITIONS" that the terms themselves lack. */
function optionalTail(ids: number[], vocab: Map<string, number>): Set<number> | undefined {
  const marker = END_OF_TERMS.map((w) => vocab.get(w) ?? -1);
  let at = -1;
  for (let i = 0; i + marker.length <= ids.length && at < 0; i++)
    if (ids[i] === marker[0] && marker.every((m, k) => ids[i + k] === m)) at = i;
  if (at < 0) return undefined;
  const terms = new Set(shinglesOf(ids.slice(0, at + marker.length)));
  const tail = [...shinglesOf(ids.slice(at))].filter((s) => s >= 0 && !terms.has(s));
  return tail.length ? new Set(tail) : undefined;
}

function slotOf(table: ShingleTable, shingle: number): number {
  return Math.imul(shingle, 0x9e3779b1) >>> table.shift;
}

/** The shingle's number, or -1 when no reference holds it. */
export function shingleNumber(table: ShingleTable, shingle: number): number {
  const mask = table.keys.length - 1;
  for (let s = slotOf(table, shingle); ; s = (s + 1) & mask) {
    const n = table.numbers[s]!;
    if (n === 0) return -1;
    if (table.keys[s] === shingle) return n - 1;
  }
}

/** Numbers a shingle, adding it when new. The table is sized so that it never fills. */
function addShingle(table: ShingleTable, shingle: number): number {
  const mask = table.keys.length - 1;
  for (let s = slotOf(table, shingle); ; s = (s + 1) & mask) {
    const n = table.numbers[s]!;
    if (n === 0) {
      table.keys[s] = shingle;
      table.numbers[s] = ++table.size;
      return table.size - 1;
    }
    if (table.keys[s] === shingle) return n - 1;
  }
}

function emptyTable(entries: number): ShingleTable {
  // At most half full: probes stay short.
  let bits = 4;
  while (1 << bits < 2 * entries) bits++;
  return { keys: new Uint32Array(1 << bits), numbers: new Int32Array(1 << bits), shift: 32 - bits, size: 0 };
}

export function buildIndex(): Index {
  const vocab = new Map<string, number>();
  const idOf = (w: string) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size));
    return id;
  };
  const seen = new Map<string, number>();
  const refs: Omit<Ref, 'numbers'>[] = [];
  for (const r of referenceTexts()) {
    const ids = tokenize(r.text).words.map(idOf);
    if (ids.length < 12) continue;
    const shingles = uniqueSorted(shinglesOf(ids));
    const key = `${shingles.length}:${ids.slice(0, 40).join(',')}:${ids.slice(-40).join(',')}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      const other = refs[dup]!;
      if (other.variant === r.variant && preference(r.id) < preference(other.id)) other.id = r.id;
      if (other.variant === r.variant) continue;
    }
    seen.set(key, refs.length);
    const optional = optionalTail(ids, vocab);
    refs.push({
      id: r.id,
      ...(r.variant ? { variant: r.variant } : {}),
      ...(optional ? { optional } : {}),
      shingles,
      index: refs.length,
      rare: 0,
    });
  }
  if (refs.length >= 0x10000) throw new Error('too many reference texts for the posting encoding');
  let total = 0;
  for (const ref of refs) total += ref.shingles.length;
  // Number every distinct shingle and count the references holding it.
  const table = emptyTable(total);
  const holders = new Int32Array(total);
  const numbered = refs.map((ref) => {
    const numbers = new Uint32Array(ref.shingles.length);
    for (let i = 0; i < numbers.length; i++) {
      const n = addShingle(table, ref.shingles[i]!);
      numbers[i] = n;
      holders[n] = holders[n]! + 1;
    }
    return Object.assign(ref, { numbers }) as Ref;
  });
  // Postings of the rare shingles, references in ascending order: offsets by counting, then one
  // pass over the references in order.
  const rareOf = new Int32Array(table.size).fill(-1);
  const starts: number[] = [];
  let length = 0;
  for (let n = 0; n < table.size; n++) {
    if (holders[n]! > MAX_POSTING) continue;
    rareOf[n] = starts.length;
    starts.push(length);
    length += holders[n]!;
  }
  const offsets = new Uint32Array(starts.length + 1);
  offsets.set(starts);
  offsets[starts.length] = length;
  const fill = offsets.slice(0, starts.length);
  const refsOf = new Uint16Array(length);
  for (const ref of numbered)
    for (const n of ref.numbers) {
      const k = rareOf[n]!;
      if (k < 0) continue;
      refsOf[fill[k]!++] = ref.index;
      ref.rare++;
    }
  return { vocab, refs: numbered, table, rareOf, offsets, refsOf };
}
