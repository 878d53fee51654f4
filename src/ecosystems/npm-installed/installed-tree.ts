// Reads an installed node_modules tree into package nodes. Every package directory is found by
// listing node_modules directories (scoped folders, nested node_modules, the directory holding a
// pnpm virtual-store package), followed through symbolic links and de-duplicated by real path,
// so links into `.pnpm` and loops cost one visit each.
import { posix } from 'node:path';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { GraphNode } from '../../core/model.js';
import { FileError, type DirEntry, type ExtractContext } from '../../core/plugin.js';
import { npmPurl } from '../../core/purl.js';
import type { FileFailure } from '../../core/status.js';
import { ModuleLookup } from './node-lookup.js';
import { inDir } from './project-rules.js';
import { hashesFromIntegrity, parseManifest, resolvedSource, type Manifest } from './schema.js';

export interface InstalledPackage {
  node: GraphNode;
  manifest: Manifest;
}

export class InstalledTree {
  readonly packages = new Map<string, InstalledPackage>();
  readonly failures: FileFailure[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly lookup: ModuleLookup;
  private readonly listed = new Set<string>();
  private readonly loading = new Map<string, Promise<InstalledPackage | undefined>>();

  /** `importerDirs`: real directories of the importers; links to them are not packages. */
  constructor(
    private readonly ctx: ExtractContext,
    private readonly importerDirs: Set<string>,
  ) {
    this.lookup = new ModuleLookup(ctx);
  }

  /** Enumerate everything installed under a node_modules directory and what it leads to. */
  async enumerate(nodeModules: string): Promise<void> {
    let wave = [nodeModules];
    while (wave.length) {
      const next: string[] = [];
      await Promise.all(wave.map((dir) => this.enumerateOne(dir, next)));
      wave = next;
    }
  }

  private async enumerateOne(dir: string, next: string[]): Promise<void> {
    const real = await this.lookup.realPath(dir);
    if (real === undefined || this.listed.has(real)) return;
    this.listed.add(real);
    const found = await Promise.all((await this.packageDirs(real)).map((p) => this.visit(p)));
    for (const pkg of found) {
      if (!pkg) continue;
      next.push(inDir(pkg.node.id, 'node_modules'));
      // A pnpm virtual-store package keeps its dependencies beside it, in its own node_modules.
      const holder = containingNodeModules(pkg.node.id);
      if (holder) next.push(holder);
    }
  }

  /** Load the package whose real directory is `real` (once), or undefined when it is not one. */
  load(real: string): Promise<InstalledPackage | undefined> {
    let p = this.loading.get(real);
    if (!p) {
      p = this.read(real);
      this.loading.set(real, p);
    }
    return p;
  }

  private async read(real: string): Promise<InstalledPackage | undefined> {
    const file = inDir(real, 'package.json');
    let manifest: Manifest;
    try {
      const text = await this.ctx.readTextIfExists(file);
      if (text === undefined) return undefined;
      manifest = parseManifest(text, file);
    } catch (err) {
      if (!(err instanceof FileError)) throw err;
      const f: FileFailure = { file: err.file, reason: err.reason };
      if (err.detail) f.detail = err.detail;
      if (err.line) f.line = err.line;
      this.failures.push(f);
      return undefined;
    }
    const pkg = { node: toNode(real, manifest), manifest };
    this.packages.set(real, pkg);
    return pkg;
  }

  /** Package directories listed in one node_modules directory, including `@scope/name`. */
  private async packageDirs(nodeModules: string): Promise<string[]> {
    const out: string[] = [];
    for (const e of await this.list(nodeModules)) {
      if (e.name.startsWith('.') || !isDirLike(e)) continue;
      const path = inDir(nodeModules, e.name);
      if (!e.name.startsWith('@')) out.push(path);
      else for (const s of await this.list(path)) if (isDirLike(s)) out.push(`${path}/${s.name}`);
    }
    return out;
  }

  private async list(dir: string): Promise<DirEntry[]> {
    try {
      return (await this.ctx.listDir(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      if (err instanceof FileError)
        this.failures.push({ file: dir, reason: 'unreadable', detail: err.detail ?? '' });
      return [];
    }
  }

  private async visit(pkgDir: string): Promise<InstalledPackage | undefined> {
    const real = await this.lookup.realPath(pkgDir);
    if (real === undefined) {
      await this.reportLoop(pkgDir);
      return undefined; // dangling, or a link that leaves the scan root
    }
    if (this.importerDirs.has(real)) return undefined; // a workspace link
    const holderReal = await this.lookup.realPath(posix.dirname(pkgDir));
    if (holderReal !== undefined && (holderReal === real || holderReal.startsWith(`${real}/`))) {
      this.diagnostics.push(
        diagnostic(
          'file/symlink-loop',
          { file: pkgDir, detail: `links to its own parent ${real}` },
          {
            location: { file: pkgDir },
          },
        ),
      );
      return undefined;
    }
    if (this.loading.has(real)) return undefined; // already visited through another path
    return this.load(real);
  }

  private async reportLoop(pkgDir: string): Promise<void> {
    try {
      await this.ctx.listDir(pkgDir);
    } catch (err) {
      if (err instanceof FileError && err.detail === 'symbolic link loop')
        this.diagnostics.push(
          diagnostic(
            'file/symlink-loop',
            { file: pkgDir, detail: err.detail },
            { location: { file: pkgDir } },
          ),
        );
    }
  }
}

const isDirLike = (e: DirEntry): boolean => e.kind === 'dir' || e.kind === 'symlink';

/** The node_modules directory a package sits in (`a/node_modules/@s/x` -> `a/node_modules`). */
export function containingNodeModules(pkgDir: string): string | undefined {
  let parent = posix.dirname(pkgDir);
  if (posix.basename(parent).startsWith('@')) parent = posix.dirname(parent);
  return posix.basename(parent) === 'node_modules' ? parent : undefined;
}

/** The name a package directory is installed under (`node_modules/@s/x` -> `@s/x`). */
export function installedName(pkgDir: string): string {
  const base = posix.basename(pkgDir);
  const parent = posix.basename(posix.dirname(pkgDir));
  return parent.startsWith('@') ? `${parent}/${base}` : base;
}

/** The folder name of the real directory differs from `name` for an npm alias (`npm:` specs). */
function toNode(real: string, m: Manifest): GraphNode {
  const folderName = installedName(real);
  const name = m.name ?? folderName;
  const version = m.version ?? null;
  const node: GraphNode = {
    id: real,
    ecosystem: 'npm',
    name,
    version,
    purl: npmPurl(name, version),
    location: { file: inDir(real, 'package.json') },
  };
  if (folderName !== name && containingNodeModules(real)) node.aliases = [folderName];
  if (m.license) node.declaredLicense = m.license;
  if (m.integrity) {
    node.integrity = m.integrity;
    const hashes = hashesFromIntegrity(m.integrity);
    if (hashes.length) node.hashes = hashes;
  }
  if (m.resolved) node.source = resolvedSource(m.resolved);
  else if (!real.split('/').includes('node_modules')) node.source = { type: 'link', url: real };
  if (m.platform) node.platform = m.platform;
  return node;
}
