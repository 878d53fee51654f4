// Golden tests against the real pnpm: for each fixture made by __fixtures__/generate.sh, the
// packages Steward inventories from pnpm-lock.yaml, with prod/dev, must equal what `pnpm list -r
// --depth Infinity --json` (with --prod and --dev) printed after a real install, in total and per
// workspace. Workspace packages themselves are importers in Steward, so they are left out.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../core/inventory.js';
import type { TreeView } from '../../core/plugin.js';
import { makeContext } from '../../pipeline/context.js';
import { pnpmLockPlugin } from './index.js';

const FIXTURES = new URL('./__fixtures__/', import.meta.url).pathname;
const fixtureNames = readdirSync(FIXTURES).filter((n) => statSync(join(FIXTURES, n)).isDirectory());

interface ListEntry {
  from: string;
  version: string;
  path: string;
  deduped?: boolean;
  dependencies?: Record<string, ListEntry>;
}
interface ListImporter {
  path: string;
  dependencies?: Record<string, ListEntry>;
  devDependencies?: Record<string, ListEntry>;
  optionalDependencies?: Record<string, ListEntry>;
}

/** Reads one `pnpm list -r --json` output and answers reach questions, expanding "deduped" nodes. */
class PnpmList {
  readonly importers = new Map<string, ListImporter>();
  private readonly children = new Map<string, Record<string, ListEntry>>();

  constructor(
    private readonly dir: string,
    file: string,
  ) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ListImporter[];
    for (const imp of raw) {
      const rel = imp.path === '<root>' ? '.' : imp.path.replace('<root>/', '');
      this.importers.set(rel, imp);
      for (const f of ['dependencies', 'devDependencies', 'optionalDependencies'] as const)
        for (const e of Object.values(imp[f] ?? {})) this.index(e);
    }
  }

  private index(e: ListEntry): void {
    if (e.dependencies && !e.deduped) this.children.set(e.path, e.dependencies);
    for (const c of Object.values(e.dependencies ?? {})) this.index(c);
  }

  /** The workspace importer a `link:` entry points at, if any. */
  workspaceOf(e: ListEntry): string | undefined {
    if (!e.version.startsWith('link:')) return undefined;
    const rel = e.path === '<root>' ? '.' : e.path.replace('<root>/', '');
    return this.importers.has(rel) ? rel : undefined;
  }

  /** `name@version`, with a directory's own version for `file:`/`link:` folders (as Steward reports). */
  idOf(e: ListEntry): string {
    if (/^(file|link):/.test(e.version)) {
      const rel = e.path.includes('/node_modules/.pnpm/')
        ? e.version.slice(e.version.indexOf(':') + 1).replace(/\(.*$/, '')
        : e.path.replace('<root>/', '');
      const pkg = JSON.parse(readFileSync(join(this.dir, rel, 'package.json'), 'utf8')) as {
        version: string;
      };
      return `${e.from}@${pkg.version}`;
    }
    return `${e.from}@${e.version}`;
  }

  /** Every package reached from `entries`; workspace links are handed to `onWorkspace`. */
  reach(entries: ListEntry[], onWorkspace: (ws: string) => void, into = new Set<string>()): Set<string> {
    const seen = new Set<string>();
    const stack = [...entries];
    while (stack.length) {
      const e = stack.pop()!;
      const ws = this.workspaceOf(e);
      if (ws !== undefined) {
        onWorkspace(ws);
        continue;
      }
      into.add(this.idOf(e));
      if (seen.has(e.path)) continue;
      seen.add(e.path);
      stack.push(...Object.values(e.dependencies ?? this.children.get(e.path) ?? {}));
    }
    return into;
  }
}

function fieldEntries(imp: ListImporter | undefined, fields: (keyof ListImporter)[]): ListEntry[] {
  return fields.flatMap((f) => Object.values((imp?.[f] as Record<string, ListEntry> | undefined) ?? {}));
}

/**
 * What pnpm says, per importer: prod = reached in the --prod output; dev = reached in the full
 * output but not in --prod. (`pnpm list --dev` leaves out packages' optionalDependencies, such as
 * vite's esbuild binaries, so it is only checked to be a subset of dev.)
 */
