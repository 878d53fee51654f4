// Golden tests: for bun.lock files written by the real Bun (1.4, 1.2, 1.1), the packages Steward
// finds must equal what `bun pm ls --all` prints (Bun 1.4 leaves out packages for other platforms,
// which it does not install here); prod must be exactly what `bun install --production` installs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Component } from '../../core/model.js';
import { scan } from '../../pipeline/scan.js';
import { bunLockPlugin } from './index.js';

describe.each([
  'bun-monorepo',
  'bun-app',
  'bun-conflict',
  'bun-patched',
  'bun-1.2-monorepo',
  'bun-1.1-monorepo',
])('bun.lock golden: %s', (name) => {
  const dir = fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
  const read = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');

  async function components(): Promise<Component[]> {
    const result = await scan(dir, { plugins: [bunLockPlugin], analyzers: [] });
    expect(result.status.failures).toEqual([]);
    // Every locked package is reached from an importer: no stale-lockfile warnings.
    expect(result.diagnostics.filter((d) => d.code === 'file/inconsistent')).toEqual([]);
    return result.components;
  }

  /** `npm:` aliases declared in the fixture's manifests: alias name -> real name. */
  function aliases(): Map<string, string> {
    const out = new Map<string, string>();
    for (const f of ['package.json', 'packages/a/package.json', 'packages/b/package.json']) {
      if (!existsSync(`${dir}/${f}`)) continue;
      const m = JSON.parse(read(f)) as Record<string, Record<string, string> | undefined>;
      for (const deps of Object.values(m))
        if (deps && typeof deps === 'object')
          for (const [name, range] of Object.entries(deps)) {
            const real = /^npm:(@?[^@]+)@/.exec(String(range))?.[1];
            if (real) out.set(name, real);
          }
    }
    return out;
  }

  /** Packages `bun pm ls --all` prints, as `name@spec`, workspaces left out, aliases undone. */
  function bunListed(): Set<string> {
    const alias = aliases();
    const out = new Set<string>();
    for (const line of read('bun-pm-ls-all.txt').split('\n')) {
      const m = /── (@?[^@]+)@(.+)$/.exec(line);
      if (!m || m[2]!.startsWith('workspace:')) continue;
      out.add(`${alias.get(m[1]!) ?? m[1]}@${m[2]}`);
    }
    return out;
  }

  /** How bun prints a package: version for registry ones, the URL or folder otherwise. */
  const asListed = (c: Component) =>
    `${c.name}@${c.source?.type === 'registry' || c.source?.type === 'patch' ? c.version : (c.source?.url ?? '')}`;
  const onThisMachine = (c: Component) =>
    (!c.platform?.os || c.platform.os.includes('linux')) &&
    (!c.platform?.cpu || c.platform.cpu.includes('x64'));
  const kindOf = (c: Component) => (c.scopes.includes('prod') ? 'prod' : 'dev');

  it('finds what `bun pm ls --all` lists, plus only the packages for other platforms', async () => {
    const all = await components();
    // Bun 1.4 lists what is installed; Bun 1.1 and 1.2 list the whole lockfile.
    const listsLockfile = name.startsWith('bun-1.');
    const here = listsLockfile ? all : all.filter(onThisMachine);
    expect(new Set(here.map(asListed))).toEqual(bunListed());
    expect(here.length).toBe(bunListed().size);
    if (name === 'bun-monorepo') {
      const elsewhere = all.filter((c) => !onThisMachine(c)).map((c) => c.name);
      expect(elsewhere).toContain('fsevents');
      expect(elsewhere.filter((n) => n.startsWith('@esbuild/'))).toHaveLength(23);
    }
  });

  it('is prod exactly for what `bun install --production` installs', async () => {
    const all = (await components()).filter(onThisMachine);
    const gitNames = new Set(all.filter((c) => c.source?.type === 'git').map((c) => c.name));
    // bun.lock does not record a git dependency's version; Steward uses its commit instead.
    const norm = (name: string, version: string | null) =>
      gitNames.has(name) ? `${name}@<git>` : `${name}@${version}`;
    const installed = (JSON.parse(read('installed-production.json')) as string[]).map((s) => {
      const at = s.lastIndexOf('@');
      return norm(s.slice(0, at), s.slice(at + 1));
    });
    const prod = all.filter((c) => kindOf(c) === 'prod').map((c) => norm(c.name, c.version));
    expect(new Set(prod)).toEqual(new Set(installed));
  });
});
