// Maps a Package URL to the OSV (ecosystem, name, version) it is published under. OS packages
// take their OSV ecosystem release from the purl's `distro` qualifier (debian-12 → Debian:12,
// openEuler-22.03-LTS-SP3 → openEuler:22.03-LTS-SP3, alpine-3.20 → Alpine:v3.20).
import { parsePurl } from '../core/purl.js';

export interface OsvPackage {
  ecosystem: string;
  name: string;
  version: string;
}

/**
 * Case-folding and separator rules each registry applies to names, so lookups agree. npm names
 * fold too: a purl writes them in lower case (the purl specification), while OSV keeps legacy
 * mixed-case names as published (`JSONStream`); new npm names must be lower case anyway.
 */
export function normalizeName(ecosystem: string, name: string): string {
  const base = ecosystem.split(':')[0];
  if (base === 'PyPI') return name.toLowerCase().replace(/[-_.]+/g, '-');
  if (base === 'npm' || base === 'NuGet' || base === 'Packagist' || base === 'Hex' || base === 'Pub')
    return name.toLowerCase();
  return name;
}

const DEBIAN_CODENAMES: Record<string, string> = {
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
};

/** Splits `debian-12`, `alpine-3.20.1`, `openEuler-22.03-LTS-SP3` into name and release. */
function splitDistro(distro: string | undefined): { id: string; release: string } | null {
  if (!distro) return null;
  const dash = distro.indexOf('-');
  if (dash === -1) return { id: '', release: distro };
  return { id: distro.slice(0, dash).toLowerCase(), release: distro.slice(dash + 1) };
}

function debEcosystem(namespace: string, distro: string | undefined): string | null {
  const d = splitDistro(distro);
  const ns = namespace.toLowerCase();
  if (ns === 'debian') {
    if (!d) return 'Debian';
    const release = DEBIAN_CODENAMES[d.release.toLowerCase()] ?? d.release.split('.')[0]!;
    return `Debian:${release}`;
  }
  if (ns === 'ubuntu') {
    if (!d) return 'Ubuntu';
    const m = /^(\d\d)\.(\d\d)/.exec(d.release);
    if (!m) return 'Ubuntu';
    const lts = Number(m[1]) % 2 === 0 && m[2] === '04';
    return `Ubuntu:${m[1]}.${m[2]}${lts ? ':LTS' : ''}`;
  }
  return null;
}

const RPM_VENDORS: Record<string, string> = {
  openeuler: 'openEuler',
  redhat: 'Red Hat',
  rocky: 'Rocky Linux',
  almalinux: 'AlmaLinux',
  opensuse: 'openSUSE',
  suse: 'SUSE',
  mageia: 'Mageia',
};

function rpmEcosystem(namespace: string, distro: string | undefined): string | null {
  const base = RPM_VENDORS[namespace.toLowerCase()];
  if (!base) return null;
  const d = splitDistro(distro);
  if (!d || !d.release) return base;
  // openEuler keeps its full release name (22.03-LTS-SP3); the RHEL family uses the major version.
  if (base === 'openEuler' || base === 'Mageia') return `${base}:${d.release}`;
  if (base === 'Rocky Linux' || base === 'AlmaLinux') return `${base}:${d.release.split('.')[0]}`;
  return base;
}

function apkEcosystem(namespace: string, distro: string | undefined): string | null {
  const ns = namespace.toLowerCase();
  if (ns === 'wolfi') return 'Wolfi';
  if (ns === 'chainguard') return 'Chainguard';
  if (ns !== 'alpine') return null;
  const d = splitDistro(distro);
  const m = d ? /^v?(\d+)\.(\d+)/.exec(d.release) : null;
  return m ? `Alpine:v${m[1]}.${m[2]}` : 'Alpine';
}

/**
 * OS advisories are keyed by source package (dpkg Source, rpm SOURCERPM, apk origin), which purls
 * carry as `upstream` when it differs from the binary package: `openssl`, `openssl@3.0.11-1` or
 * `openssl-3.0.7-1.oe2203sp3.src.rpm`.
 */
function sourceName(upstream: string | undefined): string | undefined {
  if (!upstream) return undefined;
  const srpm = /^(.+)-[^-]+-[^-]+\.src\.rpm$/.exec(upstream);
  return srpm ? srpm[1] : upstream.split(/[@ ]/)[0] || undefined;
}

/**
 * The OSV coordinates for a purl, or null for types OSV has no ecosystem for (or no version).
 * `ecosystem`, when the inventory already knows it (the rootfs scanner reads os-release and
 * records `osvEcosystem`), takes precedence over what the purl implies.
 */
export function purlToOsv(purl: string, ecosystemOverride?: string): OsvPackage | null {
  let p;
  try {
    p = parsePurl(purl);
  } catch {
    return null;
  }
  if (!p.version) return null;
  const ns = p.namespace ?? '';
  const q = p.qualifiers ?? {};
  const joined = (sep: string) => (ns ? `${ns}${sep}${p.name}` : p.name);
  let ecosystem: string | null;
  let name = p.name;
  let version = p.version;
  switch (p.type) {
    case 'npm':
      ecosystem = 'npm';
      name = joined('/');
      break;
    case 'pypi':
      ecosystem = 'PyPI';
      break;
    case 'maven':
      ecosystem = 'Maven';
      name = joined(':');
      break;
    case 'golang':
      ecosystem = 'Go';
      name = joined('/');
      break;
    case 'cargo':
      ecosystem = 'crates.io';
      break;
    case 'gem':
      ecosystem = 'RubyGems';
      break;
    case 'composer':
      ecosystem = 'Packagist';
      name = joined('/');
      break;
    case 'nuget':
      ecosystem = 'NuGet';
      break;
    case 'hex':
      ecosystem = 'Hex';
      break;
    case 'pub':
      ecosystem = 'Pub';
      break;
    case 'deb':
      ecosystem = debEcosystem(ns, q.distro);
      name = sourceName(q.upstream) ?? name;
      break;
    case 'rpm':
      ecosystem = rpmEcosystem(ns, q.distro);
      name = sourceName(q.upstream) ?? name;
      if (q.epoch && !/^\d+:/.test(version)) version = `${q.epoch}:${version}`;
      break;
    case 'apk':
      ecosystem = apkEcosystem(ns, q.distro);
      name = sourceName(q.upstream) ?? name;
      break;
    default:
      ecosystem = null;
  }
  const chosen = ecosystemOverride || ecosystem;
  return chosen ? { ecosystem: chosen, name, version } : null;
}
