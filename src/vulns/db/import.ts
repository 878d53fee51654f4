// Merges OSV records into the local database, incrementally by `modified`: a record replaces the
// stored one with the same id only when it is at least as new, so importing an older copy never
// undoes an update. Withdrawn records are kept (marked) so a stale copy cannot resurrect them.
import type { OsvRecord } from '../osv-schema.js';
import { readOsvSource, type InvalidRecord } from './read-sources.js';
import { readEcosystem, recordEcosystems, writeEcosystems } from './store.js';

export interface ImportSummary {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  invalid: InvalidRecord[];
  ecosystems: string[];
}

/** Groups records by base ecosystem. */
export function byEcosystem(records: OsvRecord[]): Map<string, OsvRecord[]> {
  const groups = new Map<string, OsvRecord[]>();
  for (const r of records)
    for (const base of recordEcosystems(r)) {
      const list = groups.get(base) ?? [];
      list.push(r);
      groups.set(base, list);
    }
  return groups;
}

/**
 * Merges `incoming` into the stored records of each ecosystem. With `replace` naming a base
 * ecosystem, its stored records are dropped first (a full export such as all.zip is the whole
 * truth for its ecosystem); records it carries for other ecosystems are merged as usual.
 */
export async function mergeRecords(
  dir: string,
  incoming: OsvRecord[],
  source: string,
  options: { replace?: string } = {},
): Promise<Omit<ImportSummary, 'files' | 'invalid'>> {
  const summary = { added: 0, updated: 0, unchanged: 0, withdrawn: 0, ecosystems: [] as string[] };
  const updates = new Map<string, OsvRecord[]>();
  for (const [base, records] of byEcosystem(incoming)) {
    const stored = await readEcosystem(dir, base);
    const byId = new Map((options.replace === base ? [] : stored).map((r) => [r.id, r]));
    const before = new Map(stored.map((r) => [r.id, r.modified]));
    for (const r of records) {
      const current = byId.get(r.id);
      if (current && current.modified > r.modified) continue;
      byId.set(r.id, r);
    }
    for (const r of records) {
      const old = before.get(r.id);
      if (old === undefined) summary.added++;
      else if (old < r.modified) summary.updated++;
      else summary.unchanged++;
      if (r.withdrawn) summary.withdrawn++;
    }
    updates.set(base, [...byId.values()]);
    summary.ecosystems.push(base);
  }
  if (updates.size) await writeEcosystems(dir, updates, source);
  return summary;
}

export async function importPath(dir: string, path: string): Promise<ImportSummary> {
  const read = await readOsvSource(path);
  const merged = await mergeRecords(dir, read.records, path);
  return { files: read.files, invalid: read.invalid, ...merged };
}
