// OSV's IsAffected, exactly as the schema defines it: a version is affected when it is listed in
// `versions` or lies in a SEMVER or ECOSYSTEM range (introduced/fixed/last_affected events, cut
// by any `limit`). GIT ranges need commits, which components do not have: they are reported as
// not evaluable, never guessed.
import { cargo } from '../versions/compare-cargo.js';
import { npm } from '../versions/compare-npm.js';
import { schemeFor } from '../versions/registry.js';
import type { VersionScheme } from '../versions/types.js';
import { eventVersion, type OsvAffected, type OsvEvent, type OsvRange } from './osv-schema.js';

export type AffectedOutcome = 'affected' | 'not-affected' | 'not-evaluable';

/** SEMVER ranges use SemVer 2.0 precedence whatever the ecosystem; a leading 'v' is tolerated. */
const semverRange: VersionScheme = {
  id: 'semver',
  compare: (a, b) => {
    const x = a.replace(/^v/, '');
    const y = b.replace(/^v/, '');
    return cargo.isValid(x) && cargo.isValid(y) ? cargo.compare(x, y) : npm.compare(x, y);
  },
  isValid: (v) => cargo.isValid(v.replace(/^v/, '')),
};

export function schemeForRange(range: OsvRange, ecosystem: string): VersionScheme | undefined {
  if (range.type === 'SEMVER') return semverRange;
  if (range.type === 'ECOSYSTEM') return schemeFor(ecosystem);
  return undefined;
}

/** Events in ascending version order; `introduced: 0` sorts first. Cached per range. */
const sortedCache = new WeakMap<OsvRange, OsvEvent[]>();
function sortedEvents(range: OsvRange, scheme: VersionScheme): OsvEvent[] {
  let sorted = sortedCache.get(range);
  if (!sorted) {
    const key = (e: OsvEvent) => eventVersion(e);
    sorted = range.events
      .filter((e) => !('limit' in e))
      .sort((a, b) => {
        const za = 'introduced' in a && a.introduced === '0';
        const zb = 'introduced' in b && b.introduced === '0';
        if (za || zb) return za === zb ? 0 : za ? -1 : 1;
        return scheme.compare(key(a), key(b));
      });
    sortedCache.set(range, sorted);
  }
  return sorted;
}

export function inRange(version: string, range: OsvRange, scheme: VersionScheme): boolean {
  const limits = range.events.filter((e): e is { limit: string } => 'limit' in e);
  if (limits.length && !limits.some((l) => l.limit === '*' || scheme.compare(version, l.limit) < 0))
    return false;
  let vulnerable = false;
  for (const e of sortedEvents(range, scheme)) {
    if ('introduced' in e) {
      if (e.introduced === '0' || scheme.compare(version, e.introduced) >= 0) vulnerable = true;
    } else if ('fixed' in e) {
      if (scheme.compare(version, e.fixed) >= 0) vulnerable = false;
    } else if ('last_affected' in e) {
      if (scheme.compare(version, e.last_affected) > 0) vulnerable = false;
    }
  }
  return vulnerable;
}

export function isAffected(version: string, affected: OsvAffected): AffectedOutcome {
  const ecosystemScheme = schemeFor(affected.package.ecosystem);
  if (affected.versions.includes(version)) return 'affected';
  if (ecosystemScheme && affected.versions.some((v) => ecosystemScheme.compare(v, version) === 0))
    return 'affected';
  let unevaluable = false;
  for (const range of affected.ranges) {
    const scheme = schemeForRange(range, affected.package.ecosystem);
    if (!scheme) {
      unevaluable = true;
      continue;
    }
    if (inRange(version, range, scheme)) return 'affected';
  }
  // Only GIT (or unknown) ranges and no listed version: we cannot say either way.
  const evaluable = affected.ranges.some((r) => schemeForRange(r, affected.package.ecosystem));
  return unevaluable && !evaluable && affected.versions.length === 0 ? 'not-evaluable' : 'not-affected';
}

/** Every `fixed` version named for this package, in ascending order, without duplicates. */
export function fixedVersions(entries: OsvAffected[]): string[] {
  const scheme = entries[0] ? schemeFor(entries[0].package.ecosystem) : undefined;
  const all = new Set<string>();
  for (const a of entries)
    for (const r of a.ranges)
      if (r.type !== 'GIT') for (const e of r.events) if ('fixed' in e) all.add(e.fixed);
  return [...all].sort((a, b) => (scheme ? scheme.compare(a, b) : a < b ? -1 : 1));
}

/**
 * The smallest fixed version above `version` that none of the entries marks as affected: an
 * upgrade to it leaves this vulnerability behind. Null when no such version is known.
 */
export function smallestFix(version: string, entries: OsvAffected[]): string | null {
  const scheme = entries[0] ? schemeFor(entries[0].package.ecosystem) : undefined;
  if (!scheme) return null;
  for (const f of fixedVersions(entries)) {
    if (scheme.compare(f, version) <= 0) continue;
    if (entries.every((a) => isAffected(f, a) !== 'affected')) return f;
  }
  return null;
}
