// Where in a text a reference matches: from the positions of the text's shingles that the
// reference holds ("hits"), the region whose coverage of the reference and precision (share of
// the region that is hits) balance best. Shared phrases of a neighbouring license (ISC's
// disclaimer before an MIT text) must not widen the region, or they are masked with it and the
// neighbour is lost.

/** Window of hits whose density must reach one half for a region edge to stand. */
const EDGE_WINDOW = 8;

/** Drops sparse hits at both ends of a region (shared phrases of a neighbouring license). */
export function trim(hits: Int32Array, a: number, b: number): [number, number] {
  const dense = (x: number, y: number) => hits[y]! - hits[x]! <= 2 * (y - x + 1);
  while (b - a + 1 > EDGE_WINDOW && !dense(a, a + EDGE_WINDOW - 1)) a++;
  while (b - a + 1 > EDGE_WINDOW && !dense(b - EDGE_WINDOW + 1, b)) b--;
  return [a, b];
}

function fScore(distinct: number, refSize: number, matched: number, span: number): number {
  const c = distinct / refSize;
  const p = matched / span;
  return (2 * c * p) / (c + p);
}

// Hits are given as text positions (`hits`) and the index of the matched shingle in the
// reference (`slots`), so distinct shingles are counted in typed arrays, not sets.
let stamp = new Uint32Array(0);
let generation = 0;
let counts = new Int32Array(0);

/** Distinct reference shingles among hits a..b. */
export function distinctIn(slots: Int32Array, a: number, b: number, refSize: number): number {
  if (stamp.length < refSize) stamp = new Uint32Array(refSize * 2);
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    stamp.fill(0);
    generation = 1;
  }
  let n = 0;
  for (let x = a; x <= b; x++) {
    const k = slots[x]!;
    if (stamp[k] !== generation) {
      stamp[k] = generation;
      n++;
    }
  }
  return n;
}

/**
 * How many hits to drop from one end of hits[a..b] (the front, or the back when `step` is -1)
 * for the best score. Every cut is scored in one pass, counting how often each shingle occurs
 * so that dropping a repeated phrase costs no coverage.
 */
function bestCut(
  hits: Int32Array,
  slots: Int32Array,
  a: number,
  b: number,
  step: 1 | -1,
  refSize: number,
): number {
  if (counts.length < refSize) counts = new Int32Array(refSize * 2);
  let distinct = 0;
  for (let x = a; x <= b; x++) if (counts[slots[x]!]!++ === 0) distinct++;
  const first = step === 1 ? a : b;
  const last = step === 1 ? b : a;
  const n = b - a + 1;
  let best = 0;
  let bestF = fScore(distinct, refSize, n, Math.abs(hits[last]! - hits[first]!) + 1);
  for (let i = 0; i < n - 1; i++) {
    const x = first + i * step;
    if (--counts[slots[x]!]! === 0) distinct--;
    const f = fScore(distinct, refSize, n - i - 1, Math.abs(hits[last]! - hits[x + step]!) + 1);
    if (f > bestF + 1e-9) {
      bestF = f;
      best = i + 1;
    }
  }
  for (let x = a; x <= b; x++) counts[slots[x]!] = 0;
  return best;
}

/** Narrows hits[a..b] to the sub-region with the best balance of coverage and precision. */
export function tighten(
  hits: Int32Array,
  slots: Int32Array,
  a: number,
  b: number,
  refSize: number,
): [number, number] {
  // A region that is mostly hits has little to give up, and one that covers too little of the
  // reference to be accepted cannot gain by giving up more.
  if (b - a < 2 * EDGE_WINDOW || (b - a + 1) / (hits[b]! - hits[a]! + 1) >= 0.9) return [a, b];
  if (b - a + 1 < 0.45 * refSize) return [a, b];
  const front = bestCut(hits, slots, a, b, 1, refSize);
  const back = bestCut(hits, slots, a + front, b, -1, refSize);
  return [a + front, b - back];
}
