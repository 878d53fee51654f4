// Where a component is installed inside the scanned tree, from what the inventory knows: the
// lockfile or manifest it was found in (its project directory) and the fixed layouts of each
// package manager — node_modules (npm, pnpm, Yarn, Bun), virtual environments (Python),
// vendor/ (Go, Composer, Cargo), oh_modules (ohpm). Nothing else is searched.
import type { Component, Ecosystem } from '../../core/model.js';
import type { DirReader } from './dir-licenses.js';
import { NodeModulesIndex } from './node-modules.js';
import { SitePackagesIndex } from './site-packages.js';

export interface Installed {
  dir: string;
  /** Manifest files in `dir` that declare the package's license, in order of preference. */
  metadata: string[];
}

const dirname = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash);
};
const join = (dir: string, name: string): string => (dir === '.' || dir === '' ? name : `${dir}/${name}`);

/** Manifests of a project directory that declare its license, per ecosystem. */
export const PROJECT_METADATA: Partial<Record<Ecosystem, string[]>> = {
  npm: ['package.json'],
  cargo: ['Cargo.toml'],
  pypi: ['pyproject.toml', 'setup.cfg'],
  composer: ['composer.json'],
  ohpm: ['oh-package.json5'],
  maven: ['pom.xml'],
};

/** The folder beside a project that holds its installed packages ('' when it has no fixed name). */
const INSTALL_FOLDER: Partial<Record<Ecosystem, string>> = {
  npm: 'node_modules',
  pypi: '',
  golang: 'vendor',
  composer: 'vendor',
  cargo: 'vendor',
  ohpm: 'oh_modules',
};

const BY_NAME = new Set<Ecosystem>(['golang', 'composer', 'ohpm']);

export class Locator {
  private readonly nodeModules: NodeModulesIndex;
  private readonly sitePackages: SitePackagesIndex;

  constructor(private readonly reader: DirReader) {
    this.nodeModules = new NodeModulesIndex(reader);
    this.sitePackages = new SitePackagesIndex(reader);
  }

  /** A cheap check, without I/O, that an install of the component may sit in the tree. */
  mayBeInstalled(c: Component): boolean {
    // npm, Python and Cargo installs are told apart by version; vendor/ and oh_modules by name only.
    if (c.version === null && !BY_NAME.has(c.ecosystem)) return false;
    const tree = this.reader.ctx.tree;
    const folder = INSTALL_FOLDER[c.ecosystem];
    if (folder === undefined) return false;
    if (folder === '') return true; // virtual environments are found by listing the project directory
    return this.projectDirs(c).some(
      (dir) =>
        tree.hasDir(join(dir, folder)) || (c.ecosystem === 'npm' && dir.split('/').includes('node_modules')),
    );
  }

  /** The first installed directory found for the component, if any. */
  async locate(c: Component): Promise<Installed | undefined> {
    if (!this.mayBeInstalled(c)) return undefined;
    for (const dir of this.projectDirs(c)) {
      const found = await this.locateIn(c, c.version ?? '', dir);
      if (found) return found;
    }
    return undefined;
  }

  /** Project directories the component was found in, then the workspaces that use it. */
  private projectDirs(c: Component): string[] {
    const dirs: string[] = [];
    for (const l of c.locations) {
      let dir = dirname(l.file);
      // Go's vendor/modules.txt sits one level below its module.
      if (l.file === 'vendor/modules.txt' || l.file.endsWith('/vendor/modules.txt')) dir = dirname(dir);
      if (!dirs.includes(dir)) dirs.push(dir);
    }
    for (const w of c.workspaces) if (!dirs.includes(w.workspace)) dirs.push(w.workspace);
    return dirs;
  }

  private async locateIn(c: Component, version: string, dir: string): Promise<Installed | undefined> {
    const tree = this.reader.ctx.tree;
    switch (c.ecosystem) {
      case 'npm': {
        // An installed-tree inventory locates the package itself: `…/node_modules/x/package.json`.
        if (dir.split('/').includes('node_modules')) return { dir, metadata: ['package.json'] };
        for (const name of [c.name, ...(c.aliases ?? [])]) {
          const found = await this.nodeModules.find(dir, name, version);
          if (found[0]) return { dir: found[0], metadata: ['package.json'] };
        }
        return undefined;
      }
      case 'pypi': {
        const found = await this.sitePackages.find(dir, c.name, version);
        return found ? { dir: found, metadata: ['METADATA'] } : undefined;
      }
      case 'golang': {
        const vendored = join(dir, `vendor/${c.name}`);
        return tree.hasDir(vendored) ? { dir: vendored, metadata: [] } : undefined;
      }
      case 'composer': {
        const vendored = join(dir, `vendor/${c.name.toLowerCase()}`);
        return tree.hasDir(vendored) ? { dir: vendored, metadata: ['composer.json'] } : undefined;
      }
      case 'cargo': {
        // `cargo vendor` names a crate's folder `<name>-<version>` when several versions are vendored.
        for (const name of [`${c.name}-${version}`, c.name]) {
          const vendored = join(dir, `vendor/${name}`);
          if (tree.hasDir(vendored)) return { dir: vendored, metadata: ['Cargo.toml'] };
        }
        return undefined;
      }
      case 'ohpm': {
        const installed = join(dir, `oh_modules/${c.name}`);
        return tree.hasDir(installed) ? { dir: installed, metadata: ['oh-package.json5'] } : undefined;
      }
      default:
        return undefined;
    }
  }
}
