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
 * Per ecosystem, records live one per line in `<slug>.<stamp>.ndjson`; an index names that file
 * and maps each (ecosystem, normalised name) to the byte ranges of its records, so an audit reads
 * only the records of the packages it has. The index is written last, atomically, so readers
 * always see an index and the data file it names.
 *
 * The index (`<slug>.idx.tsv`) is a header line, then one line per key, sorted by the bytes of the
 * JSON-quoted key: `"key"<TAB>offset,length[,offset,length…]`. A lookup binary-searches the raw
 * bytes, so an audit of a few hundred packages never parses the 100,000 keys of npm's index.
 * Databases written before it have `<slug>.idx.json` ({format, data, keys}); it is still read.
 */
interface EcosystemIndex {
  data: string;
  /** Byte ranges [offset, length] of the records stored for a key. */
  lookup(key: string): [number, number][];
}

const INDEX_HEADER = 'steward-osv-index 2';

export const recordKey = (ecosystem: string, name: string): string =>
  `${ecosystem}\u0000${normalizeName(ecosystem, name)}`;

const indexBase = (base: string) => join('ecosystems', ecosystemFile(base).replace(/\.json$/, ''));
const jsonIndexFile = (base: string) => `${indexBase(base)}.idx.json`;
const sortedIndexFile = (base: string) => `${indexBase(base)}.idx.tsv`;

/** Index text for `keys`, sorted so that lookups can binary-search it. */
function sortedIndexText(data: string, keys: Map<string, [number, number][]>): Buffer {
  const lines = [...keys].map(([k, ranges]) => ({
    key: Buffer.from(JSON.stringify(k)),
    ranges: ranges.flat().join(','),
  }));
  lines.sort((a, b) => Buffer.compare(a.key, b.key));
  const parts: Buffer[] = [Buffer.from(`${INDEX_HEADER}\t${data}\n`)];
  for (const l of lines) parts.push(l.key, Buffer.from(`\t${l.ranges}\n`));
  return Buffer.concat(parts);
}

const NL = 0x0a;
const TAB = 0x09;

/** Binary search of a sorted index's bytes (after the header) for one JSON-quoted key. */
function searchSorted(buf: Buffer, start: number, key: Buffer): [number, number][] {
  let lo = start;
  let hi = buf.length;
  while (lo < hi) {
    let line = (lo + hi) >>> 1;
    while (line > lo && buf[line - 1] !== NL) line--;
    const tab = buf.indexOf(TAB, line);
    const end = buf.indexOf(NL, line);
    if (tab === -1 || end === -1 || tab > end) return [];
    const rc = Buffer.compare(buf.subarray(line, tab), key);
    if (rc === 0) {
      const n = buf
        .toString('latin1', tab + 1, end)
        .split(',')
        .map(Number);
      const out: [number, number][] = [];
      for (let i = 0; i + 1 < n.length; i += 2) out.push([n[i]!, n[i + 1]!]);
      return out;
    }
    if (rc < 0) lo = end + 1;
    else hi = line;
  }
  return [];
}

async function readIndex(dir: string, base: string): Promise<EcosystemIndex | null> {
  const sorted = sortedIndexFile(base);
  if (await existsUnder(dir, sorted)) {
    const bytes = await readBytesUnder(dir, sorted, MAX_STORE_FILE);
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerEnd = buf.indexOf(NL);
    const [magic, data] = buf.toString('utf8', 0, headerEnd === -1 ? 0 : headerEnd).split('\t');
    if (magic !== INDEX_HEADER || !data)
      throw new FileError('parse-error', join(dir, sorted), 'unknown format');
    return { data, lookup: (k) => searchSorted(buf, headerEnd + 1, Buffer.from(JSON.stringify(k))) };
  }
  const rel = jsonIndexFile(base);
  if (!(await existsUnder(dir, rel))) return null;
  try {
    const idx = JSON.parse(await readTextUnder(dir, rel, MAX_STORE_FILE)) as {
      format: number;
      data: string;
      keys: Record<string, [number, number][]>;
    };
    if (idx.format !== STORE_FORMAT || typeof idx.data !== 'string') throw new Error('unknown format');
    // Keys written before a normalisation rule changed (npm names now fold case) are found too.
    let refolded: Map<string, [number, number][]> | undefined;
    const refold = () => {
      refolded = new Map();
      for (const [key, ranges] of Object.entries(idx.keys)) {
        const [eco = '', name = ''] = key.split('\u0000');
        const k = recordKey(eco, name);
        refolded.set(k, [...(refolded.get(k) ?? []), ...ranges]);
      }
      return refolded;
    };
    return { data: idx.data, lookup: (k) => idx.keys[k] ?? (refolded ?? refold()).get(k) ?? [] };
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
  for (const k of keys) for (const [offset, length] of idx.lookup(k)) ranges.set(offset, length);
  if (ranges.size === 0) return [];
  const file = join(dir, 'ecosystems', idx.data);
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const handle = await open(file, 'r');
  try {
    const out: OsvRecord[] = [];
    for (const span of spans(sorted)) {
      const buf = Buffer.allocUnsafe(span.end - span.start);
      const { bytesRead } = await handle.read(buf, 0, buf.length, span.start);
      for (const [offset, length] of span.ranges) {
        if (offset - span.start + length > bytesRead)
          throw new FileError('parse-error', file, 'truncated data file');
        out.push(parseLine(buf.toString('utf8', offset - span.start, offset - span.start + length), file));
      }
    }
    return out;
  } finally {
    await handle.close();
  }
}

// Records close together are read in one go: fewer reads than one per record, and far fewer bytes
// than the whole data file (npm's is about 90 MB).
const SPAN_GAP = 64 * 1024;
const SPAN_MAX = 4 * 1024 * 1024;

function spans(sorted: [number, number][]): { start: number; end: number; ranges: [number, number][] }[] {
  const out: { start: number; end: number; ranges: [number, number][] }[] = [];
  for (const [offset, length] of sorted) {
    const last = out[out.length - 1];
    if (last && offset - last.end <= SPAN_GAP && offset + length - last.start <= SPAN_MAX) {
      last.end = Math.max(last.end, offset + length);
      last.ranges.push([offset, length]);
    } else out.push({ start: offset, end: offset + length, ranges: [[offset, length]] });
  }
  return out;
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
    const keys = new Map<string, [number, number][]>();
    const chunks: Buffer[] = [];
    let offset = 0;
    for (const r of records) {
      const line = Buffer.from(JSON.stringify(r), 'utf8');
      const own = new Set(
        r.affected
          .filter((a) => baseEcosystem(a.package.ecosystem) === base)
          .map((a) => recordKey(a.package.ecosystem, a.package.name)),
      );
      for (const k of own) {
        const list = keys.get(k);
        if (list) list.push([offset, line.length]);
        else keys.set(k, [[offset, line.length]]);
      }
      chunks.push(line, NEWLINE);
      offset += line.length + 1;
    }
    await writeFileAtomic(join(dir, 'ecosystems', data), Buffer.concat(chunks));
    await writeFileAtomic(join(dir, sortedIndexFile(base)), sortedIndexText(data, keys));
    // An index in the earlier JSON form is now stale: the sorted one above takes precedence.
    await rm(join(dir, jsonIndexFile(base)), { force: true });
    if (previous && previous.data !== data) await rm(join(dir, 'ecosystems', previous.data), { force: true });
    meta.ecosystems[base] = metaFor(records, source, now);
  }
  await writeFileAtomic(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  return meta;
}

const NEWLINE = Buffer.from('\n');
