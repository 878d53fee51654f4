// One `[[packages]]` entry of a pylock.toml (PEP 751) as a graph node: where it comes from (one of
// `vcs`, `directory`, `archive`, or an index with `sdist`/`wheels`), the purl qualifiers that
// follow from that, the file hashes (sdist first), and the locked distribution files.
import { posix } from 'node:path';
import type { EdgeKind, GraphNode, ResolvedSource } from '../../core/model.js';
import { isTable, type TomlTable } from '../../util/toml.js';
import { fileHashes, normalizeName, pypiPurl } from './names.js';
import { distributionFileName, distributionProperties } from './wheel-tags.js';

const str = (t: TomlTable, k: string): string | undefined =>
  typeof t[k] === 'string' ? (t[k] as string) : undefined;
const table = (t: TomlTable, k: string): TomlTable | undefined => (isTable(t[k]) ? t[k] : undefined);

/** `hashes = { sha256 = "..." }` -> `sha256:...` strings, as fileHashes reads them. */
const hashTexts = (file: TomlTable | undefined): string[] =>
  Object.entries((file && table(file, 'hashes')) ?? {}).flatMap(([alg, hex]) =>
    typeof hex === 'string' ? [`${alg.toLowerCase()}:${hex}`] : [],
  );

function sourceOf(
  p: TomlTable,
  base: string,
): { source: ResolvedSource; qualifiers?: Record<string, string> } {
  const local = (path: string) => posix.normalize(posix.join(base, path));
  const vcs = table(p, 'vcs');
  if (vcs) {
    const type = str(vcs, 'type') ?? 'git';
    const url = str(vcs, 'url');
    const commit = str(vcs, 'commit-id');
    // A checkout on disk (`path`) is a local source: no fetchable address for purls or SBOMs.
    if (!url)
      return { source: { type: 'file', url: local(str(vcs, 'path') ?? '.'), ...(commit && { commit }) } };
    const source: ResolvedSource = {
      type: type === 'git' ? 'git' : 'unknown',
      url,
      ...(commit && { commit }),
    };
    return { source, qualifiers: { vcs_url: `${type}+${url}${commit ? `@${commit}` : ''}` } };
  }
  const directory = table(p, 'directory');
  if (directory) return { source: { type: 'file', url: local(str(directory, 'path') ?? '.') } };
  const archive = table(p, 'archive');
  if (archive) {
    const url = str(archive, 'url');
    if (url) return { source: { type: 'tarball', url }, qualifiers: { download_url: url } };
    return { source: { type: 'file', url: local(str(archive, 'path') ?? '.') } };
  }
  const index = str(p, 'index');
  return { source: { type: 'registry', ...(index && { url: index }) } };
}

export interface PylockEntry {
  node: GraphNode;
  kind: EdgeKind;
  /** `dependencies` as the lock names them (name, and version when given). */
  deps: { name: string; version?: string }[];
}

export function pylockNode(p: TomlTable, id: string, file: string, line: number, base: string): GraphNode {
  const name = normalizeName(str(p, 'name')!);
  const version = str(p, 'version') ?? null;
  const { source, qualifiers } = sourceOf(p, base);
  const node: GraphNode = {
    id,
    ecosystem: 'pypi',
    name,
    version,
    purl: pypiPurl(name, version, qualifiers),
    source,
    location: { file, line },
  };
  const sdist = table(p, 'sdist');
  const wheels = (Array.isArray(p.wheels) ? p.wheels : []).filter(isTable);
  const hashes = fileHashes([sdist, ...wheels, table(p, 'archive')].flatMap(hashTexts));
  if (hashes.length) node.hashes = hashes;
  const wheelNames = wheels.map(
    (w) => str(w, 'name') ?? distributionFileName(str(w, 'url') ?? str(w, 'path') ?? ''),
  );
  const props: Record<string, string | boolean> = {
    ...distributionProperties(wheelNames, sdist !== undefined),
  };
  const marker = str(p, 'marker');
  if (marker) props.marker = marker;
  if (Object.keys(props).length) node.properties = props;
  return node;
}

/** The package's `dependencies` (PEP 751 keeps them for auditing): name, and version when given. */
export function pylockDeps(p: TomlTable): PylockEntry['deps'] {
  return (Array.isArray(p.dependencies) ? p.dependencies : []).filter(isTable).flatMap((d) => {
    const name = str(d, 'name');
    if (!name) return [];
    const version = str(d, 'version');
    return [{ name: normalizeName(name), ...(version && { version }) }];
  });
}
