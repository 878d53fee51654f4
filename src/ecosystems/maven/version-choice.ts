// What one dependency declaration offers to Maven's mediation: a soft version offers itself, a
// range offers every version the repository's metadata lists inside it (Maven's collector makes a
// sibling node of each, and the highest acceptable one wins among siblings). A version is
// acceptable when every hard range declared for the same artifact contains it.
import { compareMavenVersions } from '../../util/maven-version.js';
import type { PomLoader } from './pom-loader.js';
import { containsVersion, parseVersionSpec, RangeSyntaxError, type VersionSpec } from './version-range.js';

export type RangeSpec = Extract<VersionSpec, { kind: 'range' }>;

export type Declared =
  | { kind: 'unknown' }
  | { kind: 'malformed'; reason: string }
  | { kind: 'soft'; version: string }
  | { kind: 'range'; spec: RangeSpec };

export type Offer =
  Exclude<Declared, { kind: 'range' }> | { kind: 'range'; spec: RangeSpec; versions: string[] };

/** Classify a declared version; `${...}` left unresolved and a missing version are unknown. */
export function classify(version: string | undefined): Declared {
  if (!version || version.includes('${')) return { kind: 'unknown' };
  try {
    const spec = parseVersionSpec(version);
    return spec.kind === 'soft' ? { kind: 'soft', version: spec.version } : { kind: 'range', spec };
  } catch (e) {
    if (e instanceof RangeSyntaxError) return { kind: 'malformed', reason: e.message };
    throw e;
  }
}

/** The version a declaration fixes without a repository: a soft version, or `[1.2]`. */
export function pinnedVersion(version: string | undefined): string | undefined {
  const d = classify(version);
  if (d.kind === 'soft') return d.version;
  if (d.kind !== 'range' || d.spec.restrictions.length !== 1) return undefined;
  const { lower, upper } = d.spec.restrictions[0]!;
  return lower && upper && lower.version === upper.version ? lower.version : undefined;
}

export const sortVersions = (versions: string[]): string[] => [...versions].sort(compareMavenVersions);

export async function offerOf(
  version: string | undefined,
  groupId: string,
  artifactId: string,
  loader: PomLoader,
): Promise<Offer> {
  const d = classify(version);
  if (d.kind !== 'range') return d;
  const available = await loader.versions(groupId, artifactId);
  return { ...d, versions: sortVersions(available.filter((v) => containsVersion(d.spec, v))) };
}

/** Versions of the offer that every constraint contains, ascending. */
export function acceptable(offer: Offer, constraints: RangeSpec[]): string[] {
  const own = offer.kind === 'soft' ? [offer.version] : offer.kind === 'range' ? offer.versions : [];
  return own.filter((v) => constraints.every((c) => containsVersion(c, v)));
}
