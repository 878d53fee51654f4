// Full-text matching against the reference texts. The index (token vocabulary, 3-token shingles,
// postings of rare shingles) is built once, lazily. A query counts rare shingles per reference to
// pick a few candidates, then scores each on the densest region of matching shingles: coverage
// (how much of the reference is present) and precision (how much of the region it explains).
// Several licenses in one text are found by masking each accepted region and searching again.
import { buildIndex, shingleNumber, shinglesOf, type Index, type Ref } from './match-index.js';
import { tokenize, type Tokens } from './normalise.js';
import { chooseBest, similarity, type ShingleSet } from './match-choose.js';
import { distinctIn, tighten, trim } from './match-region.js';
import { COMMON, type Variant } from './reference-texts.js';

export interface TextMatch {
  id: string;
  variant?: Variant;
  /** Token range in the query, inclusive. */
  start: number;
  end: number;
  coverage: number;
  precision: number;
  /** 0–100. */
  score: number;
}

/** A match this good is a copy of its reference: its relatives need not be scored. */
const CLEAN = 93;
/** Score a match needs to be accepted in the same round as a better one elsewhere in the text. */
const SAME_ROUND_SCORE = 90;
/**
 * How much of its region a same-round match `m` may share with `x`, taken already. A short text
 * beside a long one may lie under the long one's sparse edge (MIT before the GPL): up to 60 %.
 * Between texts of like length more would let a hybrid reference (BSD conditions with an MIT
 * disclaimer) take the junction of two texts: 20 %.
 */
function allowedOverlap(x: TextMatch, m: TextMatch): number {
  const len = m.end - m.start + 1;
  return (len < 0.5 * (x.end - x.start + 1) ? 0.6 : 0.2) * len;
}
/** Matching positions further apart than this start a new region. */
const MAX_GAP = 60;

let index: Index | undefined;

/** Ids the matcher can answer with (after collapsing identical texts). */
export function indexedIds(): Set<string> {
  return new Set(matcherIndex().refs.map((r) => r.id));
}

export function matcherIndex(): Index {
  index ??= buildIndex();
  return index;
}

/**
 * A text's shingles against the index: the positions whose shingle some reference holds, with
 * that shingle's number, and among them the positions of rare shingles, with the rare number.
 * Loops over candidates and rounds visit only these, in text order.
 */
interface Query {
  sh: Float64Array;
  knownAt: Int32Array;
  knownNumber: Int32Array;
  rareAt: Int32Array;
  rareKey: Int32Array;
}

function query(idx: Index, sh: Float64Array): Query {
  const knownAt = new Int32Array(sh.length);
  const knownNumber = new Int32Array(sh.length);
  let known = 0;
  let rare = 0;
  for (let i = 0; i < sh.length; i++) {
    const s = sh[i]!;
    const n = s < 0 ? -1 : shingleNumber(idx.table, s);
    if (n < 0) continue;
    knownAt[known] = i;
    knownNumber[known++] = n;
    if (idx.rareOf[n]! >= 0) rare++;
  }
  const rareAt = new Int32Array(rare);
  const rareKey = new Int32Array(rare);
  rare = 0;
  for (let j = 0; j < known; j++) {
    const k = idx.rareOf[knownNumber[j]!]!;
    if (k < 0) continue;
    rareAt[rare] = knownAt[j]!;
    rareKey[rare++] = k;
  }
  return {
    sh,
    knownAt: knownAt.subarray(0, known),
    knownNumber: knownNumber.subarray(0, known),
    rareAt,
    rareKey,
  };
}

/** Generation stamps over key indexes, reused across queries to deduplicate without allocating. */
let stamps = new Uint32Array(0);
let generation = 0;

