// The CycloneDX reporter over real npm fixtures: documents validate against the official 1.6 and
// 1.7 schemas (checked here again with the library's validator, independently of the reporter),
// carry every component, hash, purl and edge of the scan, and an invalid document is refused.
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import { fixturePath, integrityHex, lockEntries, scanFixture } from '../__fixtures__/scan-fixture.js';
import { render } from '../render.js';
import { CDX_NPM, STEWARD_PROPERTY } from './properties.js';
import { validateCycloneDx } from './render-bom.js';

interface Prop {
  name: string;
  value: string;
}
interface Cdx {
  specVersion: string;
  serialNumber: string;
  metadata: {
    timestamp: string;
    tools: { components: { name: string; version: string }[] };
    component?: { 'bom-ref': string; name: string; type: string };
  };
  components: {
    'bom-ref': string;
    type: string;
    name: string;
    group?: string;
    version?: string;
    purl?: string;
    scope?: string;
    hashes?: { alg: string; content: string }[];
    licenses?: Record<string, unknown>[];
    externalReferences?: { type: string; url: string }[];
    properties?: Prop[];
  }[];
  dependencies: { ref: string; dependsOn?: string[] }[];
}

const VERSIONS = ['1.6', '1.7'] as const;
const renderCdx = async (result: ScanResult, specVersion?: string) =>
  render(result, 'cyclonedx', { lang: 'en', color: false, ...(specVersion ? { specVersion } : {}) });

async function assertValid(text: string, version: '1.6' | '1.7'): Promise<void> {
  const v = version === '1.6' ? Spec.Version.v1dot6 : Spec.Version.v1dot7;
  expect(await new Validation.JsonValidator(v).validate(text)).toBeNull();
}

const props = (c: Cdx['components'][number], name: string) =>
  (c.properties ?? []).filter((p) => p.name === name).map((p) => p.value);

