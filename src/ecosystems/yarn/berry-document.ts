// Reads a Berry (Yarn 2+) yarn.lock as YAML into typed entries with the line of each key, and
// checks `__metadata.version`. YAML's failsafe schema keeps every scalar a string, so versions
// such as `1.10` or ranges such as `1` are never turned into numbers. js-yaml (which Yarn's own
// parser falls back to) is several times faster than `yaml`'s document API; key lines come from
// one cheap pass over the top-level lines instead of a concrete syntax tree.
import jsYaml from 'js-yaml';
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

/** 1-based line of every top-level key (`key:` or `"key":` starting in column 0). */
function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let line = 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(start);
    // Not indented, not a comment, not blank: a top-level key line.
    if (c !== 0x20 && c !== 0x09 && c !== 0x23 && c !== 0x0a && c !== 0x0d) {
      let raw = text.slice(start, end).replace(/\r$/, '');
      const colon = raw.lastIndexOf(':');
      if (colon > 0) {
        raw = raw.slice(0, colon).trim();
        const key = raw.startsWith('"') ? unquote(raw) : raw;
        if (key !== undefined && !lines.has(key)) lines.set(key, line);
      }
    }
    line++;
    start = end + 1;
  }
  return lines;
}

function unquote(raw: string): string | undefined {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

function load(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.FAILSAFE_SCHEMA, json: false });
  } catch (err) {
    if (err instanceof jsYaml.YAMLException)
      throw new FileError(
        'parse-error',
        file,
        err.reason || err.message.split('\n')[0],
        err.mark ? err.mark.line + 1 : undefined,
      );
    throw new FileError('parse-error', file, err instanceof Error ? err.message : String(err));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new FileError('parse-error', file, 'the lockfile is not a YAML map', 1);
  return value as Record<string, unknown>;
}

export function readBerryDocument(text: string, file: string): BerryDocument {
  const contents = load(text, file);
  const keyLines = topLevelKeyLines(text);
  let version: number | undefined;
  let cacheKey: string | undefined;
  const records: BerryRecord[] = [];
  const failures: FileFailure[] = [];
  for (const [key, value] of Object.entries(contents)) {
    const line = keyLines.get(key);
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
