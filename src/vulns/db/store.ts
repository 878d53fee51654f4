// The local vulnerability database: per base ecosystem, trimmed OSV records (one JSON line each)
// with an index by package, plus meta.json describing each. Every file is replaced atomically
// (write beside, then rename), so a reader sees a complete previous or new ecosystem, never a torn one.
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../../core/plugin.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { existsUnder, readBytesUnder, readTextUnder } from '../../util/fs.js';
import { baseEcosystem } from '../../versions/registry.js';
import type { OsvRecord } from '../osv-schema.js';
import { normalizeName } from '../purl-to-osv.js';

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

/**
 * Per ecosystem, records live one per line in `<slug>.<stamp>.ndjson`; `<slug>.idx.json` names
 * that file and maps each (ecosystem, normalised name) to the byte ranges of its records, so an
 * audit reads only the records of the packages it has. The index is written last, atomically,
 * so readers always see an index and the data file it names.
 */
interface EcosystemIndex {
  format: number;
  data: string;
  keys: Record<string, [number, number][]>;
}

export const recordKey = (ecosystem: string, name: string): string =>
  `${ecosystem}\u0000${normalizeName(ecosystem, name)}`;

const indexFile = (base: string) => join('ecosystems', ecosystemFile(base).replace(/\.json$/, '.idx.json'));

async function readIndex(dir: string, base: string): Promise<EcosystemIndex | null> {
  const rel = indexFile(base);
  if (!(await existsUnder(dir, rel))) return null;
  try {
    const idx = JSON.parse(await readTextUnder(dir, rel, MAX_STORE_FILE)) as EcosystemIndex;
    if (idx.format !== STORE_FORMAT || typeof idx.data !== 'string') throw new Error('unknown format');
    return idx;
  } catch (err) {
    throw new FileError('parse-error', join(dir, rel), (err as Error).message);
  }
}

function parseLine(line: string, file: string): OsvRecord {
  try {
    return JSON.parse(line) as OsvRecord;
  } catch (err) {
    throw new FileError('parse-error', file, (err as Error).message);
  }
}

/** Every stored record of a base ecosystem (for merging). */
export async function readEcosystem(dir: string, base: string): Promise<OsvRecord[]> {
  const idx = await readIndex(dir, base);
  if (!idx) return [];
  const rel = join('ecosystems', idx.data);
  const text = await readTextUnder(dir, rel, MAX_STORE_FILE);
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => parseLine(l, join(dir, rel)));
}

/** Only the records stored for the given (ecosystem, name) keys of one base ecosystem. */
export async function readRecordsFor(
  dir: string,
  base: string,
  keys: Iterable<string>,
): Promise<OsvRecord[]> {
  const idx = await readIndex(dir, base);
  if (!idx) return [];
  const ranges = new Map<number, number>();
  for (const k of keys) for (const [offset, length] of idx.keys[k] ?? []) ranges.set(offset, length);
  if (ranges.size === 0) return [];
  const file = join(dir, 'ecosystems', idx.data);
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  // Many lookups: one sequential read of the data file beats hundreds of positional reads.
  if (sorted.length > 32) {
    const all = await readBytesUnder(join(dir, 'ecosystems'), idx.data, MAX_STORE_FILE);
    return sorted.map(([o, l]) =>
      parseLine(Buffer.from(all.buffer, all.byteOffset + o, l).toString('utf8'), file),
    );
  }
  const handle = await open(file, 'r');
  try {
    return await Promise.all(
      sorted.map(async ([offset, length]) => {
        const buf = Buffer.allocUnsafe(length);
        await handle.read(buf, 0, length, offset);
        return parseLine(buf.toString('utf8'), file);
      }),
    );
  } finally {
    await handle.close();
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

/** Writes one ecosystem's records and index, then meta.json; each step is atomic. */
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
    const previous = await readIndex(dir, base).catch(() => null);
    const data = ecosystemFile(base).replace(/\.json$/, `.${now.getTime()}.${process.pid}.ndjson`);
    const keys: Record<string, [number, number][]> = {};
    const chunks: Buffer[] = [];
    let offset = 0;
    for (const r of records) {
      const line = Buffer.from(JSON.stringify(r), 'utf8');
      const own = new Set(
        r.affected
          .filter((a) => baseEcosystem(a.package.ecosystem) === base)
          .map((a) => recordKey(a.package.ecosystem, a.package.name)),
      );
      for (const k of own) (keys[k] ??= []).push([offset, line.length]);
      chunks.push(line, NEWLINE);
      offset += line.length + 1;
    }
    await writeFileAtomic(join(dir, 'ecosystems', data), Buffer.concat(chunks));
    await writeFileAtomic(join(dir, indexFile(base)), JSON.stringify({ format: STORE_FORMAT, data, keys }));
    if (previous && previous.data !== data) await rm(join(dir, 'ecosystems', previous.data), { force: true });
    meta.ecosystems[base] = metaFor(records, source, now);
  }
  await writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  return meta;
}

const NEWLINE = Buffer.from('\n');
