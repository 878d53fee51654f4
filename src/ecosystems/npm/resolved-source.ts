// Where a locked package comes from, read from npm's `resolved` field: the registry, a git commit,
// a tarball URL, a local tarball (`file:`) or a linked folder. Paths are rewritten relative to the
// scan root so they mean the same thing in every report.
import { posix } from 'node:path';
import type { ResolvedSource } from '../../core/model.js';

/** `<registry>/<name>/-/<file>-<version>.tgz`, the layout of every npm registry. */
const REGISTRY_TARBALL = /^https?:\/\/[^#?]+\/-\/[^/?#]+\.tgz(?:[?#].*)?$/;
const GIT = /^(?:git\+[a-z]+:|git:|github:|gitlab:|bitbucket:|gist:|ssh:\/\/)/;

/** A lockfile-relative path as a scan-root-relative one. */
export function fromLockDir(lockDir: string, rel: string): string {
  return posix.normalize(posix.join(lockDir, rel));
}

export function sourceOf(resolved: string | undefined, lockDir: string): ResolvedSource | undefined {
  if (resolved === undefined) return undefined;
  if (GIT.test(resolved)) {
    const hash = resolved.lastIndexOf('#');
    const ref = hash >= 0 ? resolved.slice(hash + 1) : '';
    const source: ResolvedSource = { type: 'git', url: resolved };
    if (/^[0-9a-f]{40}$/i.test(ref)) source.commit = ref.toLowerCase();
    return source;
  }
  if (/^https?:\/\//.test(resolved))
    return { type: REGISTRY_TARBALL.test(resolved) ? 'registry' : 'tarball', url: resolved };
  if (resolved.startsWith('file:')) {
    // A local tarball is a file; a folder (npm 6 writes `file:dir` for linked folders) is a link.
    const path = fromLockDir(lockDir, resolved.slice(5));
    return { type: /\.(?:tgz|tar\.gz|tar)$/i.test(path) ? 'file' : 'link', url: path };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(resolved)) return { type: 'unknown', url: resolved };
  // npm 7+ writes a link's target folder as a bare relative path.
  return { type: 'link', url: fromLockDir(lockDir, resolved) };
}
