// Where in a text a reference matches: from the positions of the text's shingles that the
// reference holds ("hits"), the region whose coverage of the reference and precision (share of
// the region that is hits) balance best. Shared phrases of a neighbouring license (ISC's
// disclaimer before an MIT text) must not widen the region, or they are masked with it and the
// neighbour is lost.

/** Window of hits whose density must reach one half for a region edge to stand. */
const EDGE_WINDOW = 8;

/** Drops sparse hits at both ends of a region (shared phrases of a neighbouring license). */
export function trim(hits: number[], a: number, b: number): [number, number] {
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

/**
 * How many hits to drop from the front of `order` (text positions, in the order they would be
 * dropped; the fixed end last) for the best score. Every cut is scored in one pass, counting how
 * often each shingle occurs so that dropping a repeated phrase costs no coverage.
 */
function bestCut(order: number[], sh: number[], refSize: number): number {
  const n = order.length;
  const count = new Map<number, number>();
  for (const pos of order) count.set(sh[pos]!, (count.get(sh[pos]!) ?? 0) + 1);
  let distinct = count.size;
  const span = (x: number) => Math.abs(order[n - 1]! - order[x]!) + 1;
  let best = 0;
  let bestF = fScore(distinct, refSize, n, span(0));
  for (let x = 0; x < n - 1; x++) {
    const s = sh[order[x]!]!;
    const left = count.get(s)! - 1;
    count.set(s, left);
    if (left === 0) distinct--;
    const f = fScore(distinct, refSize, n - x - 1, span(x + 1));
    if (f > bestF + 1e-9) {
      bestF = f;
      best = x + 1;
    }
  }
  return best;
}

/** Narrows hits[a..b] to the sub-region with the best balance of coverage and precision. */
export function tighten(
  hits: number[],
  sh: number[],
  a: number,
  b: number,
  refSize: number,
): [number, number] {
  if (b - a < 2 * EDGE_WINDOW) return [a, b];
  const front = bestCut(hits.slice(a, b + 1), sh, refSize);
  const back = bestCut(hits.slice(a + front, b + 1).reverse(), sh, refSize);
  return [a + front, b - back];
}
