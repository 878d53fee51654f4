// The package.json files around a yarn.lock: the root manifest, its `workspaces` globs expanded
// against the scanned tree, and each member's declared dependencies by kind. Yarn lockfiles do
// not say which dependencies are dev, so both parsers read the kinds from here.
import { posix } from 'node:path';
import type { EdgeKind } from '../../core/model.js';
import { FileError, type ExtractContext } from '../../core/plugin.js';

export interface Manifest {
  /** Root-relative path of the package.json. */
  file: string;
  name?: string;
  version?: string;
  /** Declared dependencies in the order prod, optional, dev, peer: name -> range per kind. */
  deps: Record<EdgeKind, Record<string, string>>;
  /** The `workspaces` patterns (array or `{ packages: [...] }` form). */
  workspaces: string[];
  /** Root `resolutions` overrides: pattern (`name`, `name@range`, `parent/name`) -> range. */
  resolutions: Record<string, string>;
}

const KIND_FIELDS: [EdgeKind, string][] = [
  ['prod', 'dependencies'],
  ['optional', 'optionalDependencies'],
  ['dev', 'devDependencies'],
  ['peer', 'peerDependencies'],
];

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v))
    for (const [k, r] of Object.entries(v)) if (typeof r === 'string') out[k] = r;
  return out;
}

function lineOfJsonError(text: string, message: string): number | undefined {
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  return text.slice(0, Number(m[1])).split('\n').length;
}

/** Reads a package.json; undefined when it does not exist. Throws FileError when it is not JSON. */
export async function readManifest(ctx: ExtractContext, file: string): Promise<Manifest | undefined> {
  const text = await ctx.readTextIfExists(file);
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new FileError('parse-error', file, message, lineOfJsonError(text, message));
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new FileError('parse-error', file, 'package.json is not a JSON object', 1);
  const o = raw as Record<string, unknown>;
  const deps = {} as Manifest['deps'];
  for (const [kind, field] of KIND_FIELDS) deps[kind] = stringMap(o[field]);
  const ws = o.workspaces;
  const patterns = Array.isArray(ws)
    ? ws
    : ws && typeof ws === 'object'
      ? (ws as Record<string, unknown>).packages
      : undefined;
  const m: Manifest = {
    file,
    deps,
    workspaces: Array.isArray(patterns) ? patterns.filter((p): p is string => typeof p === 'string') : [],
    resolutions: stringMap(o.resolutions),
  };
  if (typeof o.name === 'string') m.name = o.name;
  if (typeof o.version === 'string') m.version = o.version;
  return m;
}

function segmentRegExp(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

const MAX_GLOB_DEPTH = 8;

/** Directories (relative to `base`, root-relative base) matching one workspace glob. */
async function expandGlob(ctx: ExtractContext, base: string, pattern: string): Promise<string[]> {
  const segments = posix
    .normalize(pattern.replace(/^\.\//, ''))
    .split('/')
    .filter((s) => s && s !== '.');
  let current = [''];
  for (const [i, seg] of segments.entries()) {
    const next: string[] = [];
    for (const dir of current) {
      if (!/[*?]/.test(seg)) {
        next.push(dir ? `${dir}/${seg}` : seg);
        continue;
      }
      if (seg === '**') next.push(...(await subdirs(ctx, base, dir, MAX_GLOB_DEPTH - i)));
      else {
        const re = segmentRegExp(seg);
        for (const name of await children(ctx, base, dir))
          if (re.test(name)) next.push(dir ? `${dir}/${name}` : name);
      }
    }
    current = next;
  }
  return current.filter((d) => d !== '');
}

async function children(ctx: ExtractContext, base: string, dir: string): Promise<string[]> {
  const abs = posix.join(base, dir) || '.';
  if (!ctx.tree.hasDir(abs)) return [];
  const entries = await ctx.listDir(abs).catch(() => []);
  return entries
    .filter(
      (e) =>
        (e.kind === 'dir' || e.kind === 'symlink') && e.name !== 'node_modules' && !e.name.startsWith('.'),
    )
    .map((e) => e.name)
    .sort();
}

async function subdirs(ctx: ExtractContext, base: string, dir: string, depth: number): Promise<string[]> {
  const out = [dir];
  if (depth <= 0) return out;
  for (const name of await children(ctx, base, dir))
    out.push(...(await subdirs(ctx, base, dir ? `${dir}/${name}` : name, depth - 1)));
  return out;
}

/**
 * Workspace member directories, relative to `base` (the lockfile's directory, root-relative),
 * sorted; only directories holding a package.json count. `!pattern` entries exclude.
 */
export async function expandWorkspaces(
  ctx: ExtractContext,
  base: string,
  patterns: string[],
): Promise<string[]> {
  const found = new Set<string>();
  const excluded = new Set<string>();
  for (const p of patterns) {
    const negated = p.startsWith('!');
    for (const dir of await expandGlob(ctx, base, negated ? p.slice(1) : p)) {
      if (!ctx.tree.hasFile(posix.join(base, dir, 'package.json'))) continue;
      (negated ? excluded : found).add(dir);
    }
  }
  return [...found].filter((d) => !excluded.has(d)).sort();
}

/** Root-relative path of a file in a directory relative to the lockfile's directory. */
export function underBase(base: string, ...parts: string[]): string {
  return posix.normalize(posix.join(base, ...parts));
}

/**
 * Version in the package.json of a local folder dependency (root-relative `dir`), when it is
 * inside the scan and readable; undefined otherwise. Never throws: this only refines a version.
 */
export async function localPackageVersion(ctx: ExtractContext, dir: string): Promise<string | undefined> {
  if (dir === '..' || dir.startsWith('../') || dir.startsWith('/')) return undefined;
  try {
    return (await readManifest(ctx, posix.join(dir, 'package.json')))?.version;
  } catch {
    return undefined;
  }
}
