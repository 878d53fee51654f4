// The scan's license detection on trees made by the real tools (__fixtures__/generate.sh): an npm
// project installed from local tarballs and the registry, and a Python virtual environment.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { render } from '../../report/render.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import type { Component } from '../../core/model.js';
import { DirReader } from './dir-licenses.js';
import { Locator } from './locate.js';
import { licensesAnalyzer } from './index.js';

const fixture = (p: string) => fileURLToPath(new URL(`./__fixtures__/${p}`, import.meta.url));
const repo = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

async function scanFixture(name: string) {
  const result = await scan(fixture(name), { analyzers: [licensesAnalyzer] });
  const mismatches = result.diagnostics.filter((d) => d.code === 'license/detected-mismatch');
  const byName = (n: string, v?: string): Component =>
    result.components.find((c) => c.name === n && (!v || c.version === v))!;
  return { result, mismatches, byName };
}

describe('license detection in steward scan', () => {
  it('reports a project and a package whose license files contradict their declared license', async () => {
    const { mismatches } = await scanFixture('npm-project');
    expect(mismatches.map((d) => [d.params, d.location, d.component])).toEqual([
      [
        { component: 'license-scan-fixture@1.0.0', declared: 'MIT', detected: 'Apache-2.0', file: 'LICENSE' },
        { file: 'LICENSE', line: 3 },
        'pkg:npm/license-scan-fixture@1.0.0',
      ],
      [
        {
          component: 'says-mit@1.0.0',
          declared: 'MIT',
          detected: 'Apache-2.0',
          file: 'node_modules/says-mit/LICENSE',
        },
        { file: 'node_modules/says-mit/LICENSE', line: 3 },
        'pkg:npm/says-mit@1.0.0',
      ],
    ]);
  });

  it('records the detected license on a package that declares none, and accepts one option of a choice', async () => {
    const { byName, result } = await scanFixture('npm-project');
    expect(byName('undeclared').declaredLicense).toBeUndefined();
    expect(byName('undeclared').detectedLicense).toBe('ISC');
    // Declared packages keep only their declared license.
    expect(byName('either').detectedLicense).toBeUndefined();
    expect(result.diagnostics.some((d) => d.params.component === 'either@1.0.0')).toBe(false);
  });

  it('finds a nested install by version, not the hoisted copy of the same name', async () => {
    const root = fixture('npm-project');
    const { byName } = await scanFixture('npm-project');
    const locator = new Locator(new DirReader(makeContext(root, await walk(root), true, 1 << 20)));
    expect((await locator.locate(byName('ms', '2.0.0')))?.dir).toBe('node_modules/debug/node_modules/ms');
    expect((await locator.locate(byName('ms', '2.1.3')))?.dir).toBe('node_modules/ms');
  });

  it("reads pnpm's store and, as pnpm's lockfile records no licenses, the installed manifests", async () => {
    const { byName, mismatches } = await scanFixture('pnpm-project');
    const store = 'node_modules/.pnpm/says-mit@file+tarballs+says-mit-1.0.0.tgz/node_modules/says-mit';
    expect(mismatches.map((d) => [d.params.component, d.params.detected, d.location, d.data])).toEqual([
      ['license-scan-pnpm-fixture@1.0.0', 'Apache-2.0', { file: 'LICENSE', line: 3 }, expect.anything()],
      [
        'says-mit@1.0.0',
        'Apache-2.0',
        { file: `${store}/LICENSE`, line: 3 },
        { declared: 'MIT', declaredIn: `${store}/package.json`, detected: 'Apache-2.0' },
      ],
    ]);
    // either's manifest offers a choice its LICENSE-MIT bears out: the choice is kept whole.
    expect(['debug', 'undeclared', 'either', 'says-mit'].map((n) => byName(n).detectedLicense)).toEqual([
      'MIT',
      'ISC',
      'MIT OR Apache-2.0',
      'Apache-2.0',
    ]);
    expect([byName('ms', '2.0.0').detectedLicense, byName('ms', '2.1.3').detectedLicense]).toEqual([
      'MIT',
      'MIT',
    ]);
  });

  it('reads the .dist-info folders of a virtual environment', async () => {
    const { byName, mismatches } = await scanFixture('python-venv');
    // requirements.txt declares nothing: each license comes from the installed distribution.
    expect(['attrs', 'six', 'blinker'].map((n) => byName(n).detectedLicense)).toEqual(['MIT', 'MIT', 'MIT']);
    expect(mismatches).toEqual([]);
  });

  it('reads vendor/ for Composer and Go', async () => {
    const composer = await scanFixture('composer-project');
    expect(composer.mismatches.map((d) => [d.params, d.location])).toEqual([
      [
        {
          component: 'fixture/gpl-inside@1.0.0',
          declared: 'MIT',
          detected: 'GPL-2.0-only',
          file: 'vendor/fixture/gpl-inside/LICENSE',
        },
        { file: 'vendor/fixture/gpl-inside/LICENSE', line: 1 },
      ],
    ]);
    const go = await scanFixture('go-vendor');
    // go.mod declares no license: the vendored module's LICENSE is recorded.
    expect(go.byName('example.com/licensed').detectedLicense).toBe('BSD-3-Clause');
    expect(go.mismatches).toEqual([]);
  });

  it('gives the detected license to SBOMs as a concluded license, in valid documents', async () => {
    const { result } = await scanFixture('npm-project');
    const bom = JSON.parse(await render(result, 'cyclonedx', { lang: 'en', color: false })) as {
      components: { name: string; licenses?: unknown[] }[];
    };
    expect(bom.components.find((c) => c.name === 'undeclared')?.licenses).toEqual([
      { license: { id: 'ISC', acknowledgement: 'concluded' } },
    ]);
    expect(bom.components.find((c) => c.name === 'says-mit')?.licenses).toEqual([{ license: { id: 'MIT' } }]);
    const v17 = await render(result, 'cyclonedx', { lang: 'en', color: false, specVersion: '1.7' });
    expect(await new Validation.JsonValidator(Spec.Version.v1dot7).validate(v17)).toBeNull();
    const spdx = JSON.parse(await render(result, 'spdx', { lang: 'en', color: false })) as {
      packages: { name: string; licenseConcluded: string; licenseDeclared: string }[];
    };
    expect(spdx.packages.find((p) => p.name === 'undeclared')).toMatchObject({
      licenseConcluded: 'ISC',
      licenseDeclared: 'NOASSERTION',
    });
    const schema = JSON.parse(readFileSync(repo('schemas/steward-result-1.0.schema.json'), 'utf8')) as object;
    const valid = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);
    expect(valid(JSON.parse(await render(result, 'json', { lang: 'en', color: false })))).toBe(true);
  });
});
