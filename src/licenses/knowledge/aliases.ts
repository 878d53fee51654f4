// Names found in the wild that are not SPDX ids: legacy RPM/Fedora short names, ScanCode keys,
// common spellings in package metadata. Keys are compared after lower-casing and collapsing
// spaces; values are SPDX expressions.

const TABLE: Record<string, string> = {
  'asl 2.0': 'Apache-2.0',
  'asl 1.1': 'Apache-1.1',
  'apache 2.0': 'Apache-2.0',
  'apache 2': 'Apache-2.0',
  'apache-2': 'Apache-2.0',
  'apache license 2.0': 'Apache-2.0',
  'apache license, version 2.0': 'Apache-2.0',
  'apache software license': 'Apache-2.0',
  apachev2: 'Apache-2.0',
  gplv2: 'GPL-2.0-only',
  'gplv2+': 'GPL-2.0-or-later',
  gplv3: 'GPL-3.0-only',
  'gplv3+': 'GPL-3.0-or-later',
  'gpl+': 'GPL-1.0-or-later',
  gpl: 'GPL-1.0-or-later',
  lgplv2: 'LGPL-2.0-only',
  'lgplv2+': 'LGPL-2.0-or-later',
  'lgplv2.1': 'LGPL-2.1-only',
  'lgplv2.1+': 'LGPL-2.1-or-later',
  lgplv3: 'LGPL-3.0-only',
  'lgplv3+': 'LGPL-3.0-or-later',
  agplv3: 'AGPL-3.0-only',
  'agplv3+': 'AGPL-3.0-or-later',
  'mplv1.1': 'MPL-1.1',
  'mplv2.0': 'MPL-2.0',
  'mpl 2.0': 'MPL-2.0',
  bsd: 'BSD-3-Clause',
  'bsd license': 'BSD-3-Clause',
  'new bsd': 'BSD-3-Clause',
  'simplified bsd': 'BSD-2-Clause',
  'mit license': 'MIT',
  'the mit license': 'MIT',
  'mit/x11': 'MIT',
  expat: 'MIT',
  'public domain': 'LicenseRef-Public-Domain',
  'python software foundation license': 'PSF-2.0',
  psf: 'PSF-2.0',
  'eclipse public license 2.0': 'EPL-2.0',
  'epl-2': 'EPL-2.0',
  cc0: 'CC0-1.0',
  unlicense: 'Unlicense',
  wtfpl: 'WTFPL',
  zlib: 'Zlib',
  isc: 'ISC',
  boost: 'BSL-1.0',
  'licenseref-scancode-mulanpsl-1.0': 'MulanPSL-1.0',
  'licenseref-scancode-mulanpsl-2.0': 'MulanPSL-2.0',
  'licenseref-scancode-mulanpubl-1.0': 'LicenseRef-MulanPubL-1.0',
  'licenseref-scancode-mulanpubl-2.0': 'LicenseRef-MulanPubL-2.0',
  'licenseref-scancode-public-domain': 'LicenseRef-Public-Domain',
};

export function aliasKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Adds aliases from the knowledge base (Mulan names and the like). */
export function extendAliases(pairs: [string, string][]): void {
  for (const [alias, id] of pairs) TABLE[aliasKey(alias)] ??= id;
}

export function lookupAlias(name: string): string | undefined {
  return TABLE[aliasKey(name)];
}
