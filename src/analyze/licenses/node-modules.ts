// Finds where an npm-family component is installed: every package directory of a project's
// node_modules tree (scoped, nested and pnpm's .pnpm store), indexed by folder name once per
// project; a component is matched by name and by the version its installed package.json states.
// Only directories are listed here, and only package.json files are read (parsed as JSON).
import type { DirReader } from './dir-licenses.js';

const join = (dir: string, name: string): string => (dir === '.' || dir === '' ? name : `${dir}/${name}`);

/** pnpm store keys: `name@1.0.0`, `@scope+name@1.0.0(peer@2.0.0)`, older `name@1.0.0_peer@2.0.0`. */
export function pnpmStoreName(key: string): string | undefined {
  const at = key.indexOf('@', 1);
  if (at <= 0) return undefined;
  return key.slice(0, at).replace('+', '/');
}

export class NodeModulesIndex {
  private readonly trees = new Map<string, Promise<Map<string, string[]>>>();

  constructor(private readonly reader: DirReader) {}

  /** Installed directories of `name` at `version` under `projectDir`'s node_modules tree. */
  async find(projectDir: string, name: string, version: string): Promise<string[]> {
    if (!this.reader.ctx.tree.hasDir(join(projectDir, 'node_modules'))) return [];
    let tree = this.trees.get(projectDir);
    if (!tree) this.trees.set(projectDir, (tree = this.build(projectDir)));
    const found: string[] = [];
    for (const dir of (await tree).get(name) ?? [])
      if ((await this.reader.manifest(join(dir, 'package.json')))?.version === version) found.push(dir);
    return found;
  }

  private async build(projectDir: string): Promise<Map<string, string[]>> {
    const index = new Map<string, string[]>();
    const add = (name: string, dir: string) => {
      const list = index.get(name);
      if (list) list.push(dir);
      else index.set(name, [dir]);
    };
    const queue = [join(projectDir, 'node_modules')];
    while (queue.length) {
      const nm = queue.shift()!;
      const packages: [string, string][] = [];
      for (const e of (await this.reader.list(nm)) ?? []) {
        // Symbolic links are workspaces, `file:` links or pnpm's links into its store (indexed below).
        if (e.kind !== 'dir') continue;
        if (e.name === '.pnpm') await this.pnpmStore(join(nm, e.name), add);
        else if (e.name.startsWith('.')) continue;
        else if (e.name.startsWith('@')) {
          for (const s of (await this.reader.list(join(nm, e.name))) ?? [])
            if (s.kind === 'dir') packages.push([`${e.name}/${s.name}`, join(join(nm, e.name), s.name)]);
        } else packages.push([e.name, join(nm, e.name)]);
      }
      for (const [name, dir] of packages) {
        add(name, dir);
        const inner = await this.reader.list(dir);
        if (inner?.some((x) => x.name === 'node_modules' && x.kind === 'dir'))
          queue.push(join(dir, 'node_modules'));
      }
    }
    return index;
  }

  private async pnpmStore(store: string, add: (name: string, dir: string) => void): Promise<void> {
    for (const e of (await this.reader.list(store)) ?? []) {
      if (e.kind !== 'dir' || e.name === 'node_modules') continue;
      const name = pnpmStoreName(e.name);
      if (name) add(name, `${store}/${e.name}/node_modules/${name}`);
    }
  }
}
