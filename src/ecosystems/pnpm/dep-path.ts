// pnpm's dependency paths: the keys of `packages`/`snapshots` (`react-dom@18.2.0(react@18.2.0)`,
// v6 `/react-dom@18.2.0(react@18.2.0)`) and the references importers and snapshots give for a
// dependency (`18.2.0(react@18.2.0)`, an alias `string-width@4.2.3`, `link:../lib`, `file:…`).
// Pure string work: it must agree with how pnpm itself turns a reference into a key.

export type LockGeneration = 6 | 9;

export interface ParsedKey {
  /** Package name, or undefined when the key does not carry one (v6 `file:`/host keys). */
  name: string | undefined;
  /** The version (or non-registry reference) without the peer/patch suffix. */
  version: string;
  /** The `(…)(…)` suffix, possibly empty. */
  suffix: string;
}

/** Index of the first `(` that starts the peer/patch suffix, or -1. */
function suffixStart(s: string): number {
  return s.indexOf('(');
}

/** Splits `name@version(suffix)` (the name may be scoped). v6 keys start with '/'. */
export function parseKey(key: string): ParsedKey {
  let k = key.startsWith('/') ? key.slice(1) : key;
  const open = suffixStart(k);
  const suffix = open >= 0 ? k.slice(open) : '';
  if (open >= 0) k = k.slice(0, open);
  const at = k.indexOf('@', 1);
  // v6 non-registry keys (`file:vendor/x`, `registry.example.com/x/-/x-1.0.0.tgz`) carry no name.
  const colon = k.indexOf(':');
  if (at <= 0 || (colon >= 0 && colon < at)) return { name: undefined, version: k, suffix };
  return { name: k.slice(0, at), version: k.slice(at + 1), suffix };
}

/** The patch hash in a `(patch_hash=…)` suffix, if any. */
export function patchHashOf(suffix: string): string | undefined {
  const m = /\(patch_hash=([^)]+)\)/.exec(suffix);
  return m?.[1];
}

/**
 * The `packages`/`snapshots` key a dependency reference points at, or undefined for `link:`
 * references (which point at a directory, not a locked package).
 */
export function refToKey(gen: LockGeneration, name: string, ref: string): string | undefined {
  if (ref.startsWith('link:')) return undefined;
  if (gen === 6) {
    if (ref.startsWith('/') || ref.startsWith('file:')) return ref;
    const open = suffixStart(ref);
    const head = open >= 0 ? ref.slice(0, open) : ref;
    // A host path (`registry.example.com/…`, `github.com/…`) is already a key.
    return head.includes('/') ? ref : `/${name}@${ref}`;
  }
  if (ref.startsWith('@')) return ref; // a scoped alias target: `@scope/name@1.0.0`
  const at = ref.indexOf('@');
  if (at === -1) return `${name}@${ref}`;
  const colon = ref.indexOf(':');
  const open = suffixStart(ref);
  // `string-width@4.2.3` is an alias target; `1.0.0(react@18.2.0)` and `git+ssh://git@…` are not.
  if ((colon === -1 || at < colon) && (open === -1 || at < open)) return ref;
  return `${name}@${ref}`;
}

/** Resolves a `link:` reference made from `fromDir` (both relative to the lockfile's directory). */
export function linkTarget(fromDir: string, ref: string): string {
  const rel = ref.slice('link:'.length);
  const parts = fromDir === '.' ? [] : fromDir.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(seg);
  }
  return parts.length ? parts.join('/') : '.';
}
