// Python wheel compatibility tags (python-abi-platform, PEP 425, with `.`-compressed sets) and what
// they say about a target: a pure wheel (platform `any`) runs anywhere; a Linux platform tag
// (manylinux, musllinux, linux) runs only on its architecture. Lockfiles give the tags of every
// wheel they list; an installed wheel's dist-info/WHEEL file lists its own as `Tag:` lines.
import type { Target } from './targets.js';

export interface WheelTag {
  python: string;
  abi: string;
  platform: string;
}

/** Expands `py2.py3-none-any` or `cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64`. */
export function expandTags(triple: string): WheelTag[] {
  const parts = triple.trim().split('-');
  if (parts.length !== 3 || parts.some((p) => !p)) return [];
  const [py, abi, plat] = parts.map((p) => p.split('.')) as [string[], string[], string[]];
  const out: WheelTag[] = [];
  for (const python of py)
    for (const a of abi) for (const platform of plat) out.push({ python, abi: a, platform });
  return out;
}

/** Tags from the `pypi:wheel-tags` property (triples separated by spaces). */
export const tagsOfProperty = (value: string): WheelTag[] =>
  value.split(/\s+/).filter(Boolean).flatMap(expandTags);

/** `Tag:` lines of a dist-info/WHEEL file (RFC 822 style headers). */
export function wheelFile(text: string): { tags: WheelTag[]; generator?: string } {
  const tags: WheelTag[] = [];
  let generator: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1]!.toLowerCase() === 'tag') tags.push(...expandTags(m[2]!));
    if (m[1]!.toLowerCase() === 'generator') generator = m[2]!.trim();
  }
  return { tags, ...(generator ? { generator } : {}) };
}

const LINUX = /^(?:manylinux(?:1|2010|2014|_\d+_\d+)|musllinux_\d+_\d+|linux)_(.+)$/;

/** The architecture of a Linux platform tag (`manylinux_2_17_x86_64` → x86_64), else undefined. */
export const linuxArch = (platform: string): string | undefined => LINUX.exec(platform)?.[1];

export type WheelFit = 'pure' | 'native' | 'foreign' | 'other-os';

/**
 * How a set of wheels fits the target on Linux: a pure wheel, a wheel for the target, only Linux
 * wheels for other architectures, or no Linux wheel at all (a package for Windows or macOS only,
 * which a Linux machine of any architecture handles alike).
 */
export function wheelFit(tags: WheelTag[], target: Target): WheelFit {
  if (tags.some((t) => t.platform === 'any')) return 'pure';
  const arches = tags.map((t) => linuxArch(t.platform)).filter((a): a is string => !!a);
  if (arches.includes(target.pyArch)) return 'native';
  return arches.length ? 'foreign' : 'other-os';
}

/** The distinct Linux architectures named by a set of tags, for messages. */
export const linuxArches = (tags: WheelTag[]): string[] =>
  [...new Set(tags.map((t) => linuxArch(t.platform)).filter((a): a is string => !!a))].sort();
