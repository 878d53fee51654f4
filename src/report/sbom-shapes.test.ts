// SBOM shapes the fixtures do not cover: a scan with several independent projects and no root
// project, and a scan that found nothing. Both formats must stay valid and describe what is there.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../core/inventory.js';
import type { DependencyGraph } from '../core/model.js';
import { npmPurl } from '../core/purl.js';
import { RESULT_SCHEMA_VERSION, type ScanResult } from '../core/result.js';
import { render } from './render.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const spdxValid = addFormats(new Ajv({ strict: false })).compile(
  JSON.parse(
    readFileSync(new URL('../../test/schemas/spdx-2.3.schema.json', import.meta.url), 'utf8'),
  ) as object,
);

function project(dir: string, dep: string): DependencyGraph {
  return {
    ecosystem: 'npm',
    plugin: 'test/graph',
    source: `${dir}/package-lock.json`,
    importers: [{ path: '.', name: `app-${dir}`, version: '1.0.0' }],
    nodes: [{ id: 'n', ecosystem: 'npm', name: dep, version: '1.0.0', purl: npmPurl(dep, '1.0.0') }],
    edges: [{ from: 'importer:.', to: 'n', kind: 'dev' }],
  };
}

function resultOf(graphs: DependencyGraph[]): ScanResult {
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'steward', version: '0.0.0-test' },
    root: '/tmp/scanned',
    startedAt: '2025-01-02T03:04:05.678Z',
    durationMs: 1,
    ...buildInventory(graphs),
    diagnostics: [],
    status: { complete: true, failures: [], skipped: [] },
  };
}

const opts = { lang: 'en' as const, color: false };

async function both(result: ScanResult) {
  const cdxText = await render(result, 'cyclonedx', opts);
  expect(await new Validation.JsonValidator(Spec.Version.v1dot6).validate(cdxText)).toBeNull();
  const spdx = JSON.parse(await render(result, 'spdx', opts)) as {
    name: string;
    creationInfo: { created: string };
    relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
    packages: { SPDXID: string; name: string }[];
  };
  expect(spdxValid(spdx), JSON.stringify(spdxValid.errors)).toBe(true);
  return {
    cdx: JSON.parse(cdxText) as {
      metadata: { component?: unknown };
      components: { 'bom-ref': string }[];
      dependencies: { ref: string; dependsOn?: string[] }[];
    },
    spdx,
  };
}

describe('SBOM shapes', () => {
  it('describes each project root when the scan root is not itself a project', async () => {
    const { cdx, spdx } = await both(resultOf([project('a', 'left'), project('b', 'right')]));
    expect(cdx.metadata.component).toBeUndefined();
    expect(cdx.components.map((c) => c['bom-ref'])).toEqual([
      'importer:a',
      'importer:b',
      'pkg:npm/left@1.0.0',
      'pkg:npm/right@1.0.0',
    ]);
    expect(cdx.dependencies.find((d) => d.ref === 'importer:b')?.dependsOn).toEqual(['pkg:npm/right@1.0.0']);
    const described = spdx.relationships.filter((r) => r.relationshipType === 'DESCRIBES');
    expect(described.map((r) => r.relatedSpdxElement)).toEqual(['SPDXRef-Importer-a', 'SPDXRef-Importer-b']);
    expect(spdx.name).toBe('scanned');
    expect(spdx.creationInfo.created).toBe('2025-01-02T03:04:05Z');
    expect(spdx.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-Package-npm-left-1.0.0',
      relationshipType: 'DEV_DEPENDENCY_OF',
      relatedSpdxElement: 'SPDXRef-Importer-a',
    });
  });

  it('writes valid, empty documents for a scan that found nothing', async () => {
    const { cdx, spdx } = await both(resultOf([]));
    expect(cdx.components).toEqual([]);
    expect(spdx.packages).toEqual([]);
    expect(spdx.relationships).toEqual([]);
  });
});
