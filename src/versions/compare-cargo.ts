// crates.io versions: strict SemVer 2.0.0 as Cargo's `semver` crate parses it. Precedence ignores
// build metadata, as the SemVer specification and OSV's reference matcher do.
import { compareSemverParts, parseSemver } from './semver-core.js';
import { compareStrings, type VersionScheme } from './types.js';

function compare(a: string, b: string): number {
  const x = parseSemver(a.trim());
  const y = parseSemver(b.trim());
  if (!x || !y) return x ? 1 : y ? -1 : compareStrings(a, b);
  return compareSemverParts(x, y);
}

export const cargo: VersionScheme = { id: 'cargo', compare, isValid: (v) => parseSemver(v.trim()) !== null };
