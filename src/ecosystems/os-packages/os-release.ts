// Identifies the operating system of a root filesystem from etc/os-release (or
// usr/lib/os-release) and derives what the components carry: the purl namespace, the purl
// `distro` qualifier and the OSV ecosystem name (e.g. openEuler 22.03 LTS SP3 ->
// `openEuler-22.03-LTS-SP3` and `openEuler:22.03-LTS-SP3`).
import type { ExtractContext } from '../../core/plugin.js';

export interface OsIdentity {
  /** os-release ID, e.g. debian, openEuler, alpine. */
  id: string;
  /** purl namespace: the ID in lower case. */
  namespace: string;
  /** purl `distro` qualifier, when the version is known. */
  distro?: string;
  /** OSV ecosystem, for the distributions OSV publishes. */
  osvEcosystem?: string;
  /** The file it was read from. */
  file: string;
}

export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2]!.trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
      v = v.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    out[m[1]!] = v;
  }
  return out;
}

export function identify(fields: Record<string, string>, file: string): OsIdentity | undefined {
  const id = fields.ID;
  if (!id) return undefined;
  const versionId = fields.VERSION_ID ?? '';
  const ident: OsIdentity = { id, namespace: id.toLowerCase(), file };
  switch (id.toLowerCase()) {
    case 'debian':
      if (versionId) {
        ident.distro = `debian-${versionId}`;
        ident.osvEcosystem = `Debian:${versionId}`;
      }
      break;
    case 'ubuntu':
      if (versionId) {
        ident.distro = `ubuntu-${versionId}`;
        ident.osvEcosystem = `Ubuntu:${versionId}`;
      }
      break;
    case 'alpine': {
      const minor = /^(\d+\.\d+)/.exec(versionId)?.[1];
      if (minor) {
        ident.distro = `alpine-${minor}`;
        ident.osvEcosystem = `Alpine:v${minor}`;
      }
      break;
    }
    case 'openeuler': {
      // VERSION="22.03 (LTS-SP3)" -> 22.03-LTS-SP3; VERSION_ID alone lacks the LTS/SP part.
      const m = /^\s*([\d.]+)\s*(?:\(([^)]+)\))?/.exec(fields.VERSION ?? versionId);
      const full = m ? [m[1], m[2]].filter(Boolean).join('-').replace(/\s+/g, '-') : versionId;
      if (full) {
        ident.distro = `${id}-${full}`;
        ident.osvEcosystem = `openEuler:${full}`;
      }
      break;
    }
    case 'rocky':
    case 'almalinux': {
      const major = /^(\d+)/.exec(versionId)?.[1];
      if (versionId) ident.distro = `${id}-${versionId}`;
      if (major) ident.osvEcosystem = `${id === 'rocky' ? 'Rocky Linux' : 'AlmaLinux'}:${major}`;
      break;
    }
    default:
      if (versionId) ident.distro = `${id}-${versionId}`;
  }
  return ident;
}

/** The OS of the root filesystem that holds `dbPath` at `dbSuffix` (e.g. var/lib/dpkg/status). */
export async function osOfRoot(ctx: ExtractContext, rootPrefix: string): Promise<OsIdentity | undefined> {
  for (const rel of ['etc/os-release', 'usr/lib/os-release']) {
    const path = `${rootPrefix}${rel}`;
    // etc/os-release is usually a link; one that leads out of the scanned tree is not the image's.
    if ((await ctx.realPath(path)) === undefined) continue;
    const text = await ctx.readTextIfExists(path).catch(() => undefined);
    if (text !== undefined) return identify(parseOsRelease(text), path);
  }
  return undefined;
}

/** The root filesystem prefix ('' or 'some/dir/') of a database path ending in `suffix`. */
export function rootPrefixOf(path: string, suffix: string): string {
  return path.slice(0, path.length - suffix.length);
}
