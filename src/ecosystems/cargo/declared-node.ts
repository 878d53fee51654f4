// One Cargo.toml dependency declaration -> an unresolved GraphNode: the package name (the
// `package =` target of a renamed dependency), no version, the requirement as `range`, and where
// it comes from (crates.io or another registry, a git repository and ref, a local path).
import { posix } from 'node:path';
import type { GraphNode, ResolvedSource } from '../../core/model.js';
import { makePurl } from '../../core/purl.js';
import { indexUrl } from './registry-config.js';
import type { ManifestDep } from './schema.js';

/** Identity of a declaration across members: the same package, requirement and source. */
export function declaredId(d: ManifestDep, pathDir: string | undefined): string {
  const src = d.git
    ? `git+${d.git}#${gitRef(d) ?? ''}`
    : pathDir !== undefined
      ? `path+${pathDir}`
      : `registry+${d.registryIndex ?? d.registry ?? ''}`;
  return `${d.pkg} ${d.version ?? '*'} (${src})`;
}

function gitRef(d: ManifestDep): string | undefined {
  if (d.rev) return `rev=${d.rev}`;
  if (d.tag) return `tag=${d.tag}`;
  if (d.branch) return `branch=${d.branch}`;
  return undefined;
}

function sourceOf(d: ManifestDep, pathDir: string | undefined): ResolvedSource {
  if (d.git) {
    const s: ResolvedSource = { type: 'git', url: d.git };
    if (d.rev && /^[0-9a-f]{40}$/.test(d.rev)) s.commit = d.rev;
    return s;
  }
  if (pathDir !== undefined) return { type: 'file', url: pathDir };
  return d.registryIndex ? { type: 'registry', url: indexUrl(d.registryIndex) } : { type: 'registry' };
}

function qualifiers(src: ResolvedSource): Record<string, string> | undefined {
  if (src.type === 'git') return { vcs_url: `git+${src.url!}${src.commit ? `@${src.commit}` : ''}` };
  if (src.type === 'registry' && src.url) return { repository_url: src.url };
  return undefined;
}

/**
 * The node for a declaration. `pathDir` is the directory of a path dependency relative to the
 * scan root (undefined otherwise).
 */
export function declaredNode(
  d: ManifestDep,
  pathDir: string | undefined,
  file: string,
  line: number | undefined,
): GraphNode {
  const source = sourceOf(d, pathDir);
  const node: GraphNode = {
    id: declaredId(d, pathDir),
    ecosystem: 'cargo',
    name: d.pkg,
    version: null,
    purl: makePurl({ type: 'cargo', name: d.pkg, version: null, qualifiers: qualifiers(source) }),
    source,
    location: line ? { file, line } : { file },
  };
  if (d.version) node.range = d.version;
  if (d.key !== d.pkg) node.aliases = [d.key];
  const props: Record<string, string> = {};
  const ref = gitRef(d);
  if (ref) props['cargo:git-ref'] = ref;
  if (d.registry) props['cargo:registry'] = d.registry;
  if (Object.keys(props).length) node.properties = props;
  return node;
}

export const normalizedJoin = (...parts: string[]): string => posix.normalize(posix.join(...parts));
