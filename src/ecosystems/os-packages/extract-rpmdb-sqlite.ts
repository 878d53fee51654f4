// The RPM database in its SQLite form (rpm >= 4.16: openEuler 22.03+, Anolis 23, Fedora 33+,
// RHEL 9), at var/lib/rpm/rpmdb.sqlite or usr/lib/sysimage/rpm/rpmdb.sqlite. The file is read
// through the scan context and opened in memory with node:sqlite (no native addon); each
// package's header blob is decoded by rpm-header.ts. The Berkeley DB form is handed to
// extract-rpmdb-bdb.ts; rpm's ndb form is refused with a clear message.
import { DatabaseSync } from 'node:sqlite';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { FileError } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { extractRpmdbBdb, RPMDB_BDB } from './extract-rpmdb-bdb.js';
import { installedGraph, type InstalledPackage } from './installed-graph.js';
import { osOfRoot } from './os-release.js';
import { rpmPackage } from './rpm-package.js';
import { HeaderError } from './rpm-header.js';

export const RPMDB_PLUGIN_ID = 'os-packages/rpmdb';
export const RPMDB_SQLITE = ['var/lib/rpm/rpmdb.sqlite', 'usr/lib/sysimage/rpm/rpmdb.sqlite'];
/** rpm's own ndb format (`Packages.db`, rpm 4.15+ on some distributions) is not read. */
export const RPMDB_NDB = ['var/lib/rpm/Packages.db', 'usr/lib/sysimage/rpm/Packages.db'];

const SQLITE_MAGIC = 'SQLite format 3\0';

export async function extractRpmdb(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  if (RPMDB_BDB.some((b) => file === b || file.endsWith(`/${b}`)))
    return extractRpmdbBdb(file, ctx, RPMDB_PLUGIN_ID);
  if (RPMDB_NDB.some((n) => file === n || file.endsWith(`/${n}`)))
    throw new FileError('unsupported-version', file, 'rpm ndb database is not supported');
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
      const pkg = rpmPackage(row.blob, row.hnum);
      if (pkg) packages.push(pkg);
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
