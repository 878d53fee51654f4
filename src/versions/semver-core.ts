// Semantic Versioning 2.0.0 precedence, shared by the schemes that follow it closely (Go modules,
// Cargo, Hex, Pub). Build metadata never affects precedence.
import { compareDigits, compareStrings } from './types.js';

export interface SemverParts {
  /** Numeric release parts as digit strings. */
  release: string[];
  prerelease: string[];
  build: string;
}

const NUMERIC = /^\d+$/;

/** Compares dot-separated pre-release identifiers: none sorts after any, numbers before words. */
export function comparePrerelease(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    const nx = NUMERIC.test(x);
    const ny = NUMERIC.test(y);
    let rc: number;
    if (nx && ny) rc = compareDigits(x, y);
    else if (nx !== ny) rc = nx ? -1 : 1;
    else rc = compareStrings(x, y);
    if (rc) return rc;
  }
  return Math.sign(a.length - b.length);
}

export function compareRelease(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const rc = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (rc) return rc;
  }
  return 0;
}

export function compareSemverParts(a: SemverParts, b: SemverParts): number {
  return compareRelease(a.release, b.release) || comparePrerelease(a.prerelease, b.prerelease);
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Strict SemVer 2.0.0 parse; null when the string is not a valid version. */
export function parseSemver(v: string): SemverParts | null {
  const m = SEMVER.exec(v);
  if (!m) return null;
  return { release: [m[1]!, m[2]!, m[3]!], prerelease: m[4] ? m[4].split('.') : [], build: m[5] ?? '' };
}
