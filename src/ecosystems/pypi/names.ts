// Python package identity: PEP 503 name normalisation (runs of -, _ and . become one -, lower
// case), the purl built from the normalised name, PEP 508 requirement names, and `sha256:<hex>`
// file hashes as lockfiles write them.
import type { Hash } from '../../core/model.js';
import { makePurl } from '../../core/purl.js';

export const normalizeName = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');

export function pypiPurl(
  name: string,
  version: string | null,
  qualifiers?: Record<string, string | undefined>,
): string {
  return makePurl({ type: 'pypi', name: normalizeName(name), version, qualifiers });
}

const ALGS: Record<string, Hash['alg']> = {
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
  md5: 'MD5',
  sha1: 'SHA-1',
};
const HEX_LENGTH: Record<Hash['alg'], number> = {
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
  MD5: 32,
  'SHA-1': 40,
};

/** `sha256:abc...` (or `sha256=`) -> Hash; undefined for unknown algorithms or malformed digests. */
export function parseFileHash(text: string): Hash | undefined {
  const m = /^([a-z0-9]+)[:=]([0-9a-fA-F]+)$/.exec(text.trim());
  const alg = m ? ALGS[m[1]!] : undefined;
  if (!alg || m![2]!.length !== HEX_LENGTH[alg]) return undefined;
  return { alg, value: m![2]!.toLowerCase() };
}

/**
 * One hash per algorithm from a list of `alg:hex` strings, the first of each (callers list the
 * sdist first). A lockfile pins one digest per distribution file; an SBOM component carries one
 * digest per algorithm, so the others are counted in the `files` property by the caller.
 */
export function fileHashes(texts: Iterable<string>): Hash[] {
  const out: Hash[] = [];
  for (const t of texts) {
    // Most files repeat an algorithm already kept: skip them before the full parse.
    const seen = ALGS[t.slice(0, t.search(/[:=]/)).trim()];
    if (seen && out.some((x) => x.alg === seen)) continue;
    const h = parseFileHash(t);
    if (h && !out.some((x) => x.alg === h.alg)) out.push(h);
  }
  return out;
}

/** Distribution files with the source distribution first, for fileHashes. */
export function sdistFirst<T extends { file?: unknown; url?: unknown }>(files: T[]): T[] {
  const isSdist = (f: T) => /\.(tar\.gz|zip|tar\.bz2)$/.test(String(f.file ?? f.url ?? ''));
  return [...files.filter(isSdist), ...files.filter((f) => !isSdist(f))];
}

/** The name and extras at the start of a PEP 508 requirement (`Foo.Bar[x,y] >=1; marker`). */
export function requirementName(req: string): { name: string; extras: string[]; rest: string } | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(.*)$/.exec(req);
  if (!m) return undefined;
  const extras = (m[2] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return { name: m[1]!, extras, rest: m[3]!.trim() };
}
