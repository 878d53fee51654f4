// npm versions, ordered by node-semver itself (the library npm uses), so there is nothing to drift.
// Loose parsing accepts what npm's registry accepted historically ('v1.2.3', '=1.2.3').
// Only the parser is imported, not semver's index (which loads every range and function module).
import parse from 'semver/functions/parse.js';
import { compareStrings, type VersionScheme } from './types.js';

const OPTIONS = { loose: true } as const;

function compare(a: string, b: string): number {
  const x = parse(a, OPTIONS);
  const y = parse(b, OPTIONS);
  if (!x || !y) return x ? 1 : y ? -1 : compareStrings(a, b);
  return x.compare(y);
}

export const npm: VersionScheme = { id: 'npm', compare, isValid: (v) => parse(v, OPTIONS) !== null };
