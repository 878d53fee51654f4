// What a Python lockfile says about the distribution files it pins, for platform readiness checks
// (can this package install on LoongArch without building?): the wheel tag triples read from the
// wheel file names, and whether a source distribution is locked. Facts only; no judgement here.

/** Node property names; src/arch reads them. */
export const WHEEL_TAGS_PROPERTY = 'pypi:wheel-tags';
export const SDIST_PROPERTY = 'pypi:sdist';

/** The file name at the end of a URL or path, without query or fragment, percent-decoded. */
export function distributionFileName(ref: string): string {
  let end = ref.search(/[?#]/);
  if (end < 0) end = ref.length;
  const last = ref.slice(ref.lastIndexOf('/', end - 1) + 1, end);
  if (!last.includes('%')) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export const isWheel = (fileName: string): boolean => fileName.endsWith('.whl');

/** Source distribution archives (PEP 625 `.tar.gz`, and the older zip and tar forms). */
export const isSdist = (fileName: string): boolean =>
  fileName.endsWith('.tar.gz') || /\.(tgz|tar\.bz2|tbz|tar\.xz|txz|tar|zip)$/i.test(fileName);

/**
 * `python-abi-platform` of a wheel file name (`{name}-{version}(-{build})?-{py}-{abi}-{plat}.whl`),
 * e.g. `cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64`; undefined when it is not one.
 * Called for every locked wheel, so it counts dashes instead of splitting.
 */
export function wheelTag(fileName: string): string | undefined {
  if (!isWheel(fileName)) return undefined;
  const end = fileName.length - 4;
  const dashes: number[] = [];
  let prev = -1;
  for (let i = fileName.indexOf('-'); i >= 0; i = fileName.indexOf('-', i + 1)) {
    if (i - prev < 2) return undefined; // an empty part
    dashes.push((prev = i));
  }
  if ((dashes.length !== 4 && dashes.length !== 5) || end - prev < 2) return undefined;
  return fileName.slice(dashes.at(-3)! + 1, end);
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
  const tags: string[] = [];
  let files = hasSdist ? 1 : 0;
  for (const name of wheelNames) {
    files++;
    const tag = wheelTag(name);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  if (!files) return undefined;
  const out: Record<string, string | boolean> = { [SDIST_PROPERTY]: hasSdist };
  if (tags.length) out[WHEEL_TAGS_PROPERTY] = tags.sort().join(' ');
  return out;
}

/** The same, for lockfiles that list files by name or URL only (poetry.lock, pdm.lock). */
export function filesProperties(fileRefs: string[]): Record<string, string | boolean> | undefined {
  if (!fileRefs.length) return undefined;
  const wheels: string[] = [];
  let sdist = false;
  for (const ref of fileRefs) {
    const name = distributionFileName(ref);
    if (isWheel(name)) wheels.push(name);
    else if (!sdist && isSdist(name)) sdist = true;
  }
  return distributionProperties(wheels, sdist) ?? { [SDIST_PROPERTY]: false };
}
