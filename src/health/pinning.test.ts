// The dependencies-pinned practice over a real inventory: requirements files scanned by the pypi
// plugin, one pinned and one with a range, and a project with only local packages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../pipeline/scan.js';
import { pinningPractice } from './pinning.js';

const root = mkdtempSync(join(tmpdir(), 'steward-pinning-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function componentsOf(files: Record<string, string>) {
  const dir = mkdtempSync(join(root, 'p-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return (await scan(dir, { health: false, analyzers: [] })).components;
}

describe('dependencies-pinned practice', () => {
  it('passes when every dependency resolves to one version', async () => {
    const p = pinningPractice(await componentsOf({ 'requirements.txt': 'six==1.16.0\nidna==3.7\n' }));
    expect(p).toEqual({ id: 'dependencies-pinned', passed: true, value: 1, evidence: [] });
  });

  it('fails with the loose ones as evidence and the pinned share as value', async () => {
    const p = pinningPractice(
      await componentsOf({ 'requirements.txt': 'six==1.16.0\n', 'requirements-dev.txt': 'pytest>=8\n' }),
    );
    expect(p).toMatchObject({ passed: false, value: 0.5, evidence: ['pytest >=8'] });
  });

  it('is unknown without dependencies', () => {
    expect(pinningPractice([])).toEqual({ id: 'dependencies-pinned', passed: null });
  });
});
