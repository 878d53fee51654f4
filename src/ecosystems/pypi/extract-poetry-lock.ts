// poetry.lock -> DependencyGraph, for lock-version 1.x (hashes under [metadata.files]), 2.0
// (per-package `files`, `category`) and 2.1 (Poetry 2: `groups`, no category). The importer's
// direct dependencies and their kinds come from the pyproject.toml beside the lockfile; without
// one, packages nothing depends on are the roots and the old `category` (or 2.1 `groups`) says
// whether they are dev. Package-to-package edges are prod, or optional when Poetry marks the
// dependency optional (reached through an extra).
import { posix } from 'node:path';
import type { EdgeKind, GraphNode, ResolvedSource } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { arrayTableLines, isTable, lineStartingWith, parseToml, type TomlTable } from '../../util/toml.js';
import { PyGraphBuilder } from './graph-builder.js';
import { fileHashes, normalizeName, pypiPurl, sdistFirst } from './names.js';
import { directDeps, type DirectDeps } from './pyproject.js';
import { filesProperties } from './wheel-tags.js';

export const POETRY_PLUGIN_ID = 'pypi/poetry-lock';
const SUPPORTED = /^(1\.\d+|2\.[01])$/;

interface PoetryPackage {
  name: string;
  version: string;
  deps: { name: string; optional: boolean }[];
  source?: TomlTable;
  category?: string;
  groups?: string[];
  files: string[];
  /** Distribution file names (empty when the lockfile lists none for the package). */
  fileNames: string[];
  line: number;
}

function toPackage(raw: unknown, line: number, legacyFiles: TomlTable): PoetryPackage {
  if (!isTable(raw)) throw new Error('package entry is not a table');
  if (typeof raw.name !== 'string' || typeof raw.version !== 'string')
    throw new Error('package entry needs a name and a version');
  const name = normalizeName(raw.name);
  const deps: PoetryPackage['deps'] = [];
  if (isTable(raw.dependencies))
    for (const [n, spec] of Object.entries(raw.dependencies)) {
      const specs = Array.isArray(spec) ? spec : [spec];
      deps.push({ name: normalizeName(n), optional: specs.every((s) => isTable(s) && s.optional === true) });
    }
  const fileList = Array.isArray(raw.files) ? raw.files : (legacyFiles[raw.name] ?? legacyFiles[name]);
  const entries = Array.isArray(fileList) ? sdistFirst(fileList.filter(isTable)) : [];
  const files = entries.map((f) => f.hash).filter((h): h is string => typeof h === 'string');
  const fileNames = entries.map((f) => f.file).filter((n): n is string => typeof n === 'string');
  const p: PoetryPackage = { name, version: raw.version, deps, files, fileNames, line };
  if (isTable(raw.source)) p.source = raw.source;
  if (typeof raw.category === 'string') p.category = raw.category;
  if (Array.isArray(raw.groups)) p.groups = raw.groups.filter((g): g is string => typeof g === 'string');
  return p;
}

function sourceOf(src: TomlTable | undefined, base: string): ResolvedSource {
  if (!src) return { type: 'registry' };
  const url = typeof src.url === 'string' ? src.url : undefined;
  switch (src.type) {
    case 'git': {
      const commit = typeof src.resolved_reference === 'string' ? src.resolved_reference : undefined;
      return { type: 'git', ...(url && { url }), ...(commit && { commit }) };
    }
    case 'directory':
    case 'file':
      return { type: 'file', ...(url && { url: posix.normalize(posix.join(base, url)) }) };
    case 'url':
      return { type: 'tarball', ...(url && { url }) };
    default:
      return { type: 'registry', ...(url && { url }) };
  }
}

function nodeOf(p: PoetryPackage, file: string, base: string): GraphNode {
  const source = sourceOf(p.source, base);
  const qualifiers =
    source.type === 'git' && source.url
      ? { vcs_url: `git+${source.url}${source.commit ? `@${source.commit}` : ''}` }
      : undefined;
  const node: GraphNode = {
    id: `${p.name}@${p.version}`,
    ecosystem: 'pypi',
    name: p.name,
    version: p.version,
    purl: pypiPurl(p.name, p.version, qualifiers),
    source,
    location: { file, line: p.line },
  };
  const hashes = fileHashes(p.files);
  if (hashes.length) node.hashes = hashes;
  const dist = filesProperties(p.fileNames);
  if (dist) node.properties = dist;
  return node;
}

async function readPyproject(
  ctx: ExtractContext,
  file: string,
  b: PyGraphBuilder,
): Promise<DirectDeps | undefined> {
  const text = await ctx.readTextIfExists(file);
  if (text === undefined) return undefined;
  try {
    return directDeps(parseToml(text, file));
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    b.fail({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
    return undefined;
  }
}

export async function extractPoetryLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parseToml(text, file);
  const meta = isTable(doc.metadata) ? doc.metadata : {};
  const lockVersion = meta['lock-version'];
  if (lockVersion !== undefined && !(typeof lockVersion === 'string' && SUPPORTED.test(lockVersion)))
    throw new FileError(
      'unsupported-version',
      file,
      `lock-version ${JSON.stringify(lockVersion)}`,
      lineStartingWith(text, 'lock-version'),
    );
  const base = posix.dirname(file);
  const b = new PyGraphBuilder(POETRY_PLUGIN_ID, file);
  const lines = arrayTableLines(text, 'package');
  const legacyFiles = isTable(meta.files) ? meta.files : {};
  const packages: PoetryPackage[] = [];
  (Array.isArray(doc.package) ? doc.package : []).forEach((raw, i) => {
    try {
      packages.push(toPackage(raw, lines[i] ?? 1, legacyFiles));
    } catch (e) {
      b.fail({ file, line: lines[i], reason: 'parse-error', detail: (e as Error).message });
    }
  });
  const byName = new Map<string, PoetryPackage[]>();
  for (const p of packages) {
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    b.nodes.set(`${p.name}@${p.version}`, nodeOf(p, file, base));
  }
  const manifest = posix.join(base, 'pyproject.toml');
  const project = await readPyproject(ctx, manifest, b);
  b.importers.push({
    path: '.',
    ...(project?.name && { name: project.name, purl: pypiPurl(project.name, project.version ?? null) }),
    ...(project?.version && { version: project.version }),
    ...(project && { manifest }),
  });

  const needed = new Set<string>();
  for (const p of packages)
    for (const d of p.deps)
      for (const t of byName.get(d.name) ?? []) {
        b.addEdge(`${p.name}@${p.version}`, `${t.name}@${t.version}`, d.optional ? 'optional' : 'prod');
        needed.add(t.name);
      }
  if (project) {
    for (const [name, kind] of project.deps) {
      const targets = byName.get(name) ?? [];
      if (!targets.length && kind !== 'optional')
        b.fail({ file, reason: 'inconsistent', detail: `${name} is declared in ${manifest} but not locked` });
      for (const t of targets) b.addEdge('importer:.', `${t.name}@${t.version}`, kind);
    }
  } else {
    for (const p of packages)
      if (!needed.has(p.name)) b.addEdge('importer:.', `${p.name}@${p.version}`, fallbackKind(p));
  }
  return b.output();
}

function fallbackKind(p: PoetryPackage): EdgeKind {
  if (p.category) return p.category === 'dev' ? 'dev' : 'prod';
  if (p.groups) return p.groups.includes('main') ? 'prod' : 'dev';
  return 'prod';
}
