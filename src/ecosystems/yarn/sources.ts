// Where a locked Yarn package comes from (registry, git, tarball URL, local file or link), read
// from the classic `resolved` URL or the Berry locator's protocol, plus the purl qualifiers that
// keep a git or tarball build apart from the registry release of the same name and version.
import { posix } from 'node:path';
import type { ResolvedSource } from '../../core/model.js';

const GIT_RANGE = /^(git\+|git:|ssh:|github:|gitlab:|bitbucket:)|\.git(#|$)|^[\w.-]+\/[\w.-]+(#.*)?$/;
const URL_RANGE = /^https?:\/\//;

function splitFragment(url: string): { url: string; fragment?: string } {
  const i = url.indexOf('#');
  return i < 0 ? { url } : { url: url.slice(0, i), fragment: url.slice(i + 1) };
}

/** Classic: source from the requested range and the `resolved` field. */
export function classicSource(range: string, resolved: string | undefined, base: string): ResolvedSource {
  if (range.startsWith('file:') || range.startsWith('link:')) {
    const type = range.startsWith('file:') ? 'file' : 'link';
    return { type, url: posix.normalize(posix.join(base, range.slice(5))) };
  }
  if (!resolved) return { type: 'unknown' };
  const { url, fragment } = splitFragment(resolved);
  if (GIT_RANGE.test(range) || /^(git\+|git:|ssh:)/.test(resolved)) {
    const s: ResolvedSource = { type: 'git', url: resolved };
    if (fragment && /^[0-9a-f]{40}$/.test(fragment)) s.commit = fragment;
    return s;
  }
  return { type: URL_RANGE.test(range) ? 'tarball' : 'registry', url };
}

/** Berry: source from a locator reference (`npm:1.0.0`, `git+https://…#commit=…`, `file:…`). */
export function berrySource(reference: string, base: string): ResolvedSource {
  if (reference.startsWith('npm:')) return { type: 'registry' };
  if (reference.startsWith('workspace:'))
    return { type: 'workspace', url: relPath(base, reference.slice(10)) };
  for (const [proto, type] of [
    ['file:', 'file'],
    ['link:', 'link'],
    ['portal:', 'link'],
  ] as const)
    if (reference.startsWith(proto))
      return { type, url: relPath(base, splitFragment(reference.slice(proto.length)).url) };
  const { url, fragment } = splitFragment(reference);
  const commit = /(?:^|&)commit=([0-9a-f]{40})/.exec(fragment ?? '')?.[1];
  if (commit || /^(git\+|git:|ssh:|github:)/.test(reference)) {
    const s: ResolvedSource = { type: 'git', url: reference };
    if (commit) s.commit = commit;
    return s;
  }
  if (URL_RANGE.test(reference)) return { type: 'tarball', url };
  return { type: 'unknown', url: reference };
}

function relPath(base: string, p: string): string {
  return posix.normalize(posix.join(base, p));
}

/** purl qualifiers for non-registry sources (purl spec: vcs_url, download_url). */
export function sourceQualifiers(source: ResolvedSource): Record<string, string> | undefined {
  if (source.type === 'git' && source.url) {
    const url = splitFragment(source.url).url;
    return { vcs_url: source.commit ? `${url}@${source.commit}` : url };
  }
  if (source.type === 'tarball' && source.url) return { download_url: source.url };
  return undefined;
}