function expectedFromPnpm(dir: string) {
  const prodList = new PnpmList(dir, 'list-prod.json');
  const fullList = new PnpmList(dir, 'list.json');
  const devList = new PnpmList(dir, 'list-dev.json');
  const prodCache = new Map<string, Set<string>>();
  // A workspace package linked in brings its own prod dependencies (not its dev ones).
  const prodOf = (ws: string, visiting = new Set<string>()): Set<string> => {
    const cached = prodCache.get(ws);
    if (cached) return cached;
    visiting.add(ws);
    const out = new Set<string>();
    const imp = prodList.importers.get(ws);
    const linked: string[] = [];
    prodList.reach(fieldEntries(imp, ['dependencies', 'optionalDependencies']), (w) => linked.push(w), out);
    for (const w of linked) if (!visiting.has(w)) for (const id of prodOf(w, visiting)) out.add(id);
    prodCache.set(ws, out);
    return out;
  };
  const reachAll = (list: PnpmList, ws: string, fields: (keyof ListImporter)[]): Set<string> => {
    const out = new Set<string>();
    const linked: string[] = [];
    list.reach(fieldEntries(list.importers.get(ws), fields), (w) => linked.push(w), out);
    for (const w of linked) for (const id of prodOf(w)) out.add(id);
    return out;
  };
  const perWorkspace = new Map<string, { prod: Set<string>; dev: Set<string>; devListed: Set<string> }>();
  for (const ws of prodList.importers.keys()) {
    const prod = prodOf(ws);
    const dev = reachAll(fullList, ws, ['dependencies', 'devDependencies', 'optionalDependencies']);
    for (const id of prod) dev.delete(id);
    const devListed = reachAll(devList, ws, ['devDependencies']);
    perWorkspace.set(ws, { prod, dev, devListed });
  }
  const all = (pick: 'prod' | 'dev' | 'devListed') =>
    new Set([...perWorkspace.values()].flatMap((s) => [...s[pick]]));
  const prod = all('prod');
  const dev = new Set([...all('dev')].filter((id) => !prod.has(id)));
  const devListed = new Set([...all('devListed')].filter((id) => !prod.has(id)));
  return { prod, dev, devListed, perWorkspace };
}

const noTree: TreeView = { hasFile: () => false, hasDir: () => false };

async function inventoryOf(dir: string) {
  const ctx = makeContext(dir, noTree, true, 64 * 1024 * 1024);
  const out = await pnpmLockPlugin.extract('pnpm-lock.yaml', ctx);
  return { out, inventory: buildInventory(out.graphs) };
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe.each(fixtureNames)('pnpm fixture %s', (name) => {
  const dir = join(FIXTURES, name);

  it('inventories exactly the packages pnpm list shows, with the same prod/dev split', async () => {
    const { out, inventory } = await inventoryOf(dir);
    expect(out.failures ?? []).toEqual([]);
    const expected = expectedFromPnpm(dir);
    const id = (c: { name: string; version: string | null }) => `${c.name}@${c.version}`;
    const prod = inventory.components.filter((c) => c.scopes.includes('prod')).map(id);
    const dev = inventory.components.filter((c) => c.scopes.includes('dev')).map(id);
    expect(sorted(new Set(prod))).toEqual(sorted(expected.prod));
    expect(sorted(new Set(dev))).toEqual(sorted(expected.dev));
    for (const id of expected.devListed) expect(dev, `${id} is dev in pnpm list --dev`).toContain(id);
    expect(expected.prod.size).toBeGreaterThan(0);
    expect(inventory.components.filter((c) => c.scopes.length === 0).map(id)).toEqual([]);
  });

  it('gives each workspace the packages pnpm list shows for that workspace', async () => {
    const { inventory } = await inventoryOf(dir);
    const expected = expectedFromPnpm(dir);
    for (const [ws, want] of expected.perWorkspace) {
      const got = { prod: new Set<string>(), dev: new Set<string>() };
      for (const c of inventory.components)
        for (const w of c.workspaces)
          if (w.workspace === ws)
            got[w.scopes.includes('prod') ? 'prod' : 'dev'].add(`${c.name}@${c.version}`);
      expect({ ws, prod: sorted(got.prod), dev: sorted(got.dev) }).toEqual({
        ws,
        prod: sorted(want.prod),
        dev: sorted(want.dev),
      });
    }
  });
});
