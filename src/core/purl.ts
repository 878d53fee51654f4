// Package URL construction and parsing. Identity everywhere is the canonical purl string produced
// here, so every plugin must build purls through these functions, never by string concatenation.
import { PackageURL } from 'packageurl-js';

export interface PurlParts {
  type: string;
  namespace?: string | undefined;
  name: string;
  version?: string | null | undefined;
  qualifiers?: Record<string, string | undefined> | undefined;
  subpath?: string | undefined;
}

export function makePurl(parts: PurlParts): string {
  const qualifiers: Record<string, string> = {};
  for (const [k, v] of Object.entries(parts.qualifiers ?? {}))
    if (v !== undefined && v !== '') qualifiers[k] = v;
  return new PackageURL(
    parts.type,
    parts.namespace || undefined,
    parts.name,
    parts.version ?? undefined,
    Object.keys(qualifiers).length ? qualifiers : undefined,
    parts.subpath || undefined,
  ).toString();
}

/** purl for an npm package name such as `@types/node` or `lodash`. */
export function npmPurl(
  name: string,
  version: string | null | undefined,
  qualifiers?: Record<string, string | undefined>,
): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const namespace = slash > 0 ? name.slice(0, slash) : undefined;
  const bare = slash > 0 ? name.slice(slash + 1) : name;
  return makePurl({ type: 'npm', namespace, name: bare, version, qualifiers });
}

export function parsePurl(purl: string): PurlParts {
  const p = PackageURL.fromString(purl);
  return {
    type: p.type,
    namespace: p.namespace ?? undefined,
    name: p.name,
    version: p.version ?? null,
    qualifiers: (p.qualifiers as Record<string, string> | undefined) ?? undefined,
    subpath: p.subpath ?? undefined,
  };
}
