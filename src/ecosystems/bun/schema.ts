// Permissive typing of bun.lock's two tables: `workspaces` (path -> declared dependencies by
// kind) and `packages` (install path -> [ident, …] arrays whose shape depends on the source:
// registry `[ident, registry, meta, integrity]`, git `[ident, meta, commit]`, tarball
// `[ident, meta, integrity]`, folders `[ident, meta]`, workspaces `[ident]`).
import type { EdgeKind } from '../../core/model.js';
import type { JsonValue } from './jsonc.js';

export type BunSourceKind = 'registry' | 'workspace' | 'git' | 'tarball' | 'file' | 'link' | 'root';

export interface BunMeta {
  deps: Record<'prod' | 'optional' | 'peer', Record<string, string>>;
  optionalPeers: Set<string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

export interface BunPackage {
  key: string;
  line: number;
  name: string;
  /** What follows the name in the ident: a version, `workspace:path`, a URL, `file:path`, … */
  spec: string;
  kind: BunSourceKind;
  meta: BunMeta;
  integrity?: string;
  /** Git commit (or bun's `owner-repo-commit` tag for github: sources). */
  commit?: string;
}

export interface BunWorkspace {
  path: string;
  line?: number;
  name?: string;
  version?: string;
  deps: Record<EdgeKind, Record<string, string>>;
}

export const isObject = (v: unknown): v is Record<string, JsonValue> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(v)) for (const [k, r] of Object.entries(v)) if (typeof r === 'string') out[k] = r;
  return out;
}

const list = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.filter((x): x is string => typeof x === 'string')
      : undefined;

export function toWorkspace(path: string, raw: unknown, line: number | undefined): BunWorkspace {
  if (!isObject(raw)) throw new Error(`workspace ${JSON.stringify(path)} is not an object`);
  const w: BunWorkspace = {
    path: path === '' ? '.' : path,
    deps: {
      prod: stringMap(raw.dependencies),
      optional: stringMap(raw.optionalDependencies),
      dev: stringMap(raw.devDependencies),
      peer: stringMap(raw.peerDependencies),
    },
  };
  if (line !== undefined) w.line = line;
  if (typeof raw.name === 'string') w.name = raw.name;
  if (typeof raw.version === 'string') w.version = raw.version;
  return w;
}

function sourceKind(spec: string): BunSourceKind {
  if (spec.startsWith('workspace:')) return 'workspace';
  if (/^(git\+|git:|ssh:|github:|gitlab:|bitbucket:)/.test(spec)) return 'git';
  if (/^https?:\/\//.test(spec)) return 'tarball';
  if (spec.startsWith('link:')) return 'link';
  if (spec.startsWith('root:')) return 'root';
  if (spec.startsWith('file:') || spec.startsWith('.') || spec.startsWith('/')) return 'file';
  return 'registry';
}

function toMeta(raw: unknown): BunMeta {
  const m = isObject(raw) ? raw : {};
  const meta: BunMeta = {
    deps: {
      prod: stringMap(m.dependencies),
      optional: stringMap(m.optionalDependencies),
      peer: stringMap(m.peerDependencies),
    },
    optionalPeers: new Set(list(m.optionalPeers) ?? []),
  };
  for (const field of ['os', 'cpu', 'libc'] as const) {
    const v = list(m[field]);
    // Bun writes "none" when every listed value is one it does not know (loong64, netbsd, …):
    // kept as written, since the real values are not in the lockfile.
    if (v && v.length) meta[field] = v;
  }
  return meta;
}

/** Types one `packages` entry; throws Error with a one-line reason for a wrong shape. */
export function toPackage(key: string, raw: unknown, line: number): BunPackage {
  if (!Array.isArray(raw) || typeof raw[0] !== 'string') throw new Error(`${key}: expected [ident, …]`);
  const ident = raw[0];
  const at = ident.indexOf('@', ident.startsWith('@') ? 1 : 0);
  if (at <= 0) throw new Error(`${key}: bad ident ${JSON.stringify(ident)}`);
  const name = ident.slice(0, at);
  const spec = ident.slice(at + 1);
  const kind = sourceKind(spec);
  const metaIndex = kind === 'registry' ? 2 : 1;
  const pkg: BunPackage = { key, line, name, spec, kind, meta: toMeta(raw[metaIndex]) };
  const tail = raw[metaIndex + 1];
  if (typeof tail === 'string' && tail) {
    if (kind === 'git') pkg.commit = tail;
    else if (/^sha(1|256|384|512)-/.test(tail)) pkg.integrity = tail;
  }
  return pkg;
}
