// Choosing among near-identical references. Many SPDX texts are a common license plus or minus one
// clause (BSD-3-Clause and its No-Nuclear, Clear or Attribution variants; BSD-2/-1-Clause; MIT and
// its variants), so their scores on a real, slightly reworded copy are within a few points. What
// tells them apart is the wording only one of the two has: present in the text, it speaks for
// that reference; absent, against it (a variant's extra clause must be there for the variant).

export interface Contender {
  id: string;
  /** Rank of the match on its own (score, coverage, commonness). */
  rank: number;
  /** The reference's distinct shingles, sorted ascending. */
  shingles: Uint32Array;
  common: boolean;
  /** Share of the reference present in the text. */
  coverage: number;
  /** Shingles of optional parts only (an appendix), not held against the contender when absent. */
  optional?: Set<number>;
}

/** The text's shingles, asked about reference shingles only. */
export interface ShingleSet {
  has(shingle: number): boolean;
}

/** Contenders further than this behind the leader are not near-identical to it. */
const NEAR = 20;
/** Coverage from which both contenders count as whole copies, so missing wording counts. */
const WHOLE = 0.8;
/** Shingles of difference below which two references are a tie. */
const DECISIVE = 3;

/** Shingles of `a` that `b` lacks (both sorted). */
function exclusive(a: Uint32Array, b: Uint32Array): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j]! < a[i]!) j++;
    if (j >= b.length || b[j] !== a[i]) out.push(a[i]!);
  }
  return out;
}

/** Jaccard similarity of two sorted shingle sets, or 0 when it must be below `floor`. */
export function similarity(a: Uint32Array, b: Uint32Array, floor = 0): number {
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  // The union is at least the larger set and the intersection at most the smaller.
  if (large === 0 || small / large < Math.max(floor, 0.5)) return 0;
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

/**
 * The winner of two near-identical contenders. Wording only one of them has is evidence: each
 * side's own wording found in the text counts for it, and its own wording missing counts half
 * against it (missing words are also what rewording leaves behind), so a variant's extra clause
 * must be there for the variant. Optional parts (the appendix after "END OF TERMS AND
 * CONDITIONS") are not missed, nor anything when the text is a copy cut short. On a tie, the commonly used license, then the better rank.
 */
function duel<T extends Contender>(a: T, b: T, present: ShingleSet): T {
  // In a copy cut short (both far from complete) what is missing may only have been cut off.
  const whole = a.coverage >= WHOLE && b.coverage >= WHOLE;
  const value = (x: T, y: T) => {
    let v = 0;
    for (const s of exclusive(x.shingles, y.shingles))
      if (present.has(s)) v++;
      else if (whole && !x.optional?.has(s)) v -= 0.5;
    return v;
  };
  const va = value(a, b);
  const vb = value(b, a);
  if (Math.abs(va - vb) >= DECISIVE) return va > vb ? a : b;
  if (a.common !== b.common) return a.common ? a : b;
  return a.rank >= b.rank ? a : b;
}

/** The best contender: the leader by rank, challenged in turn by every near-identical one. */
export function chooseBest<T extends Contender>(contenders: T[], present: () => ShingleSet): T | undefined {
  contenders.sort((x, y) => y.rank - x.rank);
  const [first] = contenders;
  if (!first) return undefined;
  const near = contenders.filter((c) => c !== first && first.rank - c.rank <= NEAR);
  if (near.length === 0) return first;
  const text = present();
  let best = first;
  for (const c of near) best = duel(best, c, text);
  return best;
}
