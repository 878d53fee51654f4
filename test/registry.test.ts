// The ecosystem registry and the folders under src/ecosystems must agree, and plugin ids must be
// `<folder>/<format>` and unique.
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ECOSYSTEM_PLUGINS } from '../src/ecosystems/registry.js';

const dir = new URL('../src/ecosystems/', import.meta.url);
const folders = readdirSync(dir).filter((n) => statSync(new URL(n, dir)).isDirectory());

describe('ecosystem registry', () => {
  it('registers a plugin from every ecosystem folder', () => {
    const registered = new Set(ECOSYSTEM_PLUGINS.map((p) => p.id.split('/')[0]));
    for (const f of folders)
      expect(registered.has(f), `src/ecosystems/${f} has no registered plugin`).toBe(true);
  });

  it('has a folder for every registered plugin, with unique ids', () => {
    const ids = ECOSYSTEM_PLUGINS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(folders, `${id} has no folder`).toContain(id.split('/')[0]);
  });

  it('gives every folder a readme', () => {
    for (const f of folders)
      expect(() => statSync(new URL(`${f}/readme.md`, dir)), `${f}/readme.md`).not.toThrow();
  });
});
