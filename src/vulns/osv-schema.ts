// The OSV record format (ossf.github.io/osv-schema), parsed permissively: unknown fields are
// ignored and text we never show (details, references) is dropped, but anything matching relies
// on (id, modified, affected packages, range events) is validated and a bad record is rejected
// with a reason so imports can count and report what they skipped.

export type OsvEvent =
  { introduced: string } | { fixed: string } | { last_affected: string } | { limit: string };

export interface OsvRange {
  type: string;
  repo?: string;
  events: OsvEvent[];
}

export interface OsvSeverity {
  type: string;
  score: string;
}

export interface OsvAffected {
  package: { ecosystem: string; name: string; purl?: string };
  ranges: OsvRange[];
  versions: string[];
  severity?: OsvSeverity[];
}

export interface OsvRecord {
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases: string[];
  upstream: string[];
  summary?: string;
  severity: OsvSeverity[];
  affected: OsvAffected[];
  /** GitHub-style textual severity ('HIGH'), when a database gives one and no CVSS vector. */
  databaseSeverity?: string;
}

export type ParseOutcome = { ok: true; record: OsvRecord } | { ok: false; reason: string; id?: string };

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

function stringList(v: unknown, field: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new Error(`${field} is not a list of strings`);
  return v as string[];
}

function parseSeverity(v: unknown): OsvSeverity[] {
  if (!Array.isArray(v)) return [];
  return v.filter((s): s is OsvSeverity => isObject(s) && isString(s.type) && isString(s.score));
}

function parseEvent(v: unknown): OsvEvent {
  if (!isObject(v)) throw new Error('range event is not an object');
  const keys = EVENT_KEYS.filter((k) => v[k] !== undefined);
  if (keys.length !== 1) throw new Error(`range event must have exactly one of ${EVENT_KEYS.join(', ')}`);
  const key = keys[0]!;
  const value = v[key];
  if (!isString(value)) throw new Error(`range event ${key} is not a non-empty string`);
  return { [key]: value } as OsvEvent;
}

function parseRange(v: unknown): OsvRange {
  if (!isObject(v) || !isString(v.type)) throw new Error('range without a type');
  if (!Array.isArray(v.events) || v.events.length === 0) throw new Error('range without events');
  const range: OsvRange = { type: v.type, events: v.events.map(parseEvent) };
  if (isString(v.repo)) range.repo = v.repo;
  return range;
}

function parseAffected(v: unknown): OsvAffected | null {
  if (!isObject(v)) throw new Error('affected entry is not an object');
  const pkg = v.package;
  // Entries without a package (e.g. only GIT ranges for a repository) cannot match a component.
  if (!isObject(pkg) || !isString(pkg.ecosystem) || !isString(pkg.name)) return null;
  const affected: OsvAffected = {
    package: { ecosystem: pkg.ecosystem, name: pkg.name, ...(isString(pkg.purl) ? { purl: pkg.purl } : {}) },
    ranges: Array.isArray(v.ranges) ? v.ranges.map(parseRange) : [],
    versions: stringList(v.versions, 'affected.versions'),
  };
  const severity = parseSeverity(v.severity);
  if (severity.length) affected.severity = severity;
  return affected;
}

/** Validates and trims one OSV record. */
export function parseOsvRecord(value: unknown): ParseOutcome {
  if (!isObject(value)) return { ok: false, reason: 'not a JSON object' };
  const id = isString(value.id) ? value.id : undefined;
  if (!id) return { ok: false, reason: 'missing id' };
  if (!isString(value.modified)) return { ok: false, reason: 'missing modified', id };
  try {
    const rawAffected = value.affected === undefined ? [] : value.affected;
    if (!Array.isArray(rawAffected)) throw new Error('affected is not a list');
    const record: OsvRecord = {
      id,
      modified: value.modified,
      aliases: stringList(value.aliases, 'aliases'),
      upstream: stringList(value.upstream, 'upstream'),
      severity: parseSeverity(value.severity),
      affected: rawAffected.map(parseAffected).filter((a): a is OsvAffected => a !== null),
    };
    if (isString(value.published)) record.published = value.published;
    if (isString(value.withdrawn)) record.withdrawn = value.withdrawn;
    if (isString(value.summary)) record.summary = value.summary;
    const dbSeverity = isObject(value.database_specific) ? value.database_specific.severity : undefined;
    if (isString(dbSeverity)) record.databaseSeverity = dbSeverity;
    return { ok: true, record };
  } catch (err) {
    return { ok: false, reason: (err as Error).message, id };
  }
}

export function eventVersion(e: OsvEvent): string {
  return 'introduced' in e
    ? e.introduced
    : 'fixed' in e
      ? e.fixed
      : 'last_affected' in e
        ? e.last_affected
        : e.limit;
}
