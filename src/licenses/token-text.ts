// Searchable forms of a token list: `spaced` (tokens joined by single spaces, for phrases with word
// boundaries) and `compact` (no separators, for names written with or without spaces such as
// "Mulan PSL v2" / "MulanPSLv2"). Offsets map a hit back to a token and so to a line.
import type { Tokens } from './normalise.js';

export interface TokenText {
  tokens: Tokens;
  spaced: string;
  compact: string;
  spacedStarts: number[];
  compactStarts: number[];
}

/** Offset of each token in the words joined by `gap` characters, the first at `first`. */
function starts(words: string[], first: number, gap: number): number[] {
  const out = new Array<number>(words.length);
  let at = first;
  for (let i = 0; i < words.length; i++) {
    out[i] = at;
    at += words[i]!.length + gap;
  }
  return out;
}

/** The offsets are computed when first asked for: most texts have no phrase hit to place. */
export function tokenText(tokens: Tokens): TokenText {
  let spacedStarts: number[] | undefined;
  let compactStarts: number[] | undefined;
  return {
    tokens,
    spaced: ` ${tokens.words.join(' ')} `,
    compact: tokens.words.join(''),
    get spacedStarts() {
      return (spacedStarts ??= starts(tokens.words, 1, 1));
    },
    get compactStarts() {
      return (compactStarts ??= starts(tokens.words, 0, 0));
    },
  };
}

/** Index of the token containing string offset `pos` (binary search over token starts). */
export function tokenAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(lo, 0);
}

export function lineOfToken(t: TokenText, token: number): number {
  return t.tokens.lines[Math.min(token, t.tokens.lines.length - 1)] ?? 1;
}

/** All offsets of `needle` in `hay`, capped. */
export function allIndexes(hay: string, needle: string, cap = 200): number[] {
  const out: number[] = [];
  let at = hay.indexOf(needle);
  while (at >= 0 && out.length < cap) {
    out.push(at);
    at = hay.indexOf(needle, at + needle.length);
  }
  return out;
}
