// The RPM database in its SQLite form (rpm >= 4.16: openEuler 22.03+, Anolis 23, Fedora 33+,
// RHEL 9), at var/lib/rpm/rpmdb.sqlite or usr/lib/sysimage/rpm/rpmdb.sqlite. The file is read
// through the scan context and opened in memory with node:sqlite (no native addon); each
// package's header blob is decoded by rpm-header.ts. Berkeley DB and ndb databases are refused
// with a clear message.
import { DatabaseSync } from 'node:sqlite';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { FileError } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { installedGraph, type InstalledPackage } from './installed-graph.js';
import { osOfRoot } from './os-release.js';
import { HeaderError, readHeader, TAG, type HeaderValue } from './rpm-header.js';

export const RPMDB_PLUGIN_ID = 'os-packages/rpmdb';
export const RPMDB_SQLITE = ['var/lib/rpm/rpmdb.sqlite', 'usr/lib/sysimage/rpm/rpmdb.sqlite'];
/** Older backends: Berkeley DB (`Packages`) and rpm's own ndb (`Packages.db`). */
export const RPMDB_OTHER = [
  'var/lib/rpm/Packages',
  'var/lib/rpm/Packages.db',
  'usr/lib/sysimage/rpm/Packages.db',
];

const WANTED = new Set<number>(Object.values(TAG));
const SQLITE_MAGIC = 'SQLite format 3\0';

export async function extractRpmdb(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const other = RPMDB_OTHER.find((s) => file === s || file.endsWith(`/${s}`));
  if (other)
    throw new FileError(
      'unsupported-version',
      file,
      other.endsWith('.db')
        ? 'rpm ndb database is not supported'
        : 'Berkeley DB rpm database is not supported (only rpmdb.sqlite)',
    );
  const suffix = RPMDB_SQLITE.find((s) => file === s || file.endsWith(`/${s}`))!;
  const rootPrefix = file.slice(0, file.length - suffix.length);
  const bytes = await ctx.readBytes(file);
  if (Buffer.from(bytes.subarray(0, 16)).toString('latin1') !== SQLITE_MAGIC)
    throw new FileError('parse-error', file, 'not an SQLite database');
  const failures: FileFailure[] = [];
  const rows = readRows(file, bytes);
  const packages: InstalledPackage[] = [];
  for (const row of rows) {
    try {
      const pkg = toPackage(readHeader(row.blob, WANTED));
      if (pkg) packages.push({ ...pkg, properties: { ...pkg.properties, rpmdbHeader: row.hnum } });
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      failures.push({ file, reason: 'parse-error', detail: `package header ${row.hnum}: ${err.message}` });
    }
  }
  const wal = await ctx.readBytes(`${file}-wal`).catch(() => undefined);
  if (wal && wal.byteLength > 0)
    failures.push({
      file: `${file}-wal`,
      reason: 'unreadable',
      detail: 'write-ahead log not checkpointed; its changes are not read',
    });
  const os = await osOfRoot(ctx, rootPrefix);
  const graph = installedGraph({
    type: 'rpm',
    plugin: RPMDB_PLUGIN_ID,
    file,
    rootPrefix,
    os,
    fallbackNamespace: 'rpm',
    packages,
  });
  return { graphs: [graph], failures };
}

function readRows(file: string, bytes: Uint8Array): { hnum: number; blob: Uint8Array }[] {
  const db = new DatabaseSync(':memory:');
  try {
    // rpm keeps the database in WAL mode (header bytes 18-19 = 2), which an in-memory copy cannot
    // open; a copy marked as rollback-journal (1) has the same content.
    const copy = new Uint8Array(bytes);
    if (copy[18] === 2 && copy[19] === 2) copy[18] = copy[19] = 1;
    db.deserialize(copy);
    return db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all() as {
      hnum: number;
      blob: Uint8Array;
    }[];
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new FileError('parse-error', file, `truncated or corrupt rpm database: ${message}`);
  } finally {
    db.close();
  }
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
