// pylock.toml (PEP 751) files written by uv, pip and PDM in public projects, against what PyPA's
// `packaging` reads from the same files (expected.json, made by __fixtures__/expected-pylock.py):
// names, versions, what each package is needed for, wheel tags and whether an sdist is locked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Component } from '../../core/model.js';
import { scan } from '../../pipeline/scan.js';
import { render } from '../../report/render.js';
import { pylockPlugin } from './index.js';
import { SDIST_PROPERTY, WHEEL_TAGS_PROPERTY } from './wheel-tags.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

interface Expected {
  file: string;
  packages: { name: string; version: string | null; kind: string; sdist: boolean; tags: string[] }[];
}

const SCOPES: Record<string, string> = { prod: 'prod', dev: 'dev', optional: 'prod,optional' };

/** `cp313-cp313-manylinux2014_x86_64.manylinux_2_17_x86_64` -> its two expanded tags. */
const expandTags = (triples: string): string[] =>
  triples.split(' ').flatMap((t) => {
    const [py = '', abi = '', plat = ''] = t.split('-');
    return py
      .split('.')
      .flatMap((p) => abi.split('.').flatMap((a) => plat.split('.').map((x) => `${p}-${a}-${x}`)));
  });

describe.each(['pylock-uv-grumpyfuk', 'pylock-pip-raygun', 'pylock-pdm-h11'])('%s', (name) => {
  const dir = fixture(name);
  const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as Expected;
  const lines = readFileSync(`${dir}/${expected.file}`, 'utf8').split('\n');

  it('inventories what packaging.pylock reads, with its markers as scopes', async () => {
    const r = await scan(dir, { plugins: [pylockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const got = r.components.map((c) => [`${c.name}@${c.version}`, c.scopes.join()]).sort();
    const want = expected.packages.map((p) => [`${p.name}@${p.version}`, SCOPES[p.kind]]).sort();
    expect(got).toEqual(want);
    expect(r.components.every((c) => c.direct && c.foundBy.join() === 'pypi/pylock')).toBe(true);
  });

  it('carries wheel tags and the sdist flag from the graph node to the component', async () => {
    const r = await scan(dir, { plugins: [pylockPlugin], analyzers: [] });
    for (const p of expected.packages) {
      const c = r.components.find((x) => x.name === p.name)!;
      const tags = c.properties?.[WHEEL_TAGS_PROPERTY];
      expect([p.name, tags === undefined ? [] : expandTags(String(tags)).sort()]).toEqual([p.name, p.tags]);
      expect([p.name, c.properties?.[SDIST_PROPERTY]]).toEqual([p.name, p.sdist]);
    }
  });

  it('locates each component at its [[packages]] header', async () => {
    const r = await scan(dir, { plugins: [pylockPlugin], analyzers: [] });
    for (const c of r.components) {
      const line = c.locations[0]!.line!;
      expect(lines[line - 1]).toBe('[[packages]]');
      const declared = /^name = "(.*)"$/.exec(lines[line]!)?.[1];
      expect(declared?.toLowerCase().replace(/[-_.]+/g, '-')).toBe(c.name);
    }
  });
});

describe('pylock sources, purls and hashes', () => {
  const find = (cs: Component[], n: string) => cs.find((c) => c.name === n)!;

  it('uv pip compile: registry purls, the sdist hash first, the marker kept as a property', async () => {
    const r = await scan(fixture('pylock-uv-grumpyfuk'), { plugins: [pylockPlugin], analyzers: [] });
    const dateutil = find(r.components, 'python-dateutil');
    expect(dateutil.purl).toBe('pkg:pypi/python-dateutil@2.9.0.post0');
    expect(dateutil.source).toEqual({ type: 'registry' });
    expect(dateutil.hashes).toEqual([
      { alg: 'SHA-256', value: '37dd54208da7e1cd875388217d5e00ebd4179249f90fb72437e91a35459a0ad3' },
    ]);
    expect(find(r.components, 'urllib3').properties?.marker).toBe("python_full_version >= '3.10'");
    expect(find(r.components, 'pillow').properties?.[WHEEL_TAGS_PROPERTY]).toBe(
      'cp313-cp313-manylinux2014_x86_64.manylinux_2_17_x86_64 cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64',
    );
  });

  it('pip lock (a named lock file): wheel-only packages say there is no sdist', async () => {
    const r = await scan(fixture('pylock-pip-raygun'), { plugins: [pylockPlugin], analyzers: [] });
    expect(r.projects.map((p) => p.source)).toEqual(['pylock.dev.toml']);
    const types = find(r.components, 'types-requests');
    expect(types.purl).toBe('pkg:pypi/types-requests@2.33.0.20260712');
    expect(types.hashes).toEqual([
      { alg: 'SHA-256', value: 'de027e28c171d3da529689cbfa023b0b4eab188c8dfa22fd834eebd2cee6e7bb' },
    ]);
    expect(find(r.components, 'ast-serialize').properties).toEqual({
      [WHEEL_TAGS_PROPERTY]: 'cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64',
      [SDIST_PROPERTY]: false,
    });
  });

  it('PDM: default-groups make typing-extensions prod, the dev group the rest', async () => {
    const r = await scan(fixture('pylock-pdm-h11'), { plugins: [pylockPlugin], analyzers: [] });
    expect(find(r.components, 'typing-extensions').scopes).toEqual(['prod']);
    expect(find(r.components, 'tomli').scopes).toEqual(['dev']);
    expect(find(r.components, 'tomli').properties?.marker).toBe(
      'python_version < "3.11" and "dev" in dependency_groups',
    );
  });
});

describe('pylock plugin', () => {
  const tree = { hasFile: () => false, hasDir: () => false };

  it('claims pylock.toml and pylock.<name>.toml only, outside virtual environments', () => {
    const claimed = [
      'pylock.toml',
      'svc/pylock.dev.toml',
      'pylock.toml.bak',
      'pylock.a.b.toml',
      '.venv/pylock.toml',
    ];
    expect(claimed.filter((p) => pylockPlugin.claims(p, tree))).toEqual([
      'pylock.toml',
      'svc/pylock.dev.toml',
    ]);
  });

  it('puts the wheel tags and sdist flag into CycloneDX as steward: properties, long values included', async () => {
    const r = await scan(fixture('pylock-uv-grumpyfuk'), { plugins: [pylockPlugin], analyzers: [] });
    // A package with many platform wheels (coverage locks ~80) gives a long value: render one.
    const long = Array.from(
      { length: 80 },
      (_, i) => `cp3${i % 10}-cp3${i % 10}-manylinux_2_${i}_x86_64`,
    ).join(' ');
    r.components[0]!.properties = { ...r.components[0]!.properties, [WHEEL_TAGS_PROPERTY]: long };
    const bom = JSON.parse(await render(r, 'cyclonedx', { lang: 'en', color: false })) as {
      components: { purl: string; properties?: { name: string; value: string }[] }[];
    };
    const props = (purl: string) => bom.components.find((c) => c.purl === purl)!.properties!;
    expect(props(r.components[0]!.purl)).toContainEqual({
      name: `steward:${WHEEL_TAGS_PROPERTY}`,
      value: long,
    });
    expect(props('pkg:pypi/brotli@1.2.0')).toEqual(
      expect.arrayContaining([
        { name: 'steward:pypi:wheel-tags', value: 'cp313-cp313-manylinux2014_x86_64.manylinux_2_17_x86_64' },
        { name: 'steward:pypi:sdist', value: 'true' },
      ]),
    );
  });
});