describe('cyclonedx reporter', () => {
  let workspace: ScanResult;
  let manifestOnly: ScanResult;
  const docs = new Map<string, Cdx>();
  const byPurl = (version: string, purl: string) =>
    docs.get(version)!.components.find((c) => c.purl === purl)!;

  beforeAll(async () => {
    workspace = await scanFixture('workspace-npm');
    manifestOnly = await scanFixture('manifest-only');
    for (const v of VERSIONS) {
      const text = await renderCdx(workspace, v);
      await assertValid(text, v);
      docs.set(v, JSON.parse(text) as Cdx);
    }
  });

  it('writes CycloneDX 1.6 by default and 1.7 on request, both schema-valid', async () => {
    const text = await renderCdx(workspace);
    await assertValid(text, '1.6');
    expect((JSON.parse(text) as Cdx).specVersion).toBe('1.6');
    expect(docs.get('1.7')!.specVersion).toBe('1.7');
    for (const v of VERSIONS) expect(docs.get(v)!.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it('describes the root project and names steward as the tool', () => {
    const doc = docs.get('1.6')!;
    expect(doc.metadata.component).toMatchObject({
      'bom-ref': 'importer:.',
      name: 'fixture-root',
      type: 'application',
    });
    expect(doc.metadata.tools.components).toEqual([
      { type: 'application', name: 'steward', version: workspace.tool.version },
    ]);
    expect(doc.metadata.timestamp).toBe(workspace.startedAt);
    const apps = doc.components
      .filter((c) => c.type === 'application')
      .map((c) => [c['bom-ref'], c.group, c.name]);
    expect(apps).toEqual([
      ['importer:packages/a', '@fixture', 'a'],
      ['importer:packages/b', '@fixture', 'b'],
    ]);
  });

  it('has one library component per scanned component, keyed and identified by purl', () => {
    for (const v of VERSIONS) {
      const libs = docs.get(v)!.components.filter((c) => c.type === 'library');
      expect(libs.map((c) => c['bom-ref']).sort()).toEqual(workspace.components.map((c) => c.purl).sort());
      for (const c of libs) expect(c.purl).toBe(c['bom-ref']);
    }
    expect(byPurl('1.6', 'pkg:npm/%40isaacs/string-locale-compare@1.1.0')).toMatchObject({
      group: '@isaacs',
      name: 'string-locale-compare',
      version: '1.1.0',
    });
  });

  it('maps scopes: prod → required, optional-only → optional, dev-only → excluded', () => {
    expect(byPurl('1.6', 'pkg:npm/ms@2.1.3').scope).toBe('required');
    expect(byPurl('1.6', 'pkg:npm/react@18.3.1').scope).toBe('required');
    expect(props(byPurl('1.6', 'pkg:npm/react@18.3.1'), 'steward:scope')).toEqual(['peer', 'prod']);
    const fsevents = byPurl('1.6', 'pkg:npm/fsevents@2.3.3');
    expect(fsevents.scope).toBe('optional');
    expect(props(fsevents, 'cdx:npm:package:constraint:os')).toEqual(['darwin']);
    const pako = byPurl('1.6', 'pkg:npm/pako@1.0.11');
    expect(pako.scope).toBe('excluded');
    expect(props(pako, 'cdx:npm:package:development')).toEqual(['true']);
    expect(props(pako, 'steward:workspace')).toEqual(['packages/b;scopes=dev;direct=true']);
  });

  it('round-trips every lockfile integrity as a SHA-512 hash', () => {
    const lock = lockEntries();
    let checked = 0;
    for (const [key, entry] of Object.entries(lock)) {
      if (!entry.integrity || !key.includes('node_modules/')) continue;
      const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 13);
      const c = docs
        .get('1.7')!
        .components.find(
          (x) =>
            x.type === 'library' &&
            x.version === entry.version &&
            `${x.group ? x.group + '/' : ''}${x.name}` === name,
        )!;
      expect(c.hashes, key).toEqual([{ alg: 'SHA-512', content: integrityHex(entry.integrity) }]);
      checked++;
    }
    expect(checked).toBe(13);
  });

  it('records licenses, sources, aliases and lockfile lines', () => {
    expect(byPurl('1.6', 'pkg:npm/ms@2.1.3').licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(byPurl('1.6', 'pkg:npm/pako@1.0.11').licenses).toEqual([{ expression: '(MIT AND Zlib)' }]);
    expect(byPurl('1.6', 'pkg:npm/jsonify@0.0.1').licenses).toEqual([{ license: { name: 'Public Domain' } }]);
    expect(byPurl('1.6', 'pkg:npm/greet@1.2.0').externalReferences).toMatchObject([
      { type: 'vcs', url: expect.stringMatching(/^git\+file:.*greet\.git#[0-9a-f]{40}$/) },
    ]);
    expect(byPurl('1.6', 'pkg:npm/ms@2.0.0').externalReferences).toMatchObject([
      { type: 'distribution', url: 'https://registry.npmjs.org/ms/-/ms-2.0.0.tgz' },
    ]);
    expect(props(byPurl('1.6', 'pkg:npm/lodash.noop@3.0.1'), 'steward:alias')).toEqual(['noop3']);
    const lines = readFileSync(fixturePath('workspace-npm', 'package-lock.json'), 'utf8').split('\n');
    const [loc] = props(byPurl('1.6', 'pkg:npm/ms@2.0.0'), 'steward:location');
    const line = Number(loc!.split(':')[1]);
    expect(loc!.startsWith('package-lock.json:')).toBe(true);
    expect(lines[line - 1]).toContain('"packages/a/node_modules/ms": {');
  });

  it('has dependencies exactly matching the scan relationships, naming only known refs', () => {
    for (const v of VERSIONS) {
      const doc = docs.get(v)!;
      const refs = new Set([doc.metadata.component!['bom-ref'], ...doc.components.map((c) => c['bom-ref'])]);
      const edges = doc.dependencies.flatMap((d) => (d.dependsOn ?? []).map((to) => `${d.ref} -> ${to}`));
      expect(edges.sort()).toEqual(workspace.relationships.map((r) => `${r.from} -> ${r.to}`).sort());
      for (const d of doc.dependencies) {
        expect(refs.has(d.ref), d.ref).toBe(true);
        for (const to of d.dependsOn ?? []) expect(refs.has(to), to).toBe(true);
      }
      expect(doc.dependencies.map((d) => d.ref).sort()).toEqual([...refs].sort());
    }
  });

  it('writes unresolved components without a version and with their declared range', async () => {
    for (const v of VERSIONS) {
      const text = await renderCdx(manifestOnly, v);
      await assertValid(text, v);
      const doc = JSON.parse(text) as Cdx;
      const unpinned = doc.components.find((c) => c.name === 'unpinned')!;
      expect(unpinned).toMatchObject({
        group: '@scope',
        purl: 'pkg:npm/%40scope/unpinned',
        scope: 'required',
      });
      expect(unpinned.version).toBeUndefined();
      expect(props(unpinned, 'steward:range')).toEqual(['^1.0.0']);
      expect(doc.components.find((c) => c.name === 'typescript')!.scope).toBe('excluded');
    }
  });

  it('is deterministic apart from the serial number', async () => {
    const strip = (t: string) => t.replace(/"serialNumber": "[^"]+"/, '');
    expect(strip(await renderCdx(workspace, '1.7'))).toBe(strip(await renderCdx(workspace, '1.7')));
  });

  it('refuses a component whose hash is not a valid digest', async () => {
    const broken = structuredClone(workspace);
    broken.components[0]!.hashes = [{ alg: 'SHA-256', value: 'not-a-digest' }];
    const err = await renderCdx(broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).details.join('\n')).toContain(broken.components[0]!.purl);
  });

  it('refuses a document the schema rejects', async () => {
    const doc = docs.get('1.6')!;
    const tampered = structuredClone(doc);
    tampered.components.find((c) => c.hashes)!.hashes![0]!.content = 'zz';
    await expect(validateCycloneDx(JSON.stringify(tampered), '1.6')).rejects.toBeInstanceOf(ReportError);
    await expect(validateCycloneDx(JSON.stringify(doc), '1.6')).resolves.toBeUndefined();
  });

  it('refuses a relationship to a ref that is not in the scan', async () => {
    const broken = structuredClone(workspace);
    broken.relationships.push({ from: 'importer:.', to: 'pkg:npm/ghost@1.0.0', kind: 'prod' });
    await expect(renderCdx(broken)).rejects.toThrow(ReportError);
  });

  it('documents every property name it can write', () => {
    const doc = readFileSync(new URL('../../../docs/json-schema.md', import.meta.url), 'utf8');
    for (const name of [...Object.values(STEWARD_PROPERTY), ...Object.values(CDX_NPM), 'steward:hash'])
      expect(doc, `${name} missing from docs/json-schema.md`).toContain(`\`${name}\``);
  });

  it('rejects a spec version it does not write', async () => {
    await expect(renderCdx(workspace, '1.5')).rejects.toThrow(/1\.5/);
  });
});
