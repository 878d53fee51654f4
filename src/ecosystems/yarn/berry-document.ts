// Reads a Berry (Yarn 2+) yarn.lock as YAML into typed entries with the line of each key, and
// checks `__metadata.version`. YAML's failsafe schema keeps every scalar a string, so versions
// such as `1.10` or ranges such as `1` are never turned into numbers.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { FileError } from '../../core/plugin.js';
import type { FileFailure } from '../../core/status.js';
import { toBerryEntry, type BerryEntry } from './schema.js';

/** Lockfile format versions written by Yarn 2 (4) through Yarn 4 (8, 10). */
export const SUPPORTED_BERRY_VERSIONS = [4, 5, 6, 7, 8, 9, 10];

export interface BerryRecord {
  key: string;
  descriptors: string[];
  line: number;
  entry: BerryEntry;
}

export interface BerryDocument {
  version: number;
  cacheKey?: string;
  records: BerryRecord[];
  /** Entries whose shape was wrong: reported, left out. */
  failures: FileFailure[];
}

export function readBerryDocument(text: string, file: string): BerryDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false });
  const err = doc.errors[0];
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  if (err) throw new FileError('parse-error', file, err.message.split('\n')[0], lineOf(err.pos[0]));
  if (!isMap(doc.contents)) throw new FileError('parse-error', file, 'the lockfile is not a YAML map', 1);

  let version: number | undefined;
  let cacheKey: string | undefined;
  const records: BerryRecord[] = [];
  const failures: FileFailure[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    if (key === undefined) {
      failures.push({ file, line, reason: 'parse-error', detail: 'an entry key is not a string' });
      continue;
    }
    const value: unknown = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.();
    if (key === '__metadata') {
      const meta = value as Record<string, unknown> | undefined;
      version = Number(meta?.version);
      if (typeof meta?.cacheKey === 'string') cacheKey = meta.cacheKey;
      if (!SUPPORTED_BERRY_VERSIONS.includes(version))
        throw new FileError('unsupported-version', file, `__metadata.version ${String(meta?.version)}`, line);
      continue;
    }
    try {
      const descriptors = key
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean);
      records.push({ key, descriptors, line: line ?? 1, entry: toBerryEntry(value) });
    } catch (e) {
      failures.push({ file, line, reason: 'parse-error', detail: `${key}: ${(e as Error).message}` });
    }
  }
  if (version === undefined) throw new FileError('unsupported-version', file, 'no __metadata.version', 1);
  const out: BerryDocument = { version, records, failures };
  if (cacheKey) out.cacheKey = cacheKey;
  return out;
}
