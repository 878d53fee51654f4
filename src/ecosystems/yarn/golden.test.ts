// Golden tests: for lockfiles written by the real Yarn (classic 1.22, Berry 4, 3 and 2), the set of
// (name, version, prod|dev) Steward computes must equal what Yarn itself reports: `yarn list`
// and `yarn list --prod` for classic, `yarn info --all --recursive` and a production-only
// `yarn workspaces focus --all --production` install for Berry (see __fixtures__/generate.sh).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Component } from '../../core/model.js';
import { scan } from '../../pipeline/scan.js';
import { yarnLockPlugin } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const readJson = (dir: string, file: string): unknown =>
  JSON.parse(readFileSync(`${fixture(dir)}/${file}`, 'utf8'));

async function components(dir: string): Promise<Component[]> {
  const result = await scan(fixture(dir), { plugins: [yarnLockPlugin], analyzers: [] });
  expect(result.status.failures).toEqual([]);
  // Every locked package is reached from an importer: no stale-lockfile warnings.
  expect(result.diagnostics.filter((d) => d.code === 'file/inconsistent')).toEqual([]);
  return result.components;
}

const key = (c: Component) => `${c.name}@${c.version}`;
const kindOf = (c: Component) => (c.scopes.includes('prod') ? 'prod' : 'dev');

const MANIFESTS = ['package.json', 'packages/a/package.json', 'packages/b/package.json'];

/** name@version of the fixture's workspace members (Yarn lists them among packages). */
function workspacesIn(dir: string): Set<string> {
  const out = new Set<string>();
  for (const f of MANIFESTS.slice(1)) {
    if (!existsSync(`${fixture(dir)}/${f}`)) continue;
    const m = readJson(dir, f) as { name: string; version: string };
    out.add(`${m.name}@${m.version}`);
  }
  return out;
}

/** `npm:` aliases declared in the fixture's manifests: alias name -> real name. */
function aliasesIn(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of MANIFESTS) {
    if (!existsSync(`${fixture(dir)}/${f}`)) continue;
    const m = readJson(dir, f) as Record<string, Record<string, string> | undefined>;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'])
      for (const [name, range] of Object.entries(m[field] ?? {})) {
        const real = /^npm:(@?[^@]+)@/.exec(range)?.[1];
        if (real) out.set(name, real);
      }
  }
  return out;
}

function unalias(nameAtVersion: string, aliases: Map<string, string>): string {
  const at = nameAtVersion.lastIndexOf('@');
  const name = nameAtVersion.slice(0, at);
  return `${aliases.get(name) ?? name}${nameAtVersion.slice(at)}`;
}

interface ListTree {
  name: string;
  shadow?: boolean;
  children?: ListTree[];
}

/** Every package `yarn list --json` prints (shadows are back-references, not packages). */
function classicListed(dir: string, file: string): Set<string> {
  const out = new Set<string>();
  const walk = (trees: ListTree[]) => {
    for (const t of trees) {
      if (t.shadow) continue;
      out.add(t.name);
      walk(t.children ?? []);
    }
  };
  walk((readJson(dir, file) as { data: { trees: ListTree[] } }).data.trees);
  return out;
}

describe.each(['classic-monorepo', 'classic-app'])('yarn classic golden: %s', (dir) => {
  it('finds exactly the packages `yarn list` prints, each prod exactly when `yarn list --prod` prints it', async () => {
    const aliases = aliasesIn(dir);
    const workspaces = workspacesIn(dir);
    const all = [...classicListed(dir, 'yarn-list.json')].filter((p) => !workspaces.has(p));
    const prod = new Set([...classicListed(dir, 'yarn-list-prod.json')].map((p) => unalias(p, aliases)));
    const expected = all.map((p) => unalias(p, aliases)).map((p) => `${p} ${prod.has(p) ? 'prod' : 'dev'}`);
    const got = (await components(dir)).map((c) => `${key(c)} ${kindOf(c)}`);
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got.length).toBe(new Set(expected).size);
  });

  it('agrees with a real `yarn install --production` on what is prod', async () => {
    const installed = new Set(readJson(dir, 'installed-production.json') as string[]);
    const prod = (await components(dir)).filter((c) => kindOf(c) === 'prod').map(key);
    expect(new Set(prod)).toEqual(installed);
  });
});

