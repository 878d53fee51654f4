// Permissive typing of one Berry lockfile entry, read with YAML's failsafe schema (every scalar a
// string). Unknown fields are ignored; a wrong shape for a field we rely on is reported as text
// for the caller to attach to the entry's line.

export interface BerryEntry {
  version: string;
  resolution: string;
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  /** Names whose `dependenciesMeta` marks them optional. */
  optionalNames: Set<string>;
  /** Names whose `peerDependenciesMeta` marks them optional. */
  optionalPeers: Set<string>;
  checksum?: string;
  conditions?: string;
  linkType?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

function stringMap(v: unknown, field: string): Record<string, string> {
  if (v === undefined) return {};
  if (!isRecord(v)) throw new Error(`${field} is not a map`);
  const out: Record<string, string> = {};
  for (const [k, r] of Object.entries(v)) {
    if (typeof r !== 'string') throw new Error(`${field}.${k} is not a string`);
    out[k] = r;
  }
  return out;
}

function optionalIn(meta: unknown, field: string): Set<string> {
  if (meta === undefined) return new Set();
  if (!isRecord(meta)) throw new Error(`${field} is not a map`);
  const names = new Set<string>();
  for (const [name, m] of Object.entries(meta)) if (isRecord(m) && m.optional === 'true') names.add(name);
  return names;
}

/** Types a raw entry; throws Error with a one-line reason when a needed field is missing or wrong. */
export function toBerryEntry(raw: unknown): BerryEntry {
  if (!isRecord(raw)) throw new Error('entry is not a map');
  const { version, resolution, checksum, conditions, linkType } = raw;
  if (typeof version !== 'string') throw new Error('version is missing or not a string');
  if (typeof resolution !== 'string') throw new Error('resolution is missing or not a string');
  const e: BerryEntry = {
    version,
    resolution,
    dependencies: stringMap(raw.dependencies, 'dependencies'),
    optionalDependencies: stringMap(raw.optionalDependencies, 'optionalDependencies'),
    peerDependencies: stringMap(raw.peerDependencies, 'peerDependencies'),
    optionalNames: optionalIn(raw.dependenciesMeta, 'dependenciesMeta'),
    optionalPeers: optionalIn(raw.peerDependenciesMeta, 'peerDependenciesMeta'),
  };
  if (typeof checksum === 'string') e.checksum = checksum;
  if (typeof conditions === 'string') e.conditions = conditions;
  if (typeof linkType === 'string') e.linkType = linkType;
  return e;
}

/**
 * Berry `conditions: os=linux & cpu=x64 & libc=glibc` -> platform lists. Alternatives such as
 * `(os=darwin | os=linux)` become several values for that key.
 */
export function parseConditions(conditions: string): { os?: string[]; cpu?: string[]; libc?: string[] } {
  const out: { os?: string[]; cpu?: string[]; libc?: string[] } = {};
  for (const clause of conditions.replace(/[()]/g, ' ').split(/[&|]/)) {
    const m = /^\s*(os|cpu|libc)\s*=\s*(\S+)\s*$/.exec(clause);
    if (!m) continue;
    const key = m[1] as 'os' | 'cpu' | 'libc';
    (out[key] ??= []).push(m[2]!);
  }
  return out;
}
