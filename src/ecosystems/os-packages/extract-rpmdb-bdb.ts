// The RPM database in its Berkeley DB form (`var/lib/rpm/Packages`, rpm < 4.16): the values of the
// hash database are the package header blobs, keyed by their 4-byte instance number. Checked
// against rpm's own read-only BDB backend (`rpm --define '_db_backend bdb_ro' -qa`).
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { FileError } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { BdbError, readBdbHash } from './bdb-hash.js';
import { installedGraph, type InstalledPackage } from './installed-graph.js';
import { osOfRoot } from './os-release.js';
import { HeaderError } from './rpm-header.js';
import { rpmPackage } from './rpm-package.js';

export const RPMDB_BDB = ['var/lib/rpm/Packages'];

export async function extractRpmdbBdb(
  file: string,
  ctx: ExtractContext,
  plugin: string,
): Promise<ExtractOutput> {
  const suffix = RPMDB_BDB.find((s) => file === s || file.endsWith(`/${s}`))!;
  const rootPrefix = file.slice(0, file.length - suffix.length);
  let records;
  try {
    records = readBdbHash(await ctx.readBytes(file));
  } catch (err) {
    if (err instanceof BdbError)
      throw new FileError('parse-error', file, `Berkeley DB rpm database: ${err.message}`);
    throw err;
  }
  const failures: FileFailure[] = [];
  const packages: InstalledPackage[] = [];
  for (const { key, value } of records) {
    if (key.byteLength !== 4 || value.byteLength < 8) continue;
    const hnum = new DataView(key.buffer, key.byteOffset, 4).getUint32(0, true);
    // Instance 0 holds rpm's bookkeeping, not a package.
    if (hnum === 0) continue;
    try {
      const pkg = rpmPackage(value, hnum);
      if (pkg) packages.push(pkg);
    } catch (err) {
      if (!(err instanceof HeaderError)) throw err;
      failures.push({ file, reason: 'parse-error', detail: `package header ${hnum}: ${err.message}` });
    }
  }
  packages.sort((a, b) => Number(a.properties?.rpmdbHeader) - Number(b.properties?.rpmdbHeader));
  const os = await osOfRoot(ctx, rootPrefix);
  const graph = installedGraph({
    type: 'rpm',
    plugin,
    file,
    rootPrefix,
    os,
    fallbackNamespace: 'rpm',
    packages,
  });
  return { graphs: [graph], failures };
}
