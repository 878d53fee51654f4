// Permissive reading of package.json files, the only input of both plugins in this folder. Fields
// of the wrong type are dropped rather than fatal: installed manifests in the wild are messy, and
// one odd field must not hide a package from the inventory.
import type { Platform, ResolvedSource, SourceType } from '../../core/model.js';
import { FileError } from '../../core/plugin.js';
import { jsonErrorOffset } from './json-error-offset.js';

export type DepField = 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies';

export interface Manifest {
  name?: string;
  version?: string;
  license?: string;
  integrity?: string;
  resolved?: string;
  platform?: Platform;
  workspaces: string[];
  bundled: string[];
  deps: Record<DepField, Record<string, string>>;
  optionalPeers: Set<string>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

function depMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(v)) for (const [k, r] of Object.entries(v)) if (typeof r === 'string') out[k] = r;
  return out;
}

/** JSON.parse with a FileError naming the line on failure. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const at = jsonErrorOffset(text);
    const line = at >= 0 ? text.slice(0, at).split('\n').length : undefined;
    throw new FileError('parse-error', file, msg.replace(/\s+/g, ' '), line);
  }
}

/** The license as the manifest states it: a string, a `{ type }` object, or legacy `licenses`. */
function declaredLicense(m: Json): string | undefined {
  const l = m.license;
  if (typeof l === 'string') return str(l.trim());
  if (isObject(l)) return str(l.type);
  if (Array.isArray(m.licenses)) {
    const types = m.licenses.map((x) => (isObject(x) ? str(x.type) : str(x))).filter(Boolean);
    return types.length ? types.join(' OR ') : undefined;
  }
  return undefined;
}

function platformOf(m: Json): Platform | undefined {
  const p: Platform = {};
  for (const key of ['os', 'cpu', 'libc'] as const) {
    const v = strings(m[key]);
    if (v.length) p[key] = v;
  }
  return Object.keys(p).length ? p : undefined;
}

function workspacesOf(m: Json): string[] {
  if (Array.isArray(m.workspaces)) return strings(m.workspaces);
  if (isObject(m.workspaces)) return strings(m.workspaces.packages);
  return [];
}

export function parseManifest(text: string, file: string): Manifest {
  const raw = parseJson(text, file);
  if (!isObject(raw)) throw new FileError('parse-error', file, 'package.json is not a JSON object', 1);
  const meta = isObject(raw.peerDependenciesMeta) ? raw.peerDependenciesMeta : {};
  const m: Manifest = {
    workspaces: workspacesOf(raw),
    bundled: strings(raw.bundleDependencies ?? raw.bundledDependencies),
    deps: {
      dependencies: depMap(raw.dependencies),
      devDependencies: depMap(raw.devDependencies),
      optionalDependencies: depMap(raw.optionalDependencies),
      peerDependencies: depMap(raw.peerDependencies),
    },
    optionalPeers: new Set(Object.keys(meta).filter((k) => isObject(meta[k]) && meta[k].optional === true)),
  };
  const set = <K extends keyof Manifest>(k: K, v: Manifest[K] | undefined) => {
    if (v !== undefined) m[k] = v;
  };
  set('name', str(raw.name));
  set('version', str(raw.version));
  set('license', declaredLicense(raw));
  set('integrity', str(raw._integrity));
  set('resolved', str(raw._resolved));
  set('platform', platformOf(raw));
  return m;
}

/** What kind of source a dependency spec or `_resolved` URL names. */
export function sourceTypeOf(spec: string): SourceType {
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[\w-]+\/[\w.-]+(#.*)?$/.test(spec))
    return 'git';
  if (spec.startsWith('file:')) return 'file';
  if (spec.startsWith('link:')) return 'link';
  if (spec.startsWith('workspace:')) return 'workspace';
  if (/^https?:/.test(spec)) return /\/-\/[^/]+\.tgz$/.test(spec) ? 'registry' : 'tarball';
  return 'registry';
}

export function resolvedSource(resolved: string): ResolvedSource {
  const type = sourceTypeOf(resolved);
  if (type === 'git') {
    const hash = resolved.indexOf('#');
    return hash > 0
      ? { type, url: resolved.slice(0, hash), commit: resolved.slice(hash + 1) }
      : { type, url: resolved };
  }
  return { type, url: resolved };
}

/** Split an npm alias spec `npm:real-name@range` into the real name and range. */
export function parseAlias(spec: string): { name: string; range: string } | undefined {
  if (!spec.startsWith('npm:')) return undefined;
  const body = spec.slice(4);
  const at = body.indexOf('@', 1);
  return at < 0 ? { name: body, range: '*' } : { name: body.slice(0, at), range: body.slice(at + 1) };
}

export { hashesFromIntegrity } from '../../core/integrity.js';
