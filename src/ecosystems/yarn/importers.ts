// The importers of a Yarn project (the root '.' and its workspace members) with their manifests.
// Classic lockfiles name no workspaces, so the root package.json's globs decide; Berry lockfiles
// list them, and the manifests are still read for which dependencies are dev.
import { posix } from 'node:path';
import type { Importer } from '../../core/model.js';
import { FileError, type ExtractContext } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import { expandWorkspaces, readManifest, underBase, type Manifest } from './workspace-manifests.js';

export interface ProjectMember {
  /** Path relative to the lockfile's directory ('.' for the root). */
  path: string;
  manifest?: Manifest;
}

export function toImporter(base: string, m: ProjectMember): Importer {
  const imp: Importer = { path: m.path, manifest: underBase(base, m.path, 'package.json') };
  const name = m.manifest?.name;
  const version = m.manifest?.version;
  if (name) imp.name = name;
  if (version) imp.version = version;
  if (name) imp.purl = npmPurl(name, version ?? null);
  return imp;
}

/** A member's manifest; a broken one is reported through `onError` and treated as missing. */
async function readMemberManifest(
  ctx: ExtractContext,
  file: string,
  onError: (err: FileError) => void,
): Promise<Manifest | undefined> {
  try {
    return await readManifest(ctx, file);
  } catch (err) {
    if (!(err instanceof FileError)) throw err;
    onError(err);
    return undefined;
  }
}

/** Root and workspace members found from the root package.json's `workspaces` globs. */
export async function membersFromManifests(
  ctx: ExtractContext,
  lockfile: string,
  onError: (err: FileError) => void,
): Promise<ProjectMember[]> {
  const base = posix.dirname(lockfile);
  const root = await readMemberManifest(ctx, underBase(base, 'package.json'), onError);
  const members: ProjectMember[] = [root ? { path: '.', manifest: root } : { path: '.' }];
  if (!root) return members;
  for (const dir of await expandWorkspaces(ctx, base, root.workspaces)) {
    const manifest = await readMemberManifest(ctx, underBase(base, dir, 'package.json'), onError);
    members.push(manifest ? { path: dir, manifest } : { path: dir });
  }
  return members;
}

/** Members at the given paths (from a Berry lockfile), each with its manifest when present. */
export async function membersAt(
  ctx: ExtractContext,
  lockfile: string,
  paths: string[],
  onError: (err: FileError) => void,
): Promise<ProjectMember[]> {
  const base = posix.dirname(lockfile);
  const out: ProjectMember[] = [];
  for (const path of paths) {
    const manifest = await readMemberManifest(ctx, underBase(base, path, 'package.json'), onError);
    out.push(manifest ? { path, manifest } : { path });
  }
  return out;
}
