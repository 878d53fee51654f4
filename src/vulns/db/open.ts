// Opens the local database for matching: reads meta.json, then loads an ecosystem's records only
// when a component of that ecosystem is looked up, and indexes them by (ecosystem, name).
import { baseEcosystem } from '../../versions/registry.js';
import type { VulnSource } from '../match.js';
import type { OsvRecord } from '../osv-schema.js';
import { normalizeName } from '../purl-to-osv.js';
import { readEcosystem, readMeta, type StoreMeta } from './store.js';

export interface OpenDatabase {
  meta: StoreMeta;
  /** Loads the ecosystems the given OSV ecosystems need; call before `source.recordsFor`. */
  load(ecosystems: Iterable<string>): Promise<void>;
  source: VulnSource;
}

const key = (ecosystem: string, name: string) => `${ecosystem}\u0000${normalizeName(ecosystem, name)}`;

export async function openDatabase(dir: string): Promise<OpenDatabase | null> {
  const meta = await readMeta(dir);
  if (!meta) return null;
  const loaded = new Set<string>();
  const index = new Map<string, OsvRecord[]>();
  const add = (records: OsvRecord[]) => {
    for (const r of records)
      for (const a of r.affected) {
        const k = key(a.package.ecosystem, a.package.name);
        const list = index.get(k);
        if (!list) index.set(k, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      }
  };
  return {
    meta,
    async load(ecosystems) {
      for (const eco of ecosystems) {
        const base = baseEcosystem(eco);
        if (loaded.has(base) || !meta.ecosystems[base]) continue;
        loaded.add(base);
        add(await readEcosystem(dir, base));
      }
    },
    source: { recordsFor: (eco, name) => index.get(key(eco, name)) ?? [] },
  };
}

/** Age in days of the newest data, from the most recently updated ecosystem. */
export function databaseAgeDays(meta: StoreMeta, now = new Date()): number | null {
  const times = Object.values(meta.ecosystems)
    .map((e) => Date.parse(e.updatedAt))
    .filter(Number.isFinite);
  if (!times.length) return null;
  return Math.floor((now.getTime() - Math.max(...times)) / 86_400_000);
}