function candidates(
  idx: Index,
  q: Query,
  masked: Uint8Array,
): { chosen: number[]; relatives: () => number[] } {
  const counts = new Int32Array(idx.refs.length);
  const touched: number[] = [];
  if (stamps.length !== idx.offsets.length - 1) stamps = new Uint32Array(idx.offsets.length - 1);
  generation = (generation + 1) >>> 0 || 1;
  const { rareAt, rareKey } = q;
  for (let j = 0; j < rareAt.length; j++) {
    const k = rareKey[j]!;
    if (masked[rareAt[j]!] || stamps[k] === generation) continue;
    stamps[k] = generation;
    for (let p = idx.offsets[k]!; p < idx.offsets[k + 1]!; p++) {
      const r = idx.refsOf[p]!;
      if (counts[r] === 0) touched.push(r);
      counts[r] = counts[r]! + 1;
    }
  }
  const ratio = (r: number) => counts[r]! / Math.max(idx.refs[r]!.rare, 1);
  // Short licenses made of common phrases (ISC, BSD-2-Clause) have few rare shingles, and a
  // reworded copy may lack some of them: ask for fewer hits.
  const ranked = touched
    .filter((r) => counts[r]! >= Math.min(6, Math.ceil(idx.refs[r]!.rare * 0.35)) && ratio(r) >= 0.35)
    .sort((a, b) => ratio(b) - ratio(a));
  // Far behind the leader means a different license: not worth a full score.
  const floor = ranked.length ? ratio(ranked[0]!) - 0.4 : 0;
  const chosen = ranked.filter((r) => ratio(r) >= floor).slice(0, 8);
  // References made mostly of wording shared with dozens of others (the BSD family) have few rare
  // shingles, and a reworded copy may miss exactly those: the leaders' close relatives that the
  // text touched at all, when the leaders do not match cleanly.
  const relatives = () => {
    const out: number[] = [];
    const taken = new Set(chosen);
    for (const r of touched) {
      if (counts[r]! < 2 || taken.has(r)) continue;
      if (chosen.slice(0, 2).some((leader) => related(idx, leader, r))) out.push(r);
    }
    return out;
  };
  return { chosen, relatives };
}

/** References at least this similar (Jaccard over shingles) are close relatives. */
const RELATED = 0.6;
/** Pairwise relatedness of references, computed when first needed. */
const relatedPairs = new Map<number, boolean>();

function related(idx: Index, a: number, b: number): boolean {
  const x = idx.refs[a]!.shingles;
  const y = idx.refs[b]!.shingles;
  // Sets of too different sizes cannot be similar enough: no need to look further.
  if (Math.min(x.length, y.length) < RELATED * Math.max(x.length, y.length)) return false;
  const key = a < b ? a * 1024 + b : b * 1024 + a;
  let yes = relatedPairs.get(key);
  if (yes === undefined) {
    yes = similarity(x, y, RELATED) >= RELATED;
    relatedPairs.set(key, yes);
  }
  return yes;
}

/** Hits of the reference being scored: text positions and slots (reused: scoring never nests). */
let hitBuffer = new Int32Array(1024);
let slotBuffer = new Int32Array(1024);
/** By shingle number, the slot of the reference being scored (valid where stamped). */
let slotStamp = new Uint32Array(0);
let slotOf = new Int32Array(0);
let slotGeneration = 0;

/** The match of `ref` over hits[from..to] (with `distinct` shingles), narrowed to its best part. */
function regionMatch(ref: Ref, hits: Int32Array, slots: Int32Array, region: Region): TextMatch {
  const size = ref.shingles.length;
  const [a, b] = tighten(hits, slots, region.from, region.to, size);
  const distinct = a === region.from && b === region.to ? region.distinct : distinctIn(slots, a, b, size);
  const startPos = hits[a]!;
  const endPos = hits[b]!;
  const coverage = distinct / size;
  const precision = (b - a + 1) / (endPos - startPos + 1);
  const f = (2 * coverage * precision) / (coverage + precision);
  return {
    id: ref.id,
    ...(ref.variant ? { variant: ref.variant } : {}),
    start: startPos,
    end: endPos + 2,
    coverage,
    precision,
    score: Math.round(f * 100),
  };
}

interface Region {
  from: number;
  to: number;
  distinct: number;
}

/**
 * The best region of `ref` in the text, and the other regions that hold a copy of it on their own
 * (bundles of third-party notices repeat the MIT text dozens of times).
 */
