// One Cargo.lock package -> GraphNode: purl, source (registry, git with commit, path) and the
// SHA-256 checksum of the .crate file as a hash.
import type { GraphNode, ResolvedSource } from '../../core/model.js';
import { makePurl } from '../../core/purl.js';
import { CRATES_IO, type LockPackage } from './schema.js';

export const PLUGIN_ID = 'cargo/cargo-lock';

/** `git+https://host/repo?rev=x#commit` -> url without the fragment, and the commit. */
function gitSource(source: string): ResolvedSource {
  const hash = source.indexOf('#');
  const url = hash < 0 ? source : source.slice(0, hash);
  const out: ResolvedSource = { type: 'git', url };
  const commit = hash < 0 ? '' : source.slice(hash + 1);
  if (/^[0-9a-f]{7,64}$/.test(commit)) out.commit = commit;
  return out;
}

function sourceOf(source: string | undefined, pathDir: string | undefined): ResolvedSource {
  if (!source) return pathDir ? { type: 'file', url: pathDir } : { type: 'file' };
  if (source.startsWith('git+')) return gitSource(source);
  if (source === CRATES_IO || source === 'sparse+https://index.crates.io/') return { type: 'registry' };
  if (source.startsWith('registry+') || source.startsWith('sparse+'))
    return { type: 'registry', url: source.slice(source.indexOf('+') + 1) };
  return { type: 'unknown', url: source };
}

function qualifiers(src: ResolvedSource): Record<string, string> | undefined {
  if (src.type === 'git' && src.url)
    return { vcs_url: `${src.url.replace(/\?.*$/, '')}${src.commit ? `@${src.commit}` : ''}` };
  if (src.type === 'registry' && src.url) return { repository_url: src.url };
  return undefined;
}

export function lockNode(
  p: LockPackage,
  id: string,
  file: string,
  checksum: string | undefined,
  pathDir: string | undefined,
): GraphNode {
  const source = sourceOf(p.source, pathDir);
  const node: GraphNode = {
    id,
    ecosystem: 'cargo',
    name: p.name,
    version: p.version,
    purl: makePurl({ type: 'cargo', name: p.name, version: p.version, qualifiers: qualifiers(source) }),
    source,
    location: { file, line: p.line },
  };
  if (checksum && /^[0-9a-f]{64}$/.test(checksum)) node.hashes = [{ alg: 'SHA-256', value: checksum }];
  return node;
}
