// Damaged databases, written by the test: a truncated rpmdb.sqlite, a package header that lies
// about its size, a Berkeley DB database, dpkg and apk records with missing fields. Each gives a
// failure naming the file (and line or header) while the other databases are still read.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { apkInstalledPlugin, dpkgStatusPlugin, rpmdbPlugin } from './index.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const plugins = [dpkgStatusPlugin, rpmdbPlugin, apkInstalledPlugin];
const realRpmdb = () => readFileSync(`${fixtures}/openeuler-rootfs/var/lib/rpm/rpmdb.sqlite`);

async function rootfs(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'rootfs-'));
  for (const [p, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, p)), { recursive: true });
    await writeFile(join(root, p), content);
  }
  return root;
}
const DPKG_OK = 'Package: ok\nStatus: install ok installed\nVersion: 1.0-1\nArchitecture: amd64\n';

describe('damaged OS package databases', () => {
  it('a truncated rpmdb.sqlite is a clear failure; the dpkg database beside it is still read', async () => {
    const bytes = realRpmdb();
    const root = await rootfs({
      'var/lib/rpm/rpmdb.sqlite': bytes.subarray(0, 4096),
      'var/lib/dpkg/status': DPKG_OK,
    });
    const r = await scan(root, { plugins, analyzers: [] });
    expect(r.status.failures).toMatchObject([{ file: 'var/lib/rpm/rpmdb.sqlite', reason: 'parse-error' }]);
    expect(r.status.failures[0]!.detail).toMatch(/truncated or corrupt/);
    expect(r.components.map((c) => c.name)).toEqual(['ok']);
  });

  it('a package header that declares more data than it has is reported; the other headers are read', async () => {
    const db = new DatabaseSync(':memory:');
    db.deserialize(
      new Uint8Array(Object.assign(realRpmdb(), {})).map((b, i) => (i === 18 || i === 19 ? 1 : b)),
    );
    const blob = db.prepare('SELECT blob FROM Packages WHERE hnum = 2').get()!.blob as Uint8Array;
    db.prepare('UPDATE Packages SET blob = ? WHERE hnum = 2').run(blob.subarray(0, 200));
    const damaged = db.serialize();
    db.close();
    const r = await scan(await rootfs({ 'usr/lib/sysimage/rpm/rpmdb.sqlite': damaged }), {
      plugins,
      analyzers: [],
    });
    expect(r.status.failures).toMatchObject([
      { file: 'usr/lib/sysimage/rpm/rpmdb.sqlite', reason: 'parse-error' },
    ]);
    expect(r.status.failures[0]!.detail).toMatch(/^package header 2: header declares/);
    expect(r.components).toHaveLength(2);
    // No os-release: the neutral namespace and no distro qualifier.
    expect(r.components[0]!.purl).toMatch(/^pkg:rpm\/rpm\/steward-/);
  });

  it('a truncated or foreign Berkeley DB Packages file is a clear failure; ndb is unsupported', async () => {
    const bdb = readFileSync(`${fixtures}/openeuler2003-rootfs/var/lib/rpm/Packages`);
    const truncated = await scan(await rootfs({ 'var/lib/rpm/Packages': bdb.subarray(0, 8192) }), {
      plugins,
      analyzers: [],
    });
    expect(truncated.status.failures).toMatchObject([
      { file: 'var/lib/rpm/Packages', reason: 'parse-error' },
    ]);
    expect(truncated.status.failures[0]!.detail).toMatch(/^Berkeley DB rpm database: truncated/);
    const zeros = await scan(await rootfs({ 'var/lib/rpm/Packages': new Uint8Array(4096) }), {
      plugins,
      analyzers: [],
    });
    expect(zeros.status.failures[0]!.detail).toMatch(/not a Berkeley DB hash database/);
    const ndb = await scan(await rootfs({ 'usr/lib/sysimage/rpm/Packages.db': new Uint8Array(4096) }), {
      plugins,
      analyzers: [],
    });
    expect(ndb.status.failures).toMatchObject([{ reason: 'unsupported-version' }]);
  });

  it('a dpkg record marked installed without a Version names the line', async () => {
    const status = `${DPKG_OK}\nPackage: broken\nStatus: install ok installed\nArchitecture: amd64\n`;
    const r = await scan(await rootfs({ 'var/lib/dpkg/status': status }), { plugins, analyzers: [] });
    expect(r.status.failures).toMatchObject([
      { file: 'var/lib/dpkg/status', line: 6, reason: 'parse-error' },
    ]);
  });

  it('counts packages whose files are on disk: triggers-pending yes, config-files and not-installed no', async () => {
    const status = [
      'Package: pending\nStatus: install ok triggers-pending\nVersion: 1\nArchitecture: amd64\n',
      'Package: removed\nStatus: deinstall ok config-files\nVersion: 1\nArchitecture: amd64\n',
      'Package: gone\nStatus: purge ok not-installed\nArchitecture: amd64\n',
      'Package: unpacked\nStatus: install ok unpacked\nVersion: 2\nArchitecture: all\n',
    ].join('\n');
    const r = await scan(await rootfs({ 'var/lib/dpkg/status': status }), { plugins, analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.components.map((c) => c.name).sort()).toEqual(['pending', 'unpacked']);
  });

  it('an apk database with a line that is not K:value names the line', async () => {
    const r = await scan(await rootfs({ 'lib/apk/db/installed': 'P:musl\nV:1.2.5-r0\ngarbage here\n' }), {
      plugins,
      analyzers: [],
    });
    expect(r.status.failures).toMatchObject([
      { file: 'lib/apk/db/installed', line: 3, reason: 'parse-error' },
    ]);
  });

  it('distroless status.d files are read one package per file, without Status', async () => {
    const r = await scan(
      await rootfs({
        'var/lib/dpkg/status.d/base': 'Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n',
        'var/lib/dpkg/status.d/base.md5sums': 'abc  etc/issue\n',
        'etc/os-release': 'ID=debian\nVERSION_ID="12"\n',
      }),
      { plugins, analyzers: [] },
    );
    expect(r.components.map((c) => [c.name, c.version])).toEqual([['base-files', '12.4+deb12u5']]);
    expect(r.components[0]!.purl).toMatch(
      /^pkg:deb\/debian\/base-files@12\.4(\+|%2B)deb12u5\?arch=amd64&distro=debian-12$/,
    );
  });
});
