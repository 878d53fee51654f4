// What a Python lockfile says about the distribution files it pins, for platform readiness checks
// (can this package install on LoongArch without building?): the wheel tag triples read from the
// wheel file names, and whether a source distribution is locked. Facts only; no judgement here.

/** Node property names; src/arch reads them. */
export const WHEEL_TAGS_PROPERTY = 'pypi:wheel-tags';
export const SDIST_PROPERTY = 'pypi:sdist';

/** The file name at the end of a URL or path, without query or fragment, percent-decoded. */
export function distributionFileName(ref: string): string {
  const last =
    ref
      .replace(/[?#].*$/, '')
      .split('/')
      .at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export const isWheel = (fileName: string): boolean => fileName.toLowerCase().endsWith('.whl');

/** Source distribution archives (PEP 625 `.tar.gz`, and the older zip and tar forms). */
export const isSdist = (fileName: string): boolean =>
  /\.(tar\.gz|tgz|tar\.bz2|tbz|tar\.xz|txz|tar|zip)$/i.test(fileName);

/**
 * `python-abi-platform` of a wheel file name (`{name}-{version}(-{build})?-{py}-{abi}-{plat}.whl`),
 * e.g. `cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64`; undefined when it is not one.
 */
export function wheelTag(fileName: string): string | undefined {
  if (!isWheel(fileName)) return undefined;
  const parts = fileName.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const tag = parts.slice(-3);
  return tag.every(Boolean) ? tag.join('-') : undefined;
}

/**
 * The node properties for a package's locked files: `pypi:wheel-tags` (distinct tag triples,
 * sorted, space-separated; absent without a wheel) and `pypi:sdist`. Undefined when the lockfile
 * lists no file for the package at all, so "no sdist" is never claimed without evidence.
 */
export function distributionProperties(
  wheelNames: Iterable<string>,
  hasSdist: boolean,
): Record<string, string | boolean> | undefined {
  const tags = new Set<string>();
  let files = hasSdist ? 1 : 0;
  for (const name of wheelNames) {
    files++;
    const tag = wheelTag(name);
    if (tag) tags.add(tag);
  }
  if (!files) return undefined;
  const out: Record<string, string | boolean> = { [SDIST_PROPERTY]: hasSdist };
  if (tags.size) out[WHEEL_TAGS_PROPERTY] = [...tags].sort().join(' ');
  return out;
}

/** The same, for lockfiles that list files by name or URL only (poetry.lock, pdm.lock). */
export function filesProperties(fileRefs: string[]): Record<string, string | boolean> | undefined {
  const names = fileRefs.map(distributionFileName).filter(Boolean);
  if (!names.length) return undefined;
  return distributionProperties(names.filter(isWheel), names.some(isSdist)) ?? { [SDIST_PROPERTY]: false };
}
