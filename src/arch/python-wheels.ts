// Python packages by wheel platform tag. From a lockfile (the `pypi:wheel-tags` and `pypi:sdist`
// properties the pypi plugins record): a package whose Linux wheels are all for other
// architectures builds from its sdist on the target, or cannot be installed without one. From an
// installed tree (site-packages/*.dist-info/WHEEL): a wheel built for another architecture.
import { posix } from 'node:path';
import type { Component } from '../core/model.js';
import { makePurl } from '../core/purl.js';
import { RUST_BUILT_PYTHON } from './facts.js';
import { markerAllows, platformEnv } from './python-markers.js';
import type { Target } from './targets.js';
import type { ArchFinding, RemedyKey } from './types.js';
import { linuxArches, tagsOfProperty, wheelFile, wheelFit, type WheelTag } from './wheel-tags.js';

export const normalizePy = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

export interface InstalledWheel {
  /** The WHEEL file, root-relative. */
  file: string;
  name: string;
  version: string | null;
  purl: string;
  tags: WheelTag[];
  generator?: string;
}

/** `…/site-packages/pydantic_core-2.46.4.dist-info/WHEEL` files, read and parsed. */
export function installedWheels(files: string[], read: (f: string) => string | undefined): InstalledWheel[] {
  const out: InstalledWheel[] = [];
  for (const file of files) {
    const m = /(?:^|\/)([^/]+?)-([^-/]+)\.dist-info\/WHEEL$/.exec(file);
    const text = m && read(file);
    if (!m || !text) continue;
    const parsed = wheelFile(text);
    const name = normalizePy(m[1]!);
    out.push({
      file,
      name,
      version: m[2]!,
      purl: makePurl({ type: 'pypi', name, version: m[2]! }),
      tags: parsed.tags,
      ...(parsed.generator ? { generator: parsed.generator } : {}),
    });
  }
  return out;
}

const builtWithRust = (name: string, installed: InstalledWheel[]): boolean =>
  RUST_BUILT_PYTHON.has(name) ||
  installed.some((w) => w.name === name && /^maturin\b/i.test(w.generator ?? ''));

/**
 * A Python package locked for other platforms only: its `marker` property (pdm.lock's per-package
 * marker, or the install condition the uv.lock plugin derives from the dependency edges that reach
 * it) is false on Linux for the target's machine.
 */
export function notInstalledOn(c: Component, target: Target): boolean {
  const marker = c.ecosystem === 'pypi' ? c.properties?.marker : undefined;
  return typeof marker === 'string' && markerAllows(marker, platformEnv(target.pyArch)) === false;
}

/** Locked Python packages with no wheel for the target: sdist → source build, none → blocked. */
export function lockedWheelFindings(
  components: Component[],
  installed: InstalledWheel[],
  target: Target,
): ArchFinding[] {
  const out: ArchFinding[] = [];
  const universal = universalLockfiles(components);
  for (const c of components) {
    const raw = c.ecosystem === 'pypi' ? c.properties?.['pypi:wheel-tags'] : undefined;
    if (typeof raw !== 'string' || !c.locations.some((l) => universal.has(l.file))) continue;
    if (notInstalledOn(c, target)) continue;
    const tags = tagsOfProperty(raw);
    // No wheels (sdist only): nothing says the package has native code; pure Python builds anywhere.
    if (tags.length === 0 || wheelFit(tags, target) !== 'foreign') continue;
    const sdist = [true, 'true'].includes(c.properties?.['pypi:sdist'] as never);
    const name = normalizePy(c.name);
    const params = {
      subject: c.version ? `${c.name}@${c.version}` : c.name,
      name: c.name,
      arches: linuxArches(tags).join(', '),
      target: target.name,
      pyArch: target.pyArch,
      rustArch: target.rustArch,
    };
    const remedies: RemedyKey[] = sdist ? ['ui.arch.remedy.wheel-build'] : ['ui.arch.remedy.no-wheel'];
    if (sdist && builtWithRust(name, installed)) remedies.push('ui.arch.remedy.wheel-rust');
    out.push({
      code: sdist ? 'arch/wheel-sdist' : 'arch/no-wheel',
      verdict: sdist ? 'source' : 'blocked',
      params,
      purl: c.purl,
      ...(c.locations[0] ? { file: c.locations[0].file } : {}),
      remedies,
    });
  }
  return out;
}

/**
 * Lockfiles that list wheels for more than one Linux architecture. `pip lock` and `uv pip compile`
 * write only the wheels the locking machine can install, so a lockfile whose Linux wheels are all
 * for one architecture says nothing about what else the index has.
 */
function universalLockfiles(components: Component[]): Set<string> {
  const arches = new Map<string, Set<string>>();
  for (const c of components) {
    const raw = c.ecosystem === 'pypi' ? c.properties?.['pypi:wheel-tags'] : undefined;
    if (typeof raw !== 'string') continue;
    const found = linuxArches(tagsOfProperty(raw));
    for (const l of c.locations) {
      const set = arches.get(l.file) ?? new Set<string>();
      found.forEach((a) => set.add(a));
      arches.set(l.file, set);
    }
  }
  return new Set([...arches].filter(([, set]) => set.size > 1).map(([file]) => file));
}

/** Installed wheels whose Linux tags are all for other architectures. */
export function installedWheelFindings(installed: InstalledWheel[], target: Target): ArchFinding[] {
  return installed
    .filter((w) => wheelFit(w.tags, target) === 'foreign')
    .map((w) => ({
      code: 'arch/foreign-wheel' as const,
      verdict: 'blocked' as const,
      params: {
        subject: `${w.name}@${w.version}`,
        name: w.name,
        file: posix.dirname(w.file),
        arches: linuxArches(w.tags).join(', '),
        target: target.name,
        pyArch: target.pyArch,
      },
      purl: w.purl,
      file: w.file,
      remedies: ['ui.arch.remedy.reinstall-wheel'] as RemedyKey[],
    }));
}

/**
 * Root-relative paths of the top-level files and directories an installed distribution owns, from
 * its RECORD (path,hash,size lines), so the native binaries in them are not reported again as
 * loose files.
 */
export function recordPaths(wheelFile: string, read: (f: string) => string | undefined): string[] {
  const distInfo = posix.dirname(wheelFile);
  const text = read(`${distInfo}/RECORD`);
  if (!text) return [];
  const site = posix.dirname(distInfo);
  const top = new Set<string>();
  for (const line of text.split('\n')) {
    const first = line.split(',')[0]!.split('/')[0]!.trim();
    if (first && first !== '..' && !first.endsWith('.dist-info')) top.add(first);
  }
  return [...top].map((t) => (site === '.' ? t : `${site}/${t}`));
}
