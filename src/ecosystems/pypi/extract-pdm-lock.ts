// pdm.lock (lock_version 4.x) -> DependencyGraph. Each package lists the groups that need it
// (`groups`, `default` being production) and its requirements as PEP 508 strings, which become
// prod edges (an `extras` entry is merged into its base package). Direct dependencies and kinds
// come from pyproject.toml when present; otherwise the packages nothing depends on are the roots,
// prod when in the default group, else dev.
import { posix } from 'node:path';
import type { EdgeKind, GraphNode } from '../../core/model.js';
import { FileError, type ExtractContext, type ExtractOutput } from '../../core/plugin.js';
import { arrayTableLines, isTable, lineStartingWith, parseToml } from '../../util/toml.js';
import { PyGraphBuilder } from './graph-builder.js';
import { fileHashes, normalizeName, pypiPurl, sdistFirst, requirementName } from './names.js';
import { directDeps, type DirectDeps } from './pyproject.js';
import { filesProperties } from './wheel-tags.js';

export const PDM_PLUGIN_ID = 'pypi/pdm-lock';

interface PdmPackage {
  id: string;
  name: string;
  deps: string[];
  groups: string[];
}

function toPackage(
  raw: unknown,
  file: string,
  line: number,
  base: string,
): { pkg: PdmPackage; node: GraphNode } {
  if (!isTable(raw) || typeof raw.name !== 'string' || typeof raw.version !== 'string')
    throw new Error('package entry needs a name and a version');
  const name = normalizeName(raw.name);
  const id = `${name}@${raw.version}`;
  const node: GraphNode = {
    id,
    ecosystem: 'pypi',
    name,
    version: raw.version,
    purl: pypiPurl(name, raw.version),
    source: { type: 'registry' },
    location: { file, line },
  };
  if (typeof raw.path === 'string')
    node.source = { type: 'file', url: posix.normalize(posix.join(base, raw.path)) };
  if (typeof raw.git === 'string')
    node.source = {
      type: 'git',
      url: raw.git,
      ...(typeof raw.revision === 'string' && { commit: raw.revision }),
    };
  if (typeof raw.url === 'string') node.source = { type: 'tarball', url: raw.url };
  const entries = Array.isArray(raw.files) ? sdistFirst(raw.files.filter(isTable)) : [];
  const hashes = fileHashes(entries.map((f) => f.hash).filter((h): h is string => typeof h === 'string'));
  if (hashes.length) node.hashes = hashes;
  const names = entries.flatMap((f) =>
    typeof f.file === 'string' ? [f.file] : typeof f.url === 'string' ? [f.url] : [],
  );
  const props = { ...filesProperties(names), ...(typeof raw.marker === 'string' && { marker: raw.marker }) };
  if (Object.keys(props).length) node.properties = props;
  const deps = (Array.isArray(raw.dependencies) ? raw.dependencies : []).flatMap((d) => {
    const n = typeof d === 'string' ? requirementName(d)?.name : undefined;
    return n ? [normalizeName(n)] : [];
  });
  const groups = Array.isArray(raw.groups)
    ? raw.groups.filter((g): g is string => typeof g === 'string')
    : ['default'];
  return { pkg: { id, name, deps, groups }, node };
}

async function readProject(
  ctx: ExtractContext,
  manifest: string,
  b: PyGraphBuilder,
): Promise<DirectDeps | undefined> {
  const text = await ctx.readTextIfExists(manifest);
  if (text === undefined) return undefined;
  try {
    return directDeps(parseToml(text, manifest));
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    b.fail({ file: e.file, line: e.line, reason: e.reason, detail: e.detail });
    return undefined;
  }
}

export async function extractPdmLock(file: string, ctx: ExtractContext): Promise<ExtractOutput> {
  const text = await ctx.readText(file);
  const doc = parseToml(text, file);
  const meta = isTable(doc.metadata) ? doc.metadata : {};
  if (typeof meta.lock_version !== 'string' || !meta.lock_version.startsWith('4.'))
    throw new FileError(
      'unsupported-version',
      file,
      `lock_version ${JSON.stringify(meta.lock_version)}`,
      lineStartingWith(text, 'lock_version') ?? 1,
    );
  const b = new PyGraphBuilder(PDM_PLUGIN_ID, file);
  const base = posix.dirname(file);
  const lines = arrayTableLines(text, 'package');
  const byName = new Map<string, Set<string>>();
  const pkgs = new Map<string, PdmPackage>();
  (Array.isArray(doc.package) ? doc.package : []).forEach((raw, i) => {
    try {
      const { pkg, node } = toPackage(raw, file, lines[i] ?? 1, base);
      const prev = pkgs.get(pkg.id);
      if (prev) prev.deps.push(...pkg.deps);
      else {
        pkgs.set(pkg.id, pkg);
        b.nodes.set(pkg.id, node);
      }
      byName.set(pkg.name, (byName.get(pkg.name) ?? new Set()).add(pkg.id));
    } catch (e) {
      b.fail({ file, line: lines[i], reason: 'parse-error', detail: (e as Error).message });
    }
  });
  const needed = new Set<string>();
  for (const p of pkgs.values())
    for (const d of p.deps)
      for (const to of byName.get(d) ?? []) {
        if (to === p.id) continue;
        b.addEdge(p.id, to, 'prod');
        needed.add(to);
      }
  const manifest = posix.join(base, 'pyproject.toml');
  const project = await readProject(ctx, manifest, b);
  b.importers.push({
    path: '.',
    ...(project?.name && { name: project.name, purl: pypiPurl(project.name, project.version ?? null) }),
    ...(project?.version && { version: project.version }),
    ...(project && { manifest }),
  });
  if (project?.deps.size) {
    for (const [name, kind] of project.deps)
      for (const to of byName.get(name) ?? []) b.addEdge('importer:.', to, kind);
  } else {
    for (const p of pkgs.values())
      if (!needed.has(p.id))
        b.addEdge('importer:.', p.id, (p.groups.includes('default') ? 'prod' : 'dev') as EdgeKind);
  }
  return b.output();
}
