// The importers of a project without a lockfile: the root package.json and, when it declares
// `workspaces`, each member directory that holds a package.json.
import { posix } from 'node:path';
import { importerRef, type Importer } from '../../core/model.js';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { inDir } from './project-rules.js';
import { parseManifest, type Manifest } from './schema.js';
import { expandWorkspaces } from './workspaces.js';

export interface LoadedImporter {
  importer: Importer;
  /** Directory relative to the scan root. */
  dir: string;
  ref: string;
  manifest: Manifest;
}

function toImporter(path: string, manifestFile: string, m: Manifest): Importer {
  const imp: Importer = { path, manifest: manifestFile };
  if (m.name) {
    imp.name = m.name;
    imp.purl = npmPurl(m.name, m.version ?? null);
  }
  if (m.version) imp.version = m.version;
  return imp;
}

/** Root first, then workspaces sorted by path. The root manifest failing is fatal; a member, partial. */
export async function loadImporters(
  ctx: ExtractContext,
  manifestPath: string,
): Promise<{ importers: LoadedImporter[]; failures: FileFailure[] }> {
  const root = posix.dirname(manifestPath);
  const rootManifest = parseManifest(await ctx.readText(manifestPath), manifestPath);
  const importers: LoadedImporter[] = [
    {
      importer: toImporter('.', manifestPath, rootManifest),
      dir: root,
      ref: importerRef('.'),
      manifest: rootManifest,
    },
  ];
  const failures: FileFailure[] = [];
  if (!rootManifest.workspaces.length) return { importers, failures };
  for (const rel of await expandWorkspaces(ctx, root, rootManifest.workspaces)) {
    const dir = inDir(root, rel);
    const file = inDir(dir, 'package.json');
    try {
      const m = parseManifest(await ctx.readText(file), file);
      importers.push({ importer: toImporter(rel, file, m), dir, ref: importerRef(rel), manifest: m });
    } catch (err) {
      if (!(err instanceof FileError)) throw err;
      const f: FileFailure = { file: err.file, reason: err.reason };
      if (err.detail) f.detail = err.detail;
      if (err.line) f.line = err.line;
      failures.push(f);
    }
  }
  return { importers, failures };
}

/** Which declared fields of a dependent become edges, and of what kind. Optional beats prod. */
export function declaredEdges(
  m: Manifest,
  isImporter: boolean,
): { name: string; spec: string; kind: 'prod' | 'dev' | 'optional' | 'peer'; optionalPeer: boolean }[] {
  const out: ReturnType<typeof declaredEdges> = [];
  const seen = new Set<string>();
  const add = (field: keyof Manifest['deps'], kind: 'prod' | 'dev' | 'optional' | 'peer') => {
    for (const [name, spec] of Object.entries(m.deps[field])) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, spec, kind, optionalPeer: kind === 'peer' && m.optionalPeers.has(name) });
    }
  };
  add('optionalDependencies', 'optional');
  add('dependencies', 'prod');
  if (isImporter) add('devDependencies', 'dev');
  add('peerDependencies', 'peer');
  return out;
}
