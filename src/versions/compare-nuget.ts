// NuGet versions as NuGet.Versioning orders them: up to four numeric parts (missing ones are 0,
// so 1.0 == 1.0.0.0), then SemVer 2.0 release labels compared case-insensitively; metadata after
// '+' is ignored. Legacy four-part versions and leading zeros are accepted, as NuGet does.
import { compareSemverParts, type SemverParts } from './semver-core.js';
import { compareStrings, type VersionScheme } from './types.js';

const NUGET = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-.]+))?$/i;

export function parseNuget(v: string): SemverParts | null {
  const m = NUGET.exec(v.trim());
  if (!m) return null;
  return { release: m[1]!.split('.'), prerelease: m[2] ? m[2].split('.') : [], build: m[3] ?? '' };
}

function compare(a: string, b: string): number {
  const x = parseNuget(a);
  const y = parseNuget(b);
  if (!x || !y) return x ? 1 : y ? -1 : compareStrings(a.toLowerCase(), b.toLowerCase());
  return compareSemverParts(x, y, true);
}

export const nuget: VersionScheme = { id: 'nuget', compare, isValid: (v) => parseNuget(v) !== null };
