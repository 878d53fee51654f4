// Maps OSV ecosystem names to version schemes. OSV names may carry a suffix after ':' (a release
// such as `Debian:12`, `Alpine:v3.20`, `openEuler:22.03-LTS-SP3`); the comparator depends only on
// the base name. Unknown ecosystems get no comparator: callers report them, never guess.
import { alpine } from './compare-alpine.js';
import { cargo } from './compare-cargo.js';
import { dpkg } from './compare-dpkg.js';
import { go } from './compare-go.js';
import { maven } from './compare-maven.js';
import { npm } from './compare-npm.js';
import { nuget } from './compare-nuget.js';
import { packagist } from './compare-packagist.js';
import { pep440 } from './compare-pep440.js';
import { rpm } from './compare-rpm.js';
import { rubygems } from './compare-rubygems.js';
import type { VersionScheme } from './types.js';

export const SCHEMES: VersionScheme[] = [
  npm,
  pep440,
  maven,
  go,
  cargo,
  rubygems,
  packagist,
  nuget,
  dpkg,
  rpm,
  alpine,
];

const BY_ECOSYSTEM: Record<string, VersionScheme> = {
  npm,
  PyPI: pep440,
  Maven: maven,
  Go: go,
  'crates.io': cargo,
  RubyGems: rubygems,
  Packagist: packagist,
  NuGet: nuget,
  // SemVer-based registries whose precedence is plain SemVer 2.0.0.
  Hex: cargo,
  Pub: cargo,
  Bitnami: cargo,
  Debian: dpkg,
  Ubuntu: dpkg,
  Alpine: alpine,
  Wolfi: alpine,
  Chainguard: alpine,
  Alpaquita: alpine,
  'BellSoft Hardened Containers': alpine,
  openEuler: rpm,
  'Red Hat': rpm,
  'Rocky Linux': rpm,
  AlmaLinux: rpm,
  openSUSE: rpm,
  SUSE: rpm,
  Mageia: rpm,
  'Photon OS': rpm,
  'Azure Linux': rpm,
  CBL: rpm,
  openCloudOS: rpm,
  TencentOS: rpm,
  'Oracle Linux': rpm,
  'Amazon Linux': rpm,
};

/** The base name of an OSV ecosystem: `Debian:12` → `Debian`. */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}

/** The version scheme for an OSV ecosystem name (suffix allowed), or undefined when unknown. */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  return BY_ECOSYSTEM[baseEcosystem(ecosystem)];
}

export function knownEcosystems(): string[] {
  return Object.keys(BY_ECOSYSTEM);
}
