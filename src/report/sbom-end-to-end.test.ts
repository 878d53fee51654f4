// End to end through the registered parsers: the built CLI writes CycloneDX (1.6 and 1.7), SPDX
// and JSON for the npm fixture, and every ecosystem plugin's own fixtures render into documents
// that pass each format's validation. Skipped while no npm lockfile plugin is registered.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../core/result.js';
import { ECOSYSTEM_PLUGINS } from '../ecosystems/registry.js';
import { scan } from '../pipeline/scan.js';
import { fixturePath } from './__fixtures__/scan-fixture.js';
import { render } from './render.js';

const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = () => addFormats(new Ajv({ allErrors: true, strict: false }));
const spdxValid = ajv().compile(
  JSON.parse(readFileSync(repo('test/schemas/spdx-2.3.schema.json'), 'utf8')) as object,
);
const resultValid = ajv().compile(
  JSON.parse(readFileSync(repo('schemas/steward-result-1.0.schema.json'), 'utf8')) as object,
);
const cdx = {
  '1.6': new Validation.JsonValidator(Spec.Version.v1dot6),
  '1.7': new Validation.JsonValidator(Spec.Version.v1dot7),
};

const npmRegistered = ECOSYSTEM_PLUGINS.some(
  (p) =>
    p.ecosystem === 'npm' &&
    p.claims('package-lock.json', { hasFile: (f) => f === 'package-lock.json', hasDir: () => false }),
);

const ecosystemFixtures = readdirSync(repo('src/ecosystems'))
  .filter((e) => statSync(repo(`src/ecosystems/${e}`)).isDirectory())
  .flatMap((e) => {
    const dir = `src/ecosystems/${e}/__fixtures__`;
    try {
      return readdirSync(repo(dir))
        .filter((f) => statSync(repo(`${dir}/${f}`)).isDirectory())
        .map((f) => `${dir}/${f}`);
    } catch {
      return [];
    }
  });

async function expectValidEverywhere(result: ScanResult): Promise<void> {
  const opts = { lang: 'en' as const, color: false };
  expect(
    resultValid(JSON.parse(await render(result, 'json', opts))),
    JSON.stringify(resultValid.errors),
  ).toBe(true);
  const spdx = JSON.parse(await render(result, 'spdx', opts)) as unknown;
  expect(spdxValid(spdx), JSON.stringify(spdxValid.errors)).toBe(true);
  for (const v of ['1.6', '1.7'] as const)
    expect(await cdx[v].validate(await render(result, 'cyclonedx', { ...opts, specVersion: v }))).toBeNull();
}

describe.skipIf(!npmRegistered)('SBOMs through the registered parsers', () => {
  it('the CLI writes valid CycloneDX 1.7, SPDX and JSON for the npm workspace fixture', async () => {
    const out = mkdtempSync(join(tmpdir(), 'steward-sbom-'));
    const args = [repo('bin/steward.js'), 'scan', fixturePath('workspace-npm'), '--quiet'];
    args.push('--format', 'cyclonedx', '--output', join(out, 'bom.cdx.json'), '--spec-version', '1.7');
    args.push('--format', 'spdx', '--output', join(out, 'bom.spdx.json'));
    args.push('--format', 'json', '--output', join(out, 'result.json'));
    execFileSync(process.execPath, args, { encoding: 'utf8' });
    const bomText = readFileSync(join(out, 'bom.cdx.json'), 'utf8');
    expect(await cdx['1.7'].validate(bomText)).toBeNull();
    const bom = JSON.parse(bomText) as { specVersion: string; components: { purl?: string }[] };
    const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as ScanResult;
    expect(resultValid(result)).toBe(true);
    expect(bom.specVersion).toBe('1.7');
    expect(result.components.length).toBe(14);
    for (const c of result.components) expect(bom.components.map((x) => x.purl)).toContain(c.purl);
    const spdx = JSON.parse(readFileSync(join(out, 'bom.spdx.json'), 'utf8')) as { packages: unknown[] };
    expect(spdxValid(spdx), JSON.stringify(spdxValid.errors)).toBe(true);
    expect(spdx.packages.length).toBe(result.components.length + 3);
  });

  it.each(ecosystemFixtures)('%s renders into valid JSON, SPDX and CycloneDX', async (dir) => {
    // Some fixture folders hold expected outputs or malformed inputs: whatever the scan yields
    // (possibly nothing, possibly failures) must still render into valid documents.
    await expectValidEverywhere(await scan(repo(dir)));
  });
});
