// The local vulnerability database: one JSON file of trimmed OSV records per base ecosystem plus
// meta.json describing each. Every file is replaced atomically (write beside, then rename), so a
// reader always sees a complete previous or complete new ecosystem, never a torn one.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../../core/plugin.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { existsUnder, readTextUnder } from '../../util/fs.js';
import { baseEcosystem } from '../../versions/registry.js';
import type { OsvRecord } from '../osv-schema.js';

export const STORE_FORMAT = 1;

export interface EcosystemMeta {
  records: number;
  withdrawn: number;
  /** Latest `modified` among the records: the point incremental updates start from. */
  newestModified: string;
  /** When this ecosystem was last written (ISO 8601). */
  updatedAt: string;
  /** Where the data came from: a path or a URL. */
  source: string;
}

export interface StoreMeta {
  format: number;
  ecosystems: Record<string, EcosystemMeta>;
}

const MAX_STORE_FILE = 2 * 1024 * 1024 * 1024 - 1;

/** File name for a base ecosystem: safe on every file system ('Red Hat' → 'red-hat.json'). */
export function ecosystemFile(base: string): string {
  return `${base.toLowerCase().replace(/[^a-z0-9.]+/g, '-')}.json`;
}

export async function readMeta(dir: string): Promise<StoreMeta | null> {
  if (!(await existsUnder(dir, 'meta.json'))) return null;
  const text = await readTextUnder(dir, 'meta.json');
  try {
    const meta = JSON.parse(text) as StoreMeta;
    if (meta.format !== STORE_FORMAT || typeof meta.ecosystems !== 'object')
      throw new Error('unknown format');
    return meta;
  } catch (err) {
    throw new FileError('parse-error', join(dir, 'meta.json'), (err as Error).message);
  }
}

export async function readEcosystem(dir: string, base: string): Promise<OsvRecord[]> {
  const rel = join('ecosystems', ecosystemFile(base));
  if (!(await existsUnder(dir, rel))) return [];
  const text = await readTextUnder(dir, rel, MAX_STORE_FILE);
  try {
    return (JSON.parse(text) as { records: OsvRecord[] }).records;
  } catch (err) {
    throw new FileError('parse-error', join(dir, rel), (err as Error).message);
  }
}

/** Base ecosystems a record belongs to (a record may affect packages in several). */
export function recordEcosystems(record: OsvRecord): string[] {
  return [...new Set(record.affected.map((a) => baseEcosystem(a.package.ecosystem)))];
}

function metaFor(records: OsvRecord[], source: string, now: Date): EcosystemMeta {
  let newest = '';
  let withdrawn = 0;
  for (const r of records) {
    if (r.modified > newest) newest = r.modified;
    if (r.withdrawn) withdrawn++;
  }
  return { records: records.length, withdrawn, newestModified: newest, updatedAt: now.toISOString(), source };
}

/** Writes one ecosystem's records, then meta.json; each step is atomic. */
export async function writeEcosystems(
  dir: string,
  updates: Map<string, OsvRecord[]>,
  source: string,
  now = new Date(),
): Promise<StoreMeta> {
  await mkdir(join(dir, 'ecosystems'), { recursive: true });
  const meta: StoreMeta = (await readMeta(dir)) ?? { format: STORE_FORMAT, ecosystems: {} };
  for (const [base, records] of updates) {
    records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await writeFileAtomic(
      join(dir, 'ecosystems', ecosystemFile(base)),
      JSON.stringify({ format: STORE_FORMAT, ecosystem: base, records }),
    );
    meta.ecosystems[base] = metaFor(records, source, now);
  }
  await writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  return meta;
}
