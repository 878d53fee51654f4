// Python lockfiles made by the real tools: a Poetry 1.3 lockfile generated offline by
// __fixtures__/generate.sh (compared with `poetry show` and `poetry show --only main`), and a
// uv.lock from a public project.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { pdmLockPlugin, pipfileLockPlugin, poetryLockPlugin, uvLockPlugin } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const shown = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [name, , version] = l.split(/\s+/);
      return `${name}@${version}`;
    })
    .sort();

describe('poetry.lock from poetry 1.3 (path dependencies, a test group, an extra)', () => {
  const dir = fixture('poetry-app');

  it('inventories what `poetry show` lists, with prod exactly `poetry show --only main`', async () => {
    const r = await scan(dir, { plugins: [poetryLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const all = r.components.map((c) => `${c.name}@${c.version}`).sort();
    expect(all).toEqual(shown(`${dir}/poetry-show.txt`));
    const main = r.components.filter((c) => !c.scopes.includes('dev')).map((c) => `${c.name}@${c.version}`);
    expect(main.sort()).toEqual(shown(`${dir}/poetry-show-main.txt`));
  });

  it('takes kinds from pyproject.toml: the test group is dev, the extra optional, lib-b transitive', async () => {
    const r = await scan(dir, { plugins: [poetryLockPlugin], analyzers: [] });
    const c = (n: string) => r.components.find((x) => x.name === n)!;
    expect([c('test-kit').scopes, c('test-kit').direct]).toEqual([['dev'], true]);
    expect(c('extra-x').scopes).toEqual(['prod', 'optional']);
    expect([c('lib-b').scopes, c('lib-b').direct]).toEqual([['prod'], false]);
    expect(c('lib-b').source).toEqual({ type: 'file', url: 'libs/Lib_B' });
    expect(r.projects[0]!.importers[0]).toMatchObject({
      name: 'poetry-app',
      version: '0.1.0',
      manifest: 'pyproject.toml',
    });
  });
});

describe('uv.lock (williambdean/action-aperture)', () => {
  const dir = fixture('uv-action-aperture');

  it('makes the editable project the importer and its dev extra optional', async () => {
    const r = await scan(dir, { plugins: [uvLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.projects[0]!.importers).toEqual([
      {
        path: '.',
        name: 'action-aperture',
        version: '0.1.0',
        purl: 'pkg:pypi/action-aperture@0.1.0',
        manifest: 'pyproject.toml',
      },
    ]);
    const scopes = Object.fromEntries(r.components.map((c) => [c.name, c.scopes.join('+')]));
    expect(scopes).toMatchObject({
      textual: 'prod',
      rich: 'prod',
      pytest: 'prod+optional',
      pluggy: 'prod+optional',
      iniconfig: 'prod+optional',
    });
    expect(r.components).toHaveLength(17);
  });

  it('follows a requested extra to the optional dependencies it enables', async () => {
    const r = await scan(dir, { plugins: [uvLockPlugin], analyzers: [] });
    expect(r.components.find((c) => c.name === 'linkify-it-py')?.scopes).toEqual(['prod']);
    expect(r.components.find((c) => c.name === 'uc-micro-py')?.scopes).toEqual(['prod']);
  });

  it('records the sdist hash and the line of each [[package]]', async () => {
    const r = await scan(dir, { plugins: [uvLockPlugin], analyzers: [] });
    const mdurl = r.components.find((c) => c.name === 'mdurl')!;
    expect(mdurl.purl).toBe('pkg:pypi/mdurl@0.1.2');
    expect(mdurl.hashes).toEqual([
      { alg: 'SHA-256', value: 'bb413d29f5eea38f31dd4754dd7377d4465116fb207585f97bf925588687c1ba' },
    ]);
    const lines = readFileSync(`${dir}/uv.lock`, 'utf8').split('\n');
    expect(lines[mdurl.locations[0]!.line! - 1 + 1]).toBe('name = "mdurl"');
  });
});

describe('Pipfile.lock (0-jam/soundtest)', () => {
  it('makes default prod and develop dev, with hashes, markers and lines', async () => {
    const dir = fixture('pipfile-soundtest');
    const r = await scan(dir, { plugins: [pipfileLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const scopes = Object.fromEntries(r.components.map((c) => [`${c.name}@${c.version}`, c.scopes.join()]));
    expect(scopes).toEqual({
      'pyaudio@0.2.11': 'prod',
      'autopep8@1.5.4': 'dev',
      'flake8@3.8.3': 'dev',
      'mccabe@0.6.1': 'dev',
      'pycodestyle@2.6.0': 'dev',
      'pyflakes@2.2.0': 'dev',
      'toml@0.10.1': 'dev',
    });
    const pyaudio = r.components.find((c) => c.name === 'pyaudio')!;
    expect(pyaudio.hashes).toEqual([
      { alg: 'SHA-256', value: '0d92f6a294565260a282f7c9a0b0d309fc8cc988b5ee5b50645634ab9e2da7f7' },
    ]);
    expect(pyaudio.locations).toEqual([{ file: 'Pipfile.lock', line: 19 }]);
    expect(r.components.find((c) => c.name === 'pyflakes')?.properties).toEqual({
      marker: "python_version >= '2.7' and python_version not in '3.0, 3.1, 3.2, 3.3'",
    });
  });
});

describe('pdm.lock (540/gilded-rose-python, without its pyproject.toml)', () => {
  it('takes the packages nothing requires as direct, dev by their groups, and follows requirements', async () => {
    const dir = fixture('pdm-gilded-rose');
    const r = await scan(dir, { plugins: [pdmLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    expect(r.components).toHaveLength(21);
    expect(r.components.every((c) => c.scopes.join() === 'dev')).toBe(true);
    expect(
      r.components
        .filter((c) => c.direct)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['black', 'pyhamcrest', 'pylint', 'pytest-cov', 'pytest-watcher']);
    const cov = r.components.find((c) => c.name === 'coverage')!;
    expect([cov.version, cov.locations[0]!.line]).toEqual(['7.4.4', 69]);
    expect(cov.hashes).toEqual([
      { alg: 'SHA-256', value: 'c901df83d097649e257e803be22592aedfd5182f07b3cc87d640bbb9afd50f49' },
    ]);
    expect(r.relationships).toContainEqual({
      from: 'pkg:pypi/pytest-cov@5.0.0',
      to: 'pkg:pypi/coverage@7.4.4',
      kind: 'prod',
    });
  });
});

describe('locked distribution files as node properties (for the LoongArch readiness check)', () => {
  /** `py2.py3-none-any` -> `py2-none-any`, `py3-none-any`, as packaging expands compressed tags. */
  const expand = (triples: unknown): string[] =>
    typeof triples !== 'string'
      ? []
      : triples
          .split(' ')
          .flatMap((t) => {
            const [py = '', abi = '', plat = ''] = t.split('-');
            return py
              .split('.')
              .flatMap((p) => abi.split('.').flatMap((a) => plat.split('.').map((x) => `${p}-${a}-${x}`)));
          })
          .sort();

  it.each([
    ['uv-action-aperture', uvLockPlugin],
    ['pdm-gilded-rose', pdmLockPlugin],
  ] as const)('%s: wheel tags and sdist as packaging reads the file names', async (name, plugin) => {
    const dir = fixture(name);
    const expected = JSON.parse(readFileSync(`${dir}/expected-files.json`, 'utf8')) as Record<
      string,
      { sdist: boolean; tags: string[] }
    >;
    const r = await scan(dir, { plugins: [plugin], analyzers: [] });
    const got = Object.fromEntries(
      r.components.map((c) => [
        c.name,
        { sdist: c.properties?.['pypi:sdist'], tags: expand(c.properties?.['pypi:wheel-tags']) },
      ]),
    );
    expect(got).toEqual(expected);
  });

  it('uv.lock: one wheel triple per distinct tag, sorted and space-separated', async () => {
    const r = await scan(fixture('uv-action-aperture'), { plugins: [uvLockPlugin], analyzers: [] });
    expect(r.components.find((c) => c.name === 'colorama')?.properties).toEqual({
      'pypi:sdist': true,
      'pypi:wheel-tags': 'py2.py3-none-any',
      // pytest needs it only on Windows: the one edge to it carries that marker.
      marker: "(sys_platform == 'win32')",
    });
  });

  it('poetry.lock: path dependencies list no files, so neither property is claimed', async () => {
    const r = await scan(fixture('poetry-app'), { plugins: [poetryLockPlugin], analyzers: [] });
    expect(r.components.length).toBeGreaterThan(0);
    expect(r.components.filter((c) => c.properties && 'pypi:sdist' in c.properties)).toEqual([]);
  });
});
