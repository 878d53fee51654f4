// Opens the local database for matching: reads meta.json, then reads only the records of the
// packages being checked (through each ecosystem's index) and keys them by (ecosystem, name).
import { baseEcosystem } from '../../versions/registry.js';
import type { VulnSource } from '../match.js';
import type { OsvRecord } from '../osv-schema.js';
import { readMeta, readRecordsFor, recordKey, type StoreMeta } from './store.js';

export interface OpenDatabase {
  meta: StoreMeta;
  /** Reads the records of these packages; call before `source.recordsFor`. */
  load(packages: Iterable<{ ecosystem: string; name: string }>): Promise<void>;
  source: VulnSource;
}

export async function openDatabase(dir: string): Promise<OpenDatabase | null> {
  const meta = await readMeta(dir);
  if (!meta) return null;
  const loaded = new Set<string>();
  const index = new Map<string, OsvRecord[]>();
  const add = (records: OsvRecord[]) => {
    for (const r of records)
      for (const a of r.affected) {
        const k = recordKey(a.package.ecosystem, a.package.name);
        const list = index.get(k);
        if (!list) index.set(k, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      }
  };
  return {
    meta,
    async load(packages) {
      const wanted = new Map<string, Set<string>>();
      for (const p of packages) {
        const base = baseEcosystem(p.ecosystem);
        const k = recordKey(p.ecosystem, p.name);
        if (!meta.ecosystems[base] || loaded.has(k)) continue;
        loaded.add(k);
        wanted.set(base, (wanted.get(base) ?? new Set()).add(k));
      }
      for (const [base, keys] of wanted) add(await readRecordsFor(dir, base, keys));
    },
    source: { recordsFor: (eco, name) => index.get(recordKey(eco, name)) ?? [] },
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
