// Bad and unusual input, written by hand: malformed JSON5 names the file and line, unknown
// lockfile versions are refused, empty `name` falls back to the key, npm-registry entries keep
// npm purls, manifests without a lockfile give unresolved components, and the scan goes on.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { ohpmLockPlugin, ohpmManifestPlugin } from './index.js';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ohpm-'));
  for (const [p, text] of Object.entries(files)) {
    await mkdir(join(root, p, '..'), { recursive: true });
    await writeFile(join(root, p), text);
  }
  return root;
}
const run = (root: string) => scan(root, { plugins: [ohpmLockPlugin, ohpmManifestPlugin], analyzers: [] });

describe('ohpm bad input', () => {
  it('reports malformed JSON5 with file and line, and still reads the other module', async () => {
    const root = await tree({
      'a/oh-package-lock.json5':
        '{\n  "lockfileVersion": 3,\n  "packages": {\n    "x@1.0.0": { name: "x" version: "1" }\n  }\n}',
      'b/oh-package-lock.json5':
        '{ lockfileVersion: 3, packages: { "y@2.0.0": { name: "y", version: "2.0.0", }, }, // ok\n}',
    });
    const r = await run(root);
    expect(r.status.failures).toMatchObject([
      { file: 'a/oh-package-lock.json5', line: 4, reason: 'parse-error' },
    ]);
    expect(r.components.map((c) => c.purl)).toEqual(['pkg:ohpm/y@2.0.0']);
  });

  it('refuses an unknown lockfileVersion', async () => {
    const r = await run(await tree({ 'oh-package-lock.json5': '{ lockfileVersion: 9, packages: {} }' }));
    expect(r.status.failures).toMatchObject([{ reason: 'unsupported-version', detail: 'lockfileVersion 9' }]);
  });

  it('takes the name from the key when an entry has an empty name; npm registry entries are npm purls', async () => {
    const r = await run(
      await tree({
        'oh-package-lock.json5': JSON.stringify({
          lockfileVersion: 3,
          specifiers: { '@ohos/lottie@^2.0.0': '@ohos/lottie@2.0.10', 'lodash@^4.17.21': 'lodash@4.17.21' },
          packages: {
            '@ohos/lottie@2.0.10': { name: '', version: '2.0.10', registryType: 'ohpm' },
            'lodash@4.17.21': { name: 'lodash', version: '4.17.21', registryType: 'npm' },
          },
        }),
        'oh-package.json5':
          '{ dependencies: { "@ohos/lottie": "^2.0.0", lodash: "^4.17.21", gone: "^1.0.0" } }',
      }),
    );
    expect(r.components.map((c) => c.purl).sort()).toEqual([
      'pkg:npm/lodash@4.17.21',
      'pkg:ohpm/%40ohos/lottie@2.0.10',
    ]);
    expect(
      r.diagnostics.filter((d) => d.code === 'inventory/missing-dependency').map((d) => d.params.name),
    ).toEqual(['gone']);
  });

  it('a manifest without a lockfile gives unresolved components with their ranges', async () => {
    const r = await run(
      await tree({
        'oh-package.json5':
          '// app\n{\n  name: "app",\n  devDependencies: { "@ohos/hypium": "1.0.6", },\n  dynamicDependencies: { dyn: "file:../dyn" },\n}',
      }),
    );
    expect(r.components.map((c) => [c.purl, c.version, c.range, c.scopes.join()])).toEqual([
      ['pkg:ohpm/%40ohos/hypium', null, '1.0.6', 'dev'],
      ['pkg:ohpm/dyn', null, 'file:../dyn', 'prod,optional'],
    ]);
    expect(r.diagnostics.some((d) => d.code === 'inventory/unresolved')).toBe(true);
  });

  it('a manifest that is not an object is a parse error naming the file', async () => {
    const r = await run(await tree({ 'm/oh-package.json5': '[1, 2]' }));
    expect(r.status.failures).toMatchObject([{ file: 'm/oh-package.json5', reason: 'parse-error' }]);
  });
});

describe('ohpm parameterFile (ohpm ≥ 1.6)', () => {
  const files = {
    'oh-package.json5': '{ modelVersion: "5.0.0", parameterFile: "./parameterFile/parameterFile.json5" }',
    'parameterFile/parameterFile.json5':
      '{ version: "1.0.0", dependencies: { libtest1: "1.0.1", libnative: "../libnative" }, devDependencies: { libtest2: "*" } }',
    'entry/oh-package.json5':
      '{\n  name: "entry",\n  version: "@param:version",\n  dependencies: { libtest1: "@param:dependencies.libtest1", libnative: "@param:dependencies.libnative" },\n  devDependencies: { libtest2: "@param:devDependencies.libtest2" },\n  dynamicDependencies: { missing: "@param:dynamicDependencies.missing" },\n}',
  };

  it('substitutes @param: values, local paths relative to the parameter file, and reports unknown ones', async () => {
    const r = await run(await tree(files));
    const entry = r.projects.find((p) => p.source === 'entry/oh-package.json5')!;
    expect(entry.importers[0]).toMatchObject({ name: 'entry', version: '1.0.0' });
    const ranges = Object.fromEntries(
      r.components
        .filter((c) => c.locations.some((l) => l.file === 'entry/oh-package.json5'))
        .map((c) => [c.name, c.range]),
    );
    expect(ranges).toEqual({ libtest1: '1.0.1', libnative: 'file:../libnative', libtest2: '*' });
    expect(r.status.failures).toMatchObject([
      { file: 'entry/oh-package.json5', line: 6, reason: 'parse-error' },
    ]);
    expect(r.status.failures[0]!.detail).toContain('@param:dynamicDependencies.missing');
  });
});
