import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../core/inventory.js';
import type { Component } from '../../core/model.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { licensesAnalyzer } from './index.js';

function component(name: string, declaredLicense?: string): Component {
  return {
    purl: `pkg:npm/${name}@1.0.0`,
    ecosystem: 'npm',
    name,
    version: '1.0.0',
    scopes: ['prod'],
    direct: true,
    workspaces: [],
    hashes: [],
    locations: [{ file: 'package-lock.json', line: 10 }],
    foundBy: ['npm/package-lock'],
    ...(declaredLicense ? { declaredLicense } : {}),
  };
}

describe('licenses analyzer', () => {
  it('normalises declared licenses and reports what is not SPDX', async () => {
    const inventory: Inventory = {
      components: [
        component('ok', 'MIT'),
        component('rpm-style', 'ASL 2.0'),
        component('mulan', 'Mulan PSL v2'),
        component('custom', 'see the file called LEGAL'),
        component('none'),
      ],
      projects: [],
      relationships: [],
    };
    // An empty tree: nothing is installed, so only the declared licenses are checked.
    const root = mkdtempSync(join(tmpdir(), 'steward-licenses-analyzer-'));
    const ctx = makeContext(root, await walk(root), true, 1 << 20);
    const found = await licensesAnalyzer.analyze({ inventory, ctx });
    expect(found.map((d) => [d.code, d.params.component, d.data])).toEqual([
      ['license/not-spdx', 'rpm-style@1.0.0', { declared: 'ASL 2.0', expression: 'Apache-2.0' }],
      ['license/not-spdx', 'mulan@1.0.0', { declared: 'Mulan PSL v2', expression: 'MulanPSL-2.0' }],
      ['license/unrecognised', 'custom@1.0.0', { declared: 'see the file called LEGAL' }],
    ]);
    expect(found[0]!.location).toEqual({ file: 'package-lock.json', line: 10 });
  });
});
