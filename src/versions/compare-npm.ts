// npm versions, ordered by node-semver itself (the library npm uses), so there is nothing to drift.
// Loose parsing accepts what npm's registry accepted historically ('v1.2.3', '=1.2.3').
import semver from 'semver';
import { compareStrings, type VersionScheme } from './types.js';

const OPTIONS = { loose: true } as const;

function compare(a: string, b: string): number {
  const x = semver.parse(a, OPTIONS);
  const y = semver.parse(b, OPTIONS);
  if (!x || !y) return x ? 1 : y ? -1 : compareStrings(a, b);
  return x.compare(y);
}

export const npm: VersionScheme = { id: 'npm', compare, isValid: (v) => semver.parse(v, OPTIONS) !== null };
