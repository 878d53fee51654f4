// The SPDX reporter over real npm fixtures: every document validates against the official SPDX
// 2.3 JSON schema (test/schemas), relationships match the scan's edges in the direction each
// SPDX type reads, checksums and purls round-trip, and licenseDeclared is never invalid.
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import parseSpdx from 'spdx-expression-parse';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../core/analyzer.js';
import { buildInventory } from '../../core/inventory.js';
import { npmPurl } from '../../core/purl.js';
import type { ScanResult } from '../../core/result.js';
import { integrityHex, lockEntries, scanFixture } from '../__fixtures__/scan-fixture.js';
import { render } from '../render.js';
import { edgeRelationship } from './build-document.js';
import type { SpdxDocument, SpdxPackage } from './types.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../test/schemas/spdx-2.3.schema.json', import.meta.url), 'utf8'),
) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

/** Renders SPDX and asserts the document is valid before any test looks at it. */
async function renderSpdx(result: ScanResult): Promise<SpdxDocument> {
  const text = await render(result, 'spdx', { lang: 'en', color: false });
  const doc = JSON.parse(text) as SpdxDocument;
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  expect(doc.creationInfo.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  for (const p of doc.packages) {
    expect(p.SPDXID).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
    if (p.licenseDeclared !== 'NOASSERTION') expect(() => parseSpdx(p.licenseDeclared)).not.toThrow();
  }
  return doc;
}

const purlOf = (p: SpdxPackage) => p.externalRefs?.find((r) => r.referenceType === 'purl')?.referenceLocator;

describe('spdx reporter', () => {
  let workspace: ScanResult;
  let doc: SpdxDocument;
  const pkg = (purl: string) => doc.packages.find((p) => purlOf(p) === purl)!;

  beforeAll(async () => {
    workspace = await scanFixture('workspace-npm');
    doc = await renderSpdx(workspace);
  });

  it('writes an SPDX 2.3 document created by steward, with a namespace unique per run', async () => {
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
    });
    expect(doc.name).toBe('fixture-root');
    expect(doc.creationInfo.creators).toEqual([`Tool: steward-${workspace.tool.version}`]);
    const again = await renderSpdx(workspace);
    expect(again.documentNamespace).not.toBe(doc.documentNamespace);
    expect({ ...again, documentNamespace: '' }).toEqual({ ...doc, documentNamespace: '' });
  });

  it('has one package per component and per importer, with unique ids', () => {
    const libs = doc.packages.filter((p) => p.primaryPackagePurpose === 'LIBRARY');
    expect(libs.map(purlOf).sort()).toEqual(workspace.components.map((c) => c.purl).sort());
    const apps = doc.packages.filter((p) => p.primaryPackagePurpose === 'APPLICATION').map((p) => p.name);
    expect(apps).toEqual(['fixture-root', '@fixture/a', '@fixture/b']);
    expect(new Set(doc.packages.map((p) => p.SPDXID)).size).toBe(doc.packages.length);
    expect(pkg('pkg:npm/%40isaacs/string-locale-compare@1.1.0')).toMatchObject({
      name: '@isaacs/string-locale-compare',
      versionInfo: '1.1.0',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      downloadLocation:
        'https://registry.npmjs.org/@isaacs/string-locale-compare/-/string-locale-compare-1.1.0.tgz',
    });
    expect(pkg('pkg:npm/greet@1.2.0').downloadLocation).toMatch(
      /^git\+file:\/\/\/.*greet\.git@[0-9a-f]{40}$/,
    );
  });

  it('round-trips every lockfile integrity as a SHA512 checksum', () => {
    let checked = 0;
    for (const [key, entry] of Object.entries(lockEntries())) {
      if (!entry.integrity || !key.includes('node_modules/')) continue;
      const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 13);
      expect(pkg(npmPurl(name, entry.version)).checksums, key).toEqual([
        { algorithm: 'SHA512', checksumValue: integrityHex(entry.integrity) },
      ]);
      checked++;
    }
    expect(checked).toBe(13);
  });

  it('declares only valid SPDX expressions and keeps other license text as a comment', () => {
    expect(pkg('pkg:npm/pako@1.0.11').licenseDeclared).toBe('(MIT AND Zlib)');
    expect(pkg('pkg:npm/ms@2.1.3').licenseDeclared).toBe('MIT');
    const jsonify = pkg('pkg:npm/jsonify@0.0.1');
    expect(jsonify.licenseDeclared).toBe('NOASSERTION');
    expect(jsonify.licenseComments).toContain('"Public Domain"');
  });

  it('describes the root, contains the workspace members, and mirrors every edge', () => {
    const idOf = new Map<string, string>();
    for (const p of doc.packages) {
      const purl = purlOf(p);
      if (p.primaryPackagePurpose === 'LIBRARY' && purl) idOf.set(purl, p.SPDXID);
      const dir = /^project directory: ([^;]+);/.exec(p.comment ?? '')?.[1];
      if (dir) idOf.set(`importer:${dir}`, p.SPDXID);
    }
    const root = idOf.get('importer:.')!;
    const rel = (r: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }) =>
      `${r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement}`;
    const expected = [
      `SPDXRef-DOCUMENT DESCRIBES ${root}`,
      `${root} CONTAINS ${idOf.get('importer:packages/a')}`,
      `${root} CONTAINS ${idOf.get('importer:packages/b')}`,
      ...workspace.relationships.map((r) => rel(edgeRelationship(r, idOf.get(r.from)!, idOf.get(r.to)!))),
    ];
    expect(doc.relationships.map(rel).sort()).toEqual(expected.sort());
    // Spot-check the directions the spec defines.
    const all = doc.relationships.map(rel);
    expect(all).toContain(`${idOf.get('pkg:npm/is-number@7.0.0')} DEV_DEPENDENCY_OF ${root}`);
    expect(all).toContain(`${idOf.get('pkg:npm/fsevents@2.3.3')} OPTIONAL_DEPENDENCY_OF ${root}`);
    expect(all).toContain(
      `${idOf.get('pkg:npm/pako@1.0.11')} DEV_DEPENDENCY_OF ${idOf.get('importer:packages/b')}`,
    );
    expect(all).toContain(`${root} DEPENDS_ON ${idOf.get('pkg:npm/ms@2.1.3')}`);
    expect(all).toContain(
      `${idOf.get('pkg:npm/react-dom@18.3.1')} DEPENDS_ON ${idOf.get('pkg:npm/react@18.3.1')}`,
    );
    expect(all).toContain(`${idOf.get('importer:packages/a')} DEPENDS_ON ${idOf.get('importer:packages/b')}`);
  });

  it('writes unresolved components without versionInfo, naming the declared range', async () => {
    const manifestOnly = await renderSpdx(await scanFixture('manifest-only'));
    const unpinned = manifestOnly.packages.find((p) => p.name === '@scope/unpinned')!;
    expect(unpinned.versionInfo).toBeUndefined();
    expect(unpinned.downloadLocation).toBe('NOASSERTION');
    expect(unpinned.comment).toContain('declared range: ^1.0.0');
    expect(purlOf(unpinned)).toBe('pkg:npm/%40scope/unpinned');
  });

  it('keeps SPDXIDs unique when two purls sanitize to the same id', async () => {
    const inv = buildInventory([
      {
        ecosystem: 'npm',
        plugin: 'test/graph',
        source: 'package-lock.json',
        importers: [{ path: '.', name: 'app' }],
        nodes: [
          { id: 'x', ecosystem: 'npm', name: 'a', version: '1.0.0', purl: 'pkg:npm/a@1.0.0' },
          { id: 'y', ecosystem: 'npm', name: 'a-1.0.0', version: null, purl: 'pkg:npm/a-1.0.0' },
        ],
        edges: [
          { from: 'importer:.', to: 'x', kind: 'prod' },
          { from: 'importer:.', to: 'y', kind: 'peer' },
        ],
      },
    ]);
    const result: ScanResult = { ...workspace, ...inv, diagnostics: [] };
    const out = await renderSpdx(result);
    const ids = out.packages.map((p) => p.SPDXID);
    expect(ids).toEqual([
      'SPDXRef-Importer-root',
      'SPDXRef-Package-npm-a-1.0.0',
      'SPDXRef-Package-npm-a-1.0.0-2',
    ]);
    expect(out.relationships.find((r) => r.comment === 'peer dependency')?.relatedSpdxElement).toBe(ids[2]);
  });

  it('refuses a checksum that is not a valid digest', async () => {
    const broken = structuredClone(workspace);
    broken.components[1]!.hashes = [{ alg: 'SHA-1', value: 'abc' }];
    const err = await Promise.resolve()
      .then(() => render(broken, 'spdx', { lang: 'en', color: false }))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).details.join('\n')).toMatch(/checksum SHA1 .* "abc"/);
  });
});
