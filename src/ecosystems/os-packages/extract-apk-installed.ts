// Alpine's installed-package database, lib/apk/db/installed: blank-line separated records of
// one-letter keys (P name, V version, A arch, L license, o origin, C checksum, D depends,
// p provides). File lists (F, R, Z, a, M) are skipped.
import type { Hash } from '../../core/model.js';
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { FileError } from '../../core/plugin.js';
import { installedGraph, type InstalledPackage } from './installed-graph.js';
import { osOfRoot } from './os-release.js';

export const APK_PLUGIN_ID = 'os-packages/apk';
export const APK_INSTALLED = 'lib/apk/db/installed';

export async function extractApkInstalled(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const rootPrefix = file.slice(0, file.length - APK_INSTALLED.length);
  const text = await ctx.readText(file);
  const packages: InstalledPackage[] = [];
  let record: Map<string, string[]> | undefined;
  let start = 0;
  const lines = text.split('\n');
  const flush = () => {
    if (record) packages.push(toPackage(record, file, start));
    record = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line[1] !== ':')
      throw new FileError('parse-error', file, `not a "K:value" line: ${line.slice(0, 40)}`, i + 1);
    if (!record) {
      record = new Map();
      start = i + 1;
    }
    const key = line[0]!;
    if ('FRZaM'.includes(key)) continue;
    record.set(key, [...(record.get(key) ?? []), line.slice(2)]);
  }
  flush();
  const os = await osOfRoot(ctx, rootPrefix);
  return {
    graphs: [
      installedGraph({
        type: 'apk',
        plugin: APK_PLUGIN_ID,
        file,
        rootPrefix,
        os,
        fallbackNamespace: 'alpine',
        packages,
      }),
    ],
  };
}

/** `so:libc.musl-x86_64.so.1=1` -> `so:libc.musl-x86_64.so.1`; `musl>=1.2` -> `musl`. */
const depName = (s: string) => s.replace(/^!/, '').split(/[<>=~]/)[0]!;

function toPackage(r: Map<string, string[]>, file: string, line: number): InstalledPackage {
  const one = (k: string) => r.get(k)?.[0];
  const name = one('P');
  const version = one('V');
  if (!name || !version)
    throw new FileError('parse-error', file, `record without ${name ? 'V:' : 'P:'}`, line);
  const pkg: InstalledPackage = {
    name,
    version,
    line,
    provides: (one('p') ?? '').split(/\s+/).filter(Boolean).map(depName),
    // `!name` is a conflict, not a dependency.
    depends: (one('D') ?? '')
      .split(/\s+/)
      .filter((d) => d && !d.startsWith('!'))
      .map((d) => [depName(d)]),
    properties: {},
  };
  const arch = one('A');
  if (arch) pkg.arch = arch;
  const license = one('L');
  if (license) pkg.license = license;
  const origin = one('o');
  if (origin) {
    pkg.properties!.sourcePackage = origin;
    pkg.source = origin;
  }
  const commit = one('c');
  if (commit) pkg.properties!.aportsCommit = commit;
  const checksum = one('C');
  const hash = checksum ? apkChecksum(checksum) : undefined;
  if (hash) pkg.hashes = [hash];
  return pkg;
}

/** `Q1` + base64 SHA-1 of the package's control data, as apk records it. */
function apkChecksum(c: string): Hash | undefined {
  if (!c.startsWith('Q1')) return undefined;
  const hex = Buffer.from(c.slice(2), 'base64').toString('hex');
  return hex.length === 40 ? { alg: 'SHA-1', value: hex } : undefined;
}
