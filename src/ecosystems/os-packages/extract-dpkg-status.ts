// Debian's installed-package database: var/lib/dpkg/status, and the one-file-per-package
// var/lib/dpkg/status.d/ that distroless images use. A package counts when its files are on disk:
// state installed, triggers-pending/-awaited, half-configured or unpacked (not config-files).
import type { ExtractContext, ExtractOutput } from '../../core/plugin.js';
import { FileError } from '../../core/plugin.js';
import { dep5Licenses } from './dpkg-copyright.js';
import { parseParagraphs, parseRelations, type Paragraph } from './dpkg-status.js';
import { installedGraph, type InstalledPackage } from './installed-graph.js';
import { osOfRoot } from './os-release.js';

export const DPKG_PLUGIN_ID = 'os-packages/dpkg';
export const DPKG_STATUS = 'var/lib/dpkg/status';
export const DPKG_STATUS_D = 'var/lib/dpkg/status.d/';

/** States in which a package's files are on disk (`Status: <want> <flag> <state>`). */
const ON_DISK = new Set(['installed', 'triggers-pending', 'triggers-awaited', 'half-configured', 'unpacked']);
const onDisk = (status: string | undefined) => ON_DISK.has(status?.split(/\s+/)[2] ?? '');

export async function extractDpkgStatus(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const inStatusD = file.includes(`/${DPKG_STATUS_D}`) || file.startsWith(DPKG_STATUS_D);
  const at = file.lastIndexOf(inStatusD ? DPKG_STATUS_D : DPKG_STATUS);
  const rootPrefix = file.slice(0, at);
  const text = await ctx.readText(file);
  const paragraphs = parseParagraphs(text);
  if (text.trim() && paragraphs.length === 0)
    throw new FileError('parse-error', file, 'no dpkg status paragraphs');
  const packages: InstalledPackage[] = [];
  for (const p of paragraphs) {
    const pkg = toPackage(p, file, inStatusD);
    if (pkg) packages.push(pkg);
  }
  await addLicenses(packages, rootPrefix, ctx);
  const os = await osOfRoot(ctx, rootPrefix);
  return {
    graphs: [
      installedGraph({
        type: 'deb',
        plugin: DPKG_PLUGIN_ID,
        file,
        rootPrefix,
        os,
        fallbackNamespace: 'debian',
        packages,
      }),
    ],
  };
}

function toPackage(p: Paragraph, file: string, inStatusD: boolean): InstalledPackage | undefined {
  const f = p.fields;
  const name = f.get('package');
  const version = f.get('version');
  const status = f.get('status');
  // status.d entries of distroless images carry no Status field: they are installed by definition.
  if (!inStatusD && !onDisk(status)) return undefined;
  if (!name || !version) {
    if (onDisk(status))
      throw new FileError(
        'parse-error',
        file,
        `installed package without ${name ? 'Version' : 'Package'}`,
        p.line,
      );
    return undefined;
  }
  const arch = f.get('architecture');
  const depends = [...parseRelations(f.get('pre-depends')), ...parseRelations(f.get('depends'))].map((r) =>
    r.alternatives.map((a) => a.name),
  );
  const provides = parseRelations(f.get('provides')).flatMap((r) => r.alternatives.map((a) => a.name));
  const properties: Record<string, string | number> = {};
  const source = f.get('source');
  if (source) {
    const m = /^(\S+)(?:\s*\(([^)]+)\))?/.exec(source);
    properties.sourcePackage = m?.[1] ?? source;
    properties.sourceVersion = m?.[2] ?? version;
  }
  const size = Number(f.get('installed-size'));
  if (Number.isFinite(size) && size > 0) properties.installedSizeKiB = size;
  const pkg: InstalledPackage = { name, version, provides, depends, line: p.line, properties };
  if (arch) pkg.arch = arch;
  if (typeof properties.sourcePackage === 'string') pkg.source = properties.sourcePackage;
  return pkg;
}

/** Reads each package's DEP-5 copyright file, a few at a time; a missing or unreadable one gives no license. */
async function addLicenses(
  packages: InstalledPackage[],
  rootPrefix: string,
  ctx: ExtractContext,
): Promise<void> {
  const docDir = `${rootPrefix}usr/share/doc`;
  // One directory listing tells which packages have a doc folder at all.
  const present = new Set((await ctx.listDir(docDir).catch(() => [])).map((e) => e.name));
  const withDocs = packages.filter((p) => present.has(p.name));
  const BATCH = 32;
  for (let i = 0; i < withDocs.length; i += BATCH)
    await Promise.all(
      withDocs.slice(i, i + BATCH).map(async (p) => {
        const path = `${docDir}/${p.name}/copyright`;
        if ((await ctx.realPath(path)) === undefined) return;
        const text = await ctx.readTextIfExists(path).catch(() => undefined);
        const license = text === undefined ? undefined : dep5Licenses(text);
        if (license) p.license = license;
      }),
    );
}