/**
 * `yarn info` prints 0.0.0 for a `link:` package: Yarn does not read a link target's manifest.
 * Steward reads it (as `yarn list` does for classic), so the expectation uses the folder's version.
 */
function linkedVersion(dir: string, locator: string): string | undefined {
  const m = /@link:\.\/([^:#]+)/.exec(locator);
  return m ? (readJson(dir, `${m[1]}/package.json`) as { version: string }).version : undefined;
}

interface InfoLine {
  value: string;
  children: { Version: string };
}

describe.each([
  'berry-monorepo',
  'berry-app',
  'berry3-monorepo',
  'berry3-app',
  'berry-patched',
  'berry2-small',
])('yarn berry golden: %s', (dir) => {
  it('finds exactly the packages `yarn info --all --recursive` lists', async () => {
    const text = readFileSync(`${fixture(dir)}/yarn-info.json`, 'utf8');
    const listed = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as InfoLine)
      .filter((l) => !l.value.includes('@workspace:'))
      .map(
        (l) =>
          `${l.value.slice(0, l.value.indexOf('@', 1))}@${linkedVersion(dir, l.value) ?? l.children.Version}`,
      );
    const got = (await components(dir)).map(key);
    expect(new Set(got)).toEqual(new Set(listed));
    expect(got.length).toBe(new Set(listed).size);
  });
});

// Yarn 2 and 3 cannot `workspaces focus` (see below); Yarn 4's production install is the reference.
describe.each(['berry-monorepo', 'berry-app', 'berry-patched'])('yarn berry production: %s', (dir) => {
  it('is prod exactly for what a production focus install puts on disk, platform packages aside', async () => {
    const all = await components(dir);
    const installedAll = new Set(readJson(dir, 'installed-all.json') as string[]);
    const installedProd = new Set(readJson(dir, 'installed-production.json') as string[]);
    // Packages for other platforms are never installed here; they must be exactly the ones whose
    // conditions exclude this machine, and follow their parent (esbuild, dev) in scope.
    const notHere = all.filter((c) => !installedAll.has(key(c)));
    expect(
      notHere.map((c) => c.platform?.os?.[0] === 'linux' && c.platform?.cpu?.[0] === 'x64'),
    ).not.toContain(true);
    if (dir === 'berry-monorepo')
      expect(notHere.every((c) => c.name.startsWith('@esbuild/') && kindOf(c) === 'dev')).toBe(true);
    const here = all.filter((c) => installedAll.has(key(c)));
    expect(here.length).toBe(installedAll.size);
    expect(new Set(here.filter((c) => kindOf(c) === 'prod').map(key))).toEqual(installedProd);
  });
});

// Yarn 3 cannot `workspaces focus` without a plugin from GitHub, so its lockfiles (format 6: no
// `npm:` in dependency ranges, `~builtin` patches, bare checksums) are held to the Yarn 4 result
// for the same project, which the test above checks against a real production install.
describe.each(['monorepo', 'app'])('yarn 3 lockfile agrees with yarn 4: %s', (project) => {
  it('gives the same (name, version, prod|dev) set', async () => {
    const v3 = (await components(`berry3-${project}`)).map((c) => `${key(c)} ${kindOf(c)}`);
    const v4 = (await components(`berry-${project}`)).map((c) => `${key(c)} ${kindOf(c)}`);
    expect(v3.length).toBeGreaterThan(20);
    expect(new Set(v3)).toEqual(new Set(v4));
  });
});
