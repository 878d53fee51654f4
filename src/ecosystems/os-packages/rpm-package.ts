// Turns a decoded RPM header into an installed package, the same way for every rpmdb backend:
// name, version-release, epoch, arch, license, source package, Requires/Provides for the edges,
// and the header digests as properties. Imported signing keys (gpg-pubkey) are not packages.
import type { InstalledPackage } from './installed-graph.js';
import { HeaderError, readHeader, TAG, type HeaderValue } from './rpm-header.js';

const WANTED = new Set<number>(Object.values(TAG));

/** Decodes one header blob; undefined for gpg-pubkey entries; throws HeaderError when damaged. */
export function rpmPackage(blob: Uint8Array, hnum: number): InstalledPackage | undefined {
  const pkg = toPackage(readHeader(blob, WANTED));
  if (pkg) pkg.properties = { ...pkg.properties, rpmdbHeader: hnum };
  return pkg;
}

const str = (v: HeaderValue | undefined) => (typeof v === 'string' ? v : undefined);
const strs = (v: HeaderValue | undefined) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function toPackage(h: Map<number, HeaderValue>): InstalledPackage | undefined {
  const name = str(h.get(TAG.NAME));
  const version = str(h.get(TAG.VERSION));
  const release = str(h.get(TAG.RELEASE));
  if (!name || !version || release === undefined)
    throw new HeaderError('header has no name, version or release');
  // Imported signing keys are stored as pseudo-packages; they are not software.
  if (name === 'gpg-pubkey') return undefined;
  const epochs = h.get(TAG.EPOCH);
  const epoch = Array.isArray(epochs) && typeof epochs[0] === 'number' ? String(epochs[0]) : undefined;
  const pkg: InstalledPackage = {
    name,
    version: `${version}-${release}`,
    provides: strs(h.get(TAG.PROVIDENAME)),
    depends: strs(h.get(TAG.REQUIRENAME))
      .filter((r) => !r.startsWith('rpmlib(') && !r.startsWith('/'))
      .map((r) => [r]),
    properties: {},
  };
  const arch = str(h.get(TAG.ARCH));
  if (arch) pkg.arch = arch;
  if (epoch) pkg.epoch = epoch;
  const license = str(h.get(TAG.LICENSE));
  if (license) pkg.license = license;
  const source = str(h.get(TAG.SOURCERPM));
  if (source) {
    pkg.properties!.sourceRpm = source;
    // name-version-release.src.rpm: the name is what is left after the last two dashes.
    const m = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(source);
    if (m) pkg.source = m[1]!;
  }
  const vendor = str(h.get(TAG.VENDOR));
  if (vendor) pkg.properties!.vendor = vendor;
  // These digest the package header (and payload), not a downloadable file: kept as properties.
  const sha256 = str(h.get(TAG.SHA256HEADER));
  if (sha256 && /^[0-9a-f]{64}$/.test(sha256)) pkg.properties!.rpmHeaderSha256 = sha256;
  const md5 = h.get(TAG.SIGMD5);
  if (md5 instanceof Uint8Array && md5.length === 16)
    pkg.properties!.rpmSigmd5 = Buffer.from(md5).toString('hex');
  return pkg;
}
