// RubyGems versions, ordered as Gem::Version#<=> orders them: segments of digits or letters, a
// letter segment marks a pre-release (sorting before numbers), trailing zeros before the first
// letter segment and at the end are dropped, and '-' means '.pre.'.
import { compareDigits, compareStrings, type VersionScheme } from './types.js';

type Segment = string | bigint;

const CORRECT = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;

function segments(v: string): Segment[] {
  const s = v.trim().replaceAll('-', '.pre.');
  return (s.match(/[0-9]+|[a-z]+/gi) ?? []).map((p) => (/^\d/.test(p) ? BigInt(p) : p));
}

function dropTrailingZeros(list: Segment[]): Segment[] {
  let n = list.length;
  while (n > 0 && list[n - 1] === 0n) n--;
  return list.slice(0, n);
}

export function canonicalSegments(v: string): Segment[] {
  const all = segments(v);
  const firstString = all.findIndex((s) => typeof s === 'string');
  const cut = firstString === -1 ? all.length : firstString;
  return [...dropTrailingZeros(all.slice(0, cut)), ...dropTrailingZeros(all.slice(cut))];
}

function compare(a: string, b: string): number {
  const x = canonicalSegments(a);
  const y = canonicalSegments(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const l = x[i] ?? 0n;
    const r = y[i] ?? 0n;
    if (l === r) continue;
    if (typeof l === 'string' && typeof r !== 'string') return -1;
    if (typeof l !== 'string' && typeof r === 'string') return 1;
    if (typeof l === 'string') return compareStrings(l, r as string);
    return compareDigits(l.toString(), (r as bigint).toString());
  }
  return 0;
}

export const rubygems: VersionScheme = { id: 'rubygems', compare, isValid: (v) => CORRECT.test(v) };
