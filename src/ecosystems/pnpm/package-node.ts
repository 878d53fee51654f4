// Turns one locked pnpm package (a snapshot key plus its `packages` metadata) into a graph node:
// name and version from the key (without the peer suffix), hashes from the SRI integrity, where it
// came from (registry, tarball, git, directory), platform constraints and a few facts as properties.
import type { GraphNode, ResolvedSource } from '../../core/model.js';
import { npmPurl } from '../../core/purl.js';
import { parseKey, patchHashOf } from './dep-path.js';
import type { PackageMeta } from './schema.js';
import { hashesFromIntegrity } from '../../core/integrity.js';

/** A registry version (`1.2.3`, `1.2.3-rc.1+b`), not a URL, path or v6 host key. */
const isSemverLike = (v: string): boolean => /^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/.test(v);

/** Where the package came from; `versionRef` is the key's version part (a URL for non-registry). */
function sourceOf(meta: PackageMeta | undefined, versionRef: string): ResolvedSource {
  const r = meta?.resolution ?? {};
  if (r.type === 'git' || r.repo) {
    const s: ResolvedSource = { type: 'git' };
    if (r.repo) s.url = r.repo;
    if (r.commit) s.commit = r.commit;
    return s;
  }
  if (r.type === 'directory' || r.directory !== undefined)
    return r.directory !== undefined ? { type: 'file', url: r.directory } : { type: 'file' };
  if (r.tarball) {
    if (r.tarball.startsWith('file:')) return { type: 'file', url: r.tarball.slice('file:'.length) };
    // A registry package from a registry whose tarball URLs pnpm cannot derive keeps its version key.
    if (isSemverLike(versionRef)) return { type: 'registry', url: r.tarball };
    return { type: 'tarball', url: r.tarball };
  }
  if (!isSemverLike(versionRef)) return { type: 'unknown', url: versionRef };
  return { type: 'registry' };
}

export interface NodeInput {
  key: string;
  meta: PackageMeta | undefined;
  /** Name to use when neither the key nor the metadata names the package. */
  fallbackName: string;
  /** Version read from a directory's package.json for `file:` packages, when known. */
  directoryVersion?: string | undefined;
  file: string;
  line: number | undefined;
}

export function packageNode(input: NodeInput): GraphNode {
  const { key, meta } = input;
  const parsed = parseKey(key);
  const name = meta?.name ?? parsed.name ?? input.fallbackName;
  const source = sourceOf(meta, parsed.version);
  // Non-registry keys carry a URL or path where the version goes; pnpm records the real version
  // in the metadata (git, tarballs) or we read it from the directory's package.json (file:).
  const registryLike = source.type === 'registry';
  const version = registryLike ? parsed.version : (meta?.version ?? input.directoryVersion ?? parsed.version);
  const qualifiers: Record<string, string | undefined> = {};
  if (source.type === 'git' && source.url)
    qualifiers.vcs_url = `${source.url.startsWith('git+') ? '' : 'git+'}${source.url}${source.commit ? `@${source.commit}` : ''}`;
  if (source.type === 'tarball') qualifiers.download_url = source.url;
  const node: GraphNode = {
    id: key,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version, qualifiers),
    source,
  };
  const integrity = meta?.resolution.integrity;
  if (integrity) {
    node.integrity = integrity;
    const hashes = hashesFromIntegrity(integrity);
    if (hashes.length) node.hashes = hashes;
  }
  if (meta?.os || meta?.cpu || meta?.libc) {
    node.platform = {};
    if (meta.os) node.platform.os = meta.os;
    if (meta.cpu) node.platform.cpu = meta.cpu;
    if (meta.libc) node.platform.libc = meta.libc;
  }
  const properties: Record<string, string | boolean> = {};
  if (meta?.hasBin) properties.hasBin = true;
  if (meta?.deprecated) properties.deprecated = meta.deprecated;
  const patchHash = patchHashOf(parsed.suffix);
  if (patchHash) properties.patchHash = patchHash;
  if (Object.keys(properties).length) node.properties = properties;
  node.location = input.line !== undefined ? { file: input.file, line: input.line } : { file: input.file };
  return node;
}