function scoreRef(
  ref: Ref,
  q: Query,
  masked: Uint8Array,
  shingleCount: number,
): { m: TextMatch; copies: TextMatch[] } | undefined {
  if (hitBuffer.length < q.knownAt.length) {
    hitBuffer = new Int32Array(q.knownAt.length);
    slotBuffer = new Int32Array(q.knownAt.length);
  }
  const hits = hitBuffer;
  const slots = slotBuffer;
  let count = 0;
  if (slotStamp.length !== shingleCount) {
    slotStamp = new Uint32Array(shingleCount);
    slotOf = new Int32Array(shingleCount);
    slotGeneration = 0;
  }
  slotGeneration = (slotGeneration + 1) >>> 0;
  if (slotGeneration === 0) {
    slotStamp.fill(0);
    slotGeneration = 1;
  }
  const numbers = ref.numbers;
  for (let k = 0; k < numbers.length; k++) {
    slotStamp[numbers[k]!] = slotGeneration;
    slotOf[numbers[k]!] = k;
  }
  const { knownAt, knownNumber } = q;
  for (let j = 0; j < knownAt.length; j++) {
    const i = knownAt[j]!;
    const n = knownNumber[j]!;
    if (masked[i] || slotStamp[n] !== slotGeneration) continue;
    hits[count] = i;
    slots[count++] = slotOf[n]!;
  }
  // Regions: runs of hits with gaps below MAX_GAP; the one with the most distinct shingles wins.
  const size = ref.shingles.length;
  const regions: Region[] = [];
  let from = 0;
  for (let k = 1; k <= count; k++) {
    if (k < count && hits[k]! - hits[k - 1]! <= MAX_GAP) continue;
    const [a, b] = trim(hits, from, k - 1);
    regions.push({ from: a, to: b, distinct: distinctIn(slots, a, b, size) });
    from = k;
  }
  if (regions.length === 0) return undefined;
  let best = regions[0]!;
  for (const r of regions) if (r.distinct > best.distinct) best = r;
  const copies = regions
    .filter((r) => r !== best && r.distinct >= 0.6 * size)
    .map((r) => regionMatch(ref, hits, slots, r))
    .filter((m) => acceptable(m, size));
  return { m: regionMatch(ref, hits, slots, best), copies };
}

/** A match is accepted when most of the reference is present and the region is mostly that text. */
function acceptable(m: TextMatch, refSize: number): boolean {
  if (m.precision < 0.6) return false;
  if (refSize < 40) return m.coverage >= 0.9;
  if (m.coverage >= 0.6) return true;
  // A long text cut short (truncated copies) still names its license when its start is intact.
  return m.coverage >= 0.45 && m.precision >= 0.85 && refSize * m.coverage >= 150;
}

const rank = (x: TextMatch) => x.score + x.coverage * 10 + (COMMON.has(x.id) ? 1.5 : 0);

function overlap(a: TextMatch, b: TextMatch): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1);
}

/** The best accepted match: near-identical references are told apart by their own wording. */
function pickBest<T extends { m: TextMatch; ref: Ref }>(
  scored: T[],
  present: () => ShingleSet,
): T | undefined {
  const contenders = scored.map((x) => ({
    ...x,
    id: x.m.id,
    rank: rank(x.m),
    shingles: x.ref.shingles,
    common: COMMON.has(x.m.id),
    coverage: x.m.coverage,
    ...(x.ref.optional ? { optional: x.ref.optional } : {}),
  }));
  return chooseBest(contenders, present);
}

/** Stamps by shingle number for `presentShingles`. */
let presentStamp = new Uint32Array(0);
let presentGeneration = 0;

/**
 * The shingles of the text outside the regions already taken. Only reference shingles are ever
 * asked about, so the text's shingles that some reference holds are marked by number. Valid until
 * the next call (one per round).
 */
function presentShingles(idx: Index, q: Query, masked: Uint8Array): ShingleSet {
  if (presentStamp.length !== idx.table.size) {
    presentStamp = new Uint32Array(idx.table.size);
    presentGeneration = 0;
  }
  presentGeneration = (presentGeneration + 1) >>> 0;
  if (presentGeneration === 0) {
    presentStamp.fill(0);
    presentGeneration = 1;
  }
  const generation = presentGeneration;
  const { knownAt, knownNumber } = q;
  for (let j = 0; j < knownAt.length; j++)
    if (!masked[knownAt[j]!]) presentStamp[knownNumber[j]!] = generation;
  return {
    has: (shingle: number) => {
      const n = shingleNumber(idx.table, shingle);
      return n >= 0 && presentStamp[n] === generation;
    },
  };
}

/**
 * Results by token sequence. Installed trees repeat the same license texts hundreds of times with
 * only the copyright line changed (which tokenising drops), so each distinct text is matched once.
 */
