// Installed OS packages in a root filesystem: dpkg's status database, the RPM database (SQLite
// and Berkeley DB forms; ndb is refused clearly) and Alpine's installed database. Used by
// `steward scan --rootfs DIR`, which looks only at ROOTFS_PATHS; a normal scan also claims them.
import type { EcosystemPlugin } from '../../core/plugin.js';
import { APK_INSTALLED, APK_PLUGIN_ID, extractApkInstalled } from './extract-apk-installed.js';
import { DPKG_PLUGIN_ID, DPKG_STATUS, DPKG_STATUS_D, extractDpkgStatus } from './extract-dpkg-status.js';
import { RPMDB_BDB } from './extract-rpmdb-bdb.js';
import { extractRpmdb, RPMDB_NDB, RPMDB_PLUGIN_ID, RPMDB_SQLITE } from './extract-rpmdb-sqlite.js';

const at = (path: string, suffix: string) => path === suffix || path.endsWith(`/${suffix}`);

export const dpkgStatusPlugin: EcosystemPlugin = {
  id: DPKG_PLUGIN_ID,
  ecosystem: 'deb',
  formats: ['var/lib/dpkg/status and var/lib/dpkg/status.d/* (installed Debian/Ubuntu packages)'],
  claims: (path) => {
    if (at(path, DPKG_STATUS)) return true;
    const i = path.lastIndexOf(DPKG_STATUS_D);
    if (i < 0 || (i > 0 && path[i - 1] !== '/')) return false;
    const name = path.slice(i + DPKG_STATUS_D.length);
    return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
  },
  extract: extractDpkgStatus,
};

export const rpmdbPlugin: EcosystemPlugin = {
  id: RPMDB_PLUGIN_ID,
  ecosystem: 'rpm',
  formats: [
    'rpmdb.sqlite (var/lib/rpm, usr/lib/sysimage/rpm) and Berkeley DB var/lib/rpm/Packages; ndb reported as unsupported',
  ],
  claims: (path) => [...RPMDB_SQLITE, ...RPMDB_BDB, ...RPMDB_NDB].some((s) => at(path, s)),
  extract: extractRpmdb,
};

export const apkInstalledPlugin: EcosystemPlugin = {
  id: APK_PLUGIN_ID,
  ecosystem: 'apk',
  formats: ['lib/apk/db/installed (installed Alpine packages)'],
  claims: (path) => at(path, APK_INSTALLED),
  extract: extractApkInstalled,
};

/** Where the databases live in a root filesystem; `--rootfs` looks only here (status.d is listed). */
export const ROOTFS_PATHS = [DPKG_STATUS, ...RPMDB_SQLITE, ...RPMDB_BDB, ...RPMDB_NDB, APK_INSTALLED];
export const ROOTFS_DIRS = [DPKG_STATUS_D];
