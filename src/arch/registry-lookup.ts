// Opt-in registry lookup (only with --network): for a per-platform package set with no build for
// the target, ask the configured npm registry which version first lists one among its optional
// dependencies. Reads the abbreviated metadata document; never runs unless the user allows it.
import { compareDotted } from './binary/read-elf.js';
import { findTarget } from './targets.js';
import type { ArchReport } from './types.js';

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

interface Abbreviated {
  versions?: Record<string, { optionalDependencies?: Record<string, string> }>;
}

/** The first release of `name` whose optional dependencies include a build for the target. */
export async function firstVersionWithTarget(
  name: string,
  target: string,
  registry: string,
  fetchImpl: FetchLike = fetch as unknown as FetchLike,
): Promise<{ version: string; via: string } | undefined> {
  const t = findTarget(target);
  if (!t) return undefined;
  const url = `${registry.replace(/\/+$/, '')}/${name.replace('/', '%2f')}`;
  const res = await fetchImpl(url, { headers: { accept: 'application/vnd.npm.install-v1+json' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const doc = (await res.json()) as Abbreviated;
  const token = new RegExp(`(^|[-/])(${[t.name, ...t.aliases].join('|')})($|-)`);
  const releases = Object.entries(doc.versions ?? {})
    .filter(([v]) => /^\d+\.\d+\.\d+$/.test(v))
    .sort(([a], [b]) => compareDotted(a, b));
  for (const [version, meta] of releases) {
    const via = Object.keys(meta.optionalDependencies ?? {}).find((d) => token.test(d) && /linux/.test(d));
    if (via) return { version, via };
  }
  return undefined;
}

/** Turns generic "no variant" remedies into upgrades where the registry knows a later version. */
export async function enrichFromRegistry(
  report: ArchReport,
  registry: string,
  fetchImpl?: FetchLike,
): Promise<{ looked: number; failed: string[] }> {
  const failed: string[] = [];
  let looked = 0;
  for (const c of report.components)
    for (const f of c.findings) {
      if (f.code !== 'arch/no-platform-package' || f.remedies[0] !== 'ui.arch.remedy.no-variant') continue;
      looked++;
      try {
        const first = await firstVersionWithTarget(c.name, report.target, registry, fetchImpl);
        if (!first || (c.version && compareDotted(c.version.split('-')[0]!, first.version) >= 0)) continue;
        f.remedies[0] = 'ui.arch.remedy.upgrade';
        Object.assign(f.params, { version: first.version, via: first.via });
      } catch (err) {
        failed.push(`${c.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  return { looked, failed };
}