const seenTexts = new Map<string, TextMatch[]>();
const SEEN_LIMIT = 2000;
const SEEN_MAX_TOKENS = 20_000;
const DEFAULT_MAX_MATCHES = 40;

/** `joined` is the tokens joined by spaces when the caller has it already (one join less per file). */
export function matchTokens(tokens: Tokens, maxMatches = DEFAULT_MAX_MATCHES, joined?: string): TextMatch[] {
  // Tokens never hold "|", so the usual request is keyed by the text alone (no copy of it).
  const text = tokens.words.length <= SEEN_MAX_TOKENS ? (joined ?? tokens.words.join(' ')) : undefined;
  const key = text === undefined || maxMatches === DEFAULT_MAX_MATCHES ? text : `${maxMatches}|${text}`;
  const known = key === undefined ? undefined : seenTexts.get(key);
  if (known) return known.map((m) => ({ ...m }));
  const result = matchUncached(tokens, maxMatches);
  if (key !== undefined) {
    if (seenTexts.size >= SEEN_LIMIT) seenTexts.clear();
    seenTexts.set(
      key,
      result.map((m) => ({ ...m })),
    );
  }
  return result;
}

function matchUncached(tokens: Tokens, maxMatches: number): TextMatch[] {
  const idx = matcherIndex();
  const { words } = tokens;
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = idx.vocab.get(words[i]!) ?? -1;
  const sh = shinglesOf(ids);
  const masked = new Uint8Array(sh.length);
  const q = query(idx, sh);
  const out: TextMatch[] = [];
  let unmasked = sh.length;
  // Leftovers shorter than the smallest acceptable reference cannot hold another license. The
  // cap is on rounds: one round takes every copy of its license (bundled notices repeat MIT often).
  for (let pass = 0; pass < maxMatches && unmasked >= 12; pass++) {
    const scored: { m: TextMatch; ref: Ref; copies: TextMatch[] }[] = [];
    const score = (r: number) => {
      const ref = idx.refs[r]!;
      const found = scoreRef(ref, q, masked, idx.table.size);
      if (found && acceptable(found.m, ref.shingles.length)) scored.push({ ...found, ref });
    };
    const { chosen, relatives } = candidates(idx, q, masked);
    chosen.forEach(score);
    if (!scored.some((x) => x.m.score >= CLEAN)) relatives().forEach(score);
    let unmaskedShingles: ShingleSet | undefined;
    const present = () => (unmaskedShingles ??= presentShingles(idx, q, masked));
    const best = pickBest(scored, present);
    if (!best) break;
    // Other licenses in other parts of the text are accepted in the same round; where a region
    // borrowed shared phrases from a neighbour, its edge is cut back to the neighbour's.
    // Among the rest, near-identical references over the same part are told apart as above.
    // A second copy of the same license (or of a close relative) is left to the next round, where
    // the best reference is chosen for it afresh.
    const round = [best.m, ...best.copies];
    const refsInRound = [best.ref];
    // Weaker matches wait too: a hybrid reference (MIT wording with an ISC disclaimer) can match
    // across the junction of two texts whose own references take them in later rounds.
    const free = ({ m, ref }: { m: TextMatch; ref: Ref }) =>
      m.score >= SAME_ROUND_SCORE &&
      round.every((x) => overlap(x, m) < allowedOverlap(x, m)) &&
      refsInRound.every((r) => r !== ref && !related(idx, r.index, ref.index));
    for (let rest = scored.filter(free); rest.length; rest = rest.filter(free)) {
      const next = pickBest(rest, present)!;
      round.push(next.m);
      refsInRound.push(next.ref);
    }
    for (const a of round)
      for (const b of round) {
        if (a === b || overlap(a, b) === 0) continue;
        const wider = a.end - a.start >= b.end - b.start ? a : b;
        const narrower = wider === a ? b : a;
        if (wider.start < narrower.start) wider.end = Math.min(wider.end, narrower.start - 1);
        else wider.start = Math.max(wider.start, narrower.end + 1);
      }
    for (const m of round) {
      out.push(m);
      for (let i = m.start; i <= Math.min(m.end, sh.length - 1); i++) {
        if (!masked[i]) unmasked--;
        masked[i] = 1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function matchText(text: string): TextMatch[] {
  return matchTokens(tokenize(text));
}
