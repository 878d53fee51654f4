// The labelled corpus: SPDX reference texts in every variation (corpus/variants.ts), the Mulan PSL
// texts split into their Chinese and English halves, their standard notices, and real license
// files of installed packages labelled with the package's declared license.
import { indexedIds } from '../match-text.js';
import { spdxTexts } from '../knowledge/spdx.js';
import { makeVariant, VARIANTS, type VariantName } from './variants.js';
import type { CorpusCase } from './evaluate.js';

function pathFor(variant: VariantName): string {
  if (variant === 'c-comment') return 'src/main.c';
  if (variant === 'hash-comment') return 'tool.py';
  if (variant === 'markdown') return 'LICENSE.md';
  return 'LICENSE';
}

/** Deterministic pseudo-random choice (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SpdxCorpusOptions {
  /** Ids always included. */
  ids?: string[];
  /** Further ids drawn at random from the rest (all when undefined). */
  sample?: number;
  seed?: number;
  variants?: VariantName[];
}

export function spdxCorpus(options: SpdxCorpusOptions = {}): CorpusCase[] {
  const answerable = indexedIds();
  const texts = spdxTexts().filter((t) => answerable.has(t.id));
  const chosen = new Set(options.ids ?? []);
  if (options.sample === undefined) for (const t of texts) chosen.add(t.id);
  else {
    const rnd = random(options.seed ?? 1);
    const rest = texts.filter((t) => !chosen.has(t.id));
    for (let i = 0; i < options.sample && rest.length; i++)
      chosen.add(rest.splice(Math.floor(rnd() * rest.length), 1)[0]!.id);
  }
  const cases: CorpusCase[] = [];
  for (const t of texts) {
    if (!chosen.has(t.id)) continue;
    for (const v of options.variants ?? VARIANTS)
      cases.push({ name: `${t.id}/${v}`, path: pathFor(v), text: makeVariant(t.text, v), expected: t.id });
  }
  return cases;
}
