// Go module versions, ordered as golang.org/x/mod/semver orders them. OSV writes Go versions
// without the 'v' that Go requires, so both spellings are accepted. Pseudo-versions
// (v0.0.0-20210101000000-abcdef123456) are ordinary pre-releases; '+incompatible' is build
// metadata and does not affect order. Like Go, shorthand 'v1' and 'v1.2' mean v1.0.0 and v1.2.0.
import { compareSemverParts, type SemverParts } from './semver-core.js';
import type { VersionScheme } from './types.js';

const GO_SEMVER =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?)?)?$/;

export function parseGo(v: string): SemverParts | null {
  const m = GO_SEMVER.exec(v.trim());
  if (!m) return null;
  return {
    release: [m[1]!, m[2] ?? '0', m[3] ?? '0'],
    prerelease: m[4] ? m[4].split('.') : [],
    build: m[5] ?? '',
  };
}

function compare(a: string, b: string): number {
  const x = parseGo(a);
  const y = parseGo(b);
  // x/mod/semver: an invalid version is less than every valid one and equal to other invalid ones.
  if (!x || !y) return x ? 1 : y ? -1 : 0;
  return compareSemverParts(x, y);
}

export const go: VersionScheme = { id: 'go', compare, isValid: (v) => parseGo(v) !== null };
