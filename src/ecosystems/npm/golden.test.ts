// Golden tests against the real npm: for every fixture, the (name, version, prod/dev) set Steward
// computes from the lockfile must equal the one `npm ls --all --json` (with and without
// --omit=dev) printed after a real install of the same lockfile (see __fixtures__/generate.sh).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../core/inventory.js';
import type { Component, Platform } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { npmPackageLockPlugin } from './index.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const FIXTURE_NAMES = [
  'workspaces-v3',
  'workspaces-v2',
  'features-v3',
  'features-v2',
  'legacy-v1',
  'realistic-v3',
];

interface LsNode {
  version?: string;
  resolved?: string;
  dependencies?: Record<string, LsNode>;
}
interface LsPlatform {
  platform: string;
  arch: string;
  libc: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The real package name behind an npm ls key: aliases show their alias, the registry URL the name. */
function realName(key: string, node: LsNode): string {
  const m = /^https?:\/\/[^/]+\/((?:@[^/]+(?:\/|%2f))?[^/]+)\/-\//i.exec(node.resolved ?? '');
  return m ? decodeURIComponent(m[1]!) : key;
}

/**
 * Every name@version npm ls lists (deduped entries included), without the workspaces themselves,
 * and the direct ones: the root's children and each workspace's children.
 */
function lsPackages(tree: LsNode, workspaces: Set<string>): { all: Set<string>; direct: Set<string> } {
  const aliasNames = new Map<string, string>(); // `key@version` → real name, from entries with `resolved`
  const found: [string, LsNode, boolean][] = [];
  const visit = (node: LsNode, directHere: boolean) => {
    for (const [key, dep] of Object.entries(node.dependencies ?? {})) {
      if (dep.version === undefined) continue; // an optional dependency for another platform
      found.push([key, dep, directHere]);
      if (dep.resolved) aliasNames.set(`${key}@${dep.version}`, realName(key, dep));
      visit(dep, directHere && workspaces.has(key));
    }
  };
  visit(tree, true);
  const all = new Set<string>();
  const direct = new Set<string>();
  for (const [key, dep, isDirect] of found) {
    if (workspaces.has(key)) continue;
    const id = `${aliasNames.get(`${key}@${dep.version}`) ?? key}@${dep.version}`;
    all.add(id);
    if (isDirect) direct.add(id);
  }
  return { all, direct };
}

function workspaceNames(dir: string): Set<string> {
  const out = new Set<string>();
  const packages = join(dir, 'packages');
  if (!existsSync(packages)) return out;
  for (const ws of readdirSync(packages))
    out.add(readJson<{ name: string }>(join(packages, ws, 'package.json')).name);
  return out;
}

/** npm's os/cpu/libc matching: `!x` excludes, positive entries must include the value. */
function allows(list: string[] | undefined, value: string): boolean {
  if (!list?.length) return true;
  if (list.includes(`!${value}`)) return false;
  const positive = list.filter((v) => !v.startsWith('!'));
  return positive.length === 0 || positive.includes(value);
}

const installableOn = (p: Platform | undefined, on: LsPlatform) =>
  allows(p?.os, on.platform) && allows(p?.cpu, on.arch) && allows(p?.libc, on.libc);

export async function inventoryOf(dir: string, file = 'package-lock.json') {
  const tree = await walk(dir);
  const ctx = makeContext(dir, tree, true, 64 * 1024 * 1024);
  const out = await npmPackageLockPlugin.extract(file, ctx);
  return { out, inventory: buildInventory(out.graphs) };
}

const scopeOf = (c: Component) => c.scopes[0] ?? 'extraneous';

describe.each(FIXTURE_NAMES)('npm/package-lock golden: %s', (name) => {
  const dir = join(FIXTURES, name);

  it('lists exactly the packages npm ls lists, with the same prod/dev split', async () => {
    const { out, inventory } = await inventoryOf(dir);
    expect(out.failures).toEqual([]);
    expect(out.diagnostics).toEqual([]);
    const on = readJson<LsPlatform>(join(dir, 'npm-ls-platform.json'));
    const workspaces = workspaceNames(dir);
    const everything = lsPackages(readJson(join(dir, 'npm-ls.json')), workspaces);
    const prod = lsPackages(readJson(join(dir, 'npm-ls-prod.json')), workspaces).all;
    const expected = [...everything.all].map((p) => `${p} ${prod.has(p) ? 'prod' : 'dev'}`).sort();
    const installed = inventory.components.filter((c) => installableOn(c.platform, on));
    const actual = installed.map((c) => `${c.name}@${c.version} ${scopeOf(c)}`).sort();
    expect(actual).toEqual(expected);
    // Direct: what the root or a workspace lists at its first level.
    const direct = installed.filter((c) => c.direct).map((c) => `${c.name}@${c.version}`);
    expect(direct.sort()).toEqual([...everything.direct].sort());
  });
});
