// Workspace globs from a root package.json, expanded against a scanned tree: `*`, `**`,
// exclusions, the `{ packages: [...] }` form, and only directories holding a package.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { membersFromManifests } from './importers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function members(workspaces: unknown, dirsWithManifest: string[], lockfile = 'yarn.lock') {
  const root = mkdtempSync(join(tmpdir(), 'steward-ws-'));
  dirs.push(root);
  const base = lockfile.includes('/') ? lockfile.slice(0, lockfile.lastIndexOf('/')) : '.';
  mkdirSync(join(root, base), { recursive: true });
  writeFileSync(join(root, base, 'package.json'), JSON.stringify({ name: 'root', workspaces }));
  for (const d of dirsWithManifest) {
    mkdirSync(join(root, base, d), { recursive: true });
    if (!d.endsWith('/empty'))
      writeFileSync(join(root, base, d, 'package.json'), JSON.stringify({ name: d }));
  }
  const ctx = makeContext(root, await walk(root), true, 1 << 20);
  const errors: unknown[] = [];
  const found = (await membersFromManifests(ctx, lockfile, (e) => errors.push(e))).map((m) => m.path);
  expect(errors).toEqual([]);
  return found;
}

describe('workspace globs', () => {
  it('expands *, skipping directories without package.json', async () => {
    expect(await members(['packages/*'], ['packages/a', 'packages/b', 'packages/empty', 'other/c'])).toEqual([
      '.',
      'packages/a',
      'packages/b',
    ]);
  });

  it('expands ** at any depth and honours ! exclusions', async () => {
    const found = await members(['apps/**', '!apps/legacy'], ['apps/web', 'apps/tools/cli', 'apps/legacy']);
    expect(found).toEqual(['.', 'apps/tools/cli', 'apps/web']);
  });

  it('reads the { packages } form and works for a lockfile below the scan root', async () => {
    expect(await members({ packages: ['libs/*'], nohoist: ['**/x'] }, ['libs/one'], 'sub/yarn.lock')).toEqual(
      ['.', 'libs/one'],
    );
  });
});
