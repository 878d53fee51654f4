// npm's per-platform binary pattern, detected from the inventory rather than from a list of names:
// a package whose optional dependencies are packages with `cpu` constraints ships its native code
// as one package per platform (esbuild, rollup, swc, lightningcss, sharp, biome, …). The question
// is whether the lockfile or installed tree knows a variant for the target.
import type { Component, Relationship } from '../core/model.js';
import { compareDotted } from './binary/read-elf.js';
import { FIRST_LOONG64, PREBUILT_DOWNLOADERS, WASM_ALTERNATIVES } from './facts.js';
import { cpuAllows } from './targets.js';
import type { ArchFinding, RemedyKey } from './types.js';

export interface Inventoryish {
  components: Component[];
  relationships: Relationship[];
}

/** purls of components that are one platform's build in a family (judged through their parent). */
export function platformBuilds(inv: Inventoryish): Set<string> {
  return new Set(
    inv.components.filter((c) => c.ecosystem === 'npm' && c.platform?.cpu?.length).map((c) => c.purl),
  );
}

export function platformFamilyFindings(inv: Inventoryish, target: string): ArchFinding[] {
  const byPurl = new Map(inv.components.map((c) => [c.purl, c]));
  const children = new Map<string, Component[]>();
  for (const r of inv.relationships) {
    if (r.kind !== 'optional') continue;
    const child = byPurl.get(r.to);
    if (!child?.platform?.cpu?.length) continue;
    const list = children.get(r.from) ?? [];
    list.push(child);
    children.set(r.from, list);
  }
  const out: ArchFinding[] = [];
  for (const [purl, kids] of children) {
    const parent = byPurl.get(purl);
    if (!parent || kids.length < 2) continue;
    const linux = kids.filter((k) => !k.platform?.os?.length || k.platform.os.includes('linux'));
    if (linux.some((k) => cpuAllows(k.platform?.cpu, target))) continue;
    const platforms = [...new Set(kids.map((k) => `${k.platform?.os?.[0] ?? '*'}-${k.platform?.cpu?.[0]}`))];
    const params: Record<string, string> = {
      subject: label(parent),
      name: parent.name,
      target,
      platforms: platforms.length > 6 ? `${platforms.slice(0, 6).join(', ')}, …` : platforms.join(', '),
    };
    const remedies: RemedyKey[] = [];
    const first = target === 'loong64' ? FIRST_LOONG64[parent.name] : undefined;
    if (first && parent.version && compareDotted(parent.version.split('-')[0]!, first.version) < 0) {
      remedies.push('ui.arch.remedy.upgrade');
      Object.assign(params, { version: first.version, via: first.via });
    } else remedies.push('ui.arch.remedy.no-variant');
    const alt = WASM_ALTERNATIVES[parent.name];
    if (alt) {
      remedies.push('ui.arch.remedy.wasm');
      params.alt = alt;
    }
    out.push({ code: 'arch/no-platform-package', verdict: 'blocked', params, purl, remedies });
  }
  return out;
}

/** Packages that download prebuilt binaries at install and compile when none fits. */
export function downloaderFindings(inv: Inventoryish, target: string): ArchFinding[] {
  const byPurl = new Map(inv.components.map((c) => [c.purl, c]));
  const out: ArchFinding[] = [];
  const seen = new Set<string>();
  for (const r of inv.relationships) {
    const tool = byPurl.get(r.to);
    const user = byPurl.get(r.from);
    if (!tool || !user || !PREBUILT_DOWNLOADERS.has(tool.name) || seen.has(user.purl)) continue;
    seen.add(user.purl);
    out.push({
      code: 'arch/prebuilt-download',
      verdict: 'source',
      params: { subject: label(user), name: user.name, tool: tool.name, target },
      purl: user.purl,
      remedies: ['ui.arch.remedy.prebuilt'],
    });
  }
  return out;
}

export const label = (c: Component): string => (c.version ? `${c.name}@${c.version}` : c.name);
