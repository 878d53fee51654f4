// Bad yarn.lock input (hand-written): each problem becomes a failure naming the file and line,
// the scan never crashes, and whatever can still be read is kept.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { yarnLockPlugin } from './index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scanFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-yarn-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const result = await scan(dir, { plugins: [yarnLockPlugin], analyzers: [] });
  return {
    failures: result.status.failures,
    components: result.components,
    complete: result.status.complete,
    diagnostics: result.diagnostics,
  };
}

const V1 = '# yarn lockfile v1\n\n';
const rootManifest = (deps: Record<string, string>) =>
  JSON.stringify({ name: 'r', version: '1.0.0', dependencies: deps });

describe('malformed classic yarn.lock', () => {
  it('reports bad indentation at its line', async () => {
    const r = await scanFiles({ 'yarn.lock': `${V1}ms@^2.1.3:\n   version "2.1.3"\n` });
    expect(r.failures).toMatchObject([{ file: 'yarn.lock', line: 4, reason: 'parse-error' }]);
    expect(r.complete).toBe(false);
  });

  it('reports an unterminated string at its line', async () => {
    const r = await scanFiles({ 'yarn.lock': `${V1}ms@^2.1.3:\n  version "2.1.3"\n  resolved "https://x\n` });
    expect(r.failures).toMatchObject([{ file: 'yarn.lock', line: 5, reason: 'parse-error' }]);
  });

  it('skips an entry without a version, keeps the others', async () => {
    const r = await scanFiles({
      'package.json': rootManifest({ ms: '^2.1.3', debug: '^4' }),
      'yarn.lock': `${V1}debug@^4:\n  resolved "https://x/debug.tgz"\n\nms@^2.1.3:\n  version "2.1.3"\n`,
    });
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'yarn.lock', line: 3, reason: 'parse-error' }),
    );
    expect(r.components.map((c) => `${c.name}@${c.version}`)).toEqual(['ms@2.1.3']);
  });

  it('reports a declared range the lockfile does not hold as inconsistent, naming the manifest', async () => {
    const r = await scanFiles({
      'package.json': rootManifest({ ms: '^2.1.3', left: '^1' }),
      'yarn.lock': `${V1}ms@^2.1.3:\n  version "2.1.3"\n  dependencies:\n    gone "^1.0.0"\n`,
    });
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'package.json', reason: 'inconsistent' }),
    );
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'yarn.lock', line: 6, reason: 'inconsistent' }),
    );
    expect(r.components.map((c) => c.name)).toEqual(['ms']);
  });

  it('warns about an entry nothing depends on, without failing the scan', async () => {
    const r = await scanFiles({
      'package.json': rootManifest({ ms: '^2.1.3' }),
      'yarn.lock': `${V1}left-pad@^1:\n  version "1.3.0"\n\nms@^2.1.3:\n  version "2.1.3"\n`,
    });
    expect(r.failures).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.diagnostics).toMatchObject([
      { code: 'file/inconsistent', severity: 'warning', location: { file: 'yarn.lock', line: 3 } },
    ]);
    expect(r.components.find((c) => c.name === 'left-pad')?.properties?.extraneous).toBe(true);
  });

  it('without package.json, says so and treats the top of the graph as prod', async () => {
    const r = await scanFiles({
      'yarn.lock': `${V1}a@^1:\n  version "1.0.0"\n  dependencies:\n    b "^1"\n\nb@^1:\n  version "1.1.0"\n`,
    });
    expect(r.failures).toMatchObject([{ file: 'package.json', reason: 'unreadable' }]);
    expect(r.components.map((c) => [c.name, c.scopes, c.direct])).toEqual([
      ['a', ['prod'], true],
      ['b', ['prod'], false],
    ]);
  });

  it('reports a dependencies field that is not a block', async () => {
    const r = await scanFiles({ 'yarn.lock': `${V1}ms@^2.1.3:\n  version "2.1.3"\n  dependencies "x"\n` });
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'yarn.lock', line: 5, reason: 'parse-error' }),
    );
  });

  it('reports a package.json that is not JSON at its line, and still reads the lockfile', async () => {
    const r = await scanFiles({
      'package.json': '{\n  "name": "r",\n  oops\n}\n',
      'yarn.lock': `${V1}ms@^2.1.3:\n  version "2.1.3"\n`,
    });
    expect(r.failures).toMatchObject([{ file: 'package.json', line: 3, reason: 'parse-error' }]);
    expect(r.components.map((c) => c.name)).toEqual(['ms']);
  });

  it('reports a broken workspace package.json and keeps the other importers', async () => {
    const r = await scanFiles({
      'package.json': JSON.stringify({
        name: 'r',
        workspaces: ['packages/*'],
        dependencies: { ms: '^2.1.3' },
      }),
      'packages/a/package.json': '{ "name": ',
      'yarn.lock': `${V1}ms@^2.1.3:\n  version "2.1.3"\n`,
    });
    expect(r.failures).toMatchObject([{ file: 'packages/a/package.json', reason: 'parse-error' }]);
    expect(r.components.map((c) => [c.name, c.scopes])).toEqual([['ms', ['prod']]]);
  });
});

describe('malformed Berry yarn.lock', () => {
  const META = '__metadata:\n  version: 8\n  cacheKey: 10c0\n\n';
  const ws =
    '"r@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "r@workspace:."\n  dependencies:\n    ms: "npm:^2.1.3"\n  languageName: unknown\n  linkType: soft\n\n';

  it('reports a YAML syntax error at its line', async () => {
    const r = await scanFiles({
      'yarn.lock': `${META}"ms@npm:^2.1.3":\n  version: 2.1.3\n  version: 2.1.4\n  x: y\n`,
    });
    expect(r.failures).toMatchObject([{ file: 'yarn.lock', reason: 'parse-error' }]);
    expect(r.failures[0]!.line).toBe(7);
  });

  it('refuses an unknown __metadata.version, pointing at __metadata', async () => {
    const r = await scanFiles({ 'yarn.lock': `# c\n__metadata:\n  version: 99\n` });
    expect(r.failures).toMatchObject([{ file: 'yarn.lock', line: 2, reason: 'unsupported-version' }]);
  });

  it('reports an entry without resolution and a dependency with no entry, keeping the rest', async () => {
    const r = await scanFiles({
      'package.json': JSON.stringify({ name: 'r', dependencies: { ms: '^2.1.3' } }),
      'yarn.lock': `${META}${ws}"ms@npm:^2.1.3":\n  version: 2.1.3\n  resolution: "ms@npm:2.1.3"\n  dependencies:\n    gone: "npm:^1"\n\n"bad@npm:^1":\n  version: 1.0.0\n`,
    });
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'yarn.lock', line: 13, reason: 'inconsistent' }),
    );
    expect(r.failures).toContainEqual(
      expect.objectContaining({ file: 'yarn.lock', line: 19, reason: 'parse-error' }),
    );
    expect(r.components.map((c) => [c.name, c.version, c.scopes])).toEqual([['ms', '2.1.3', ['prod']]]);
  });

  it('reports a dependencies field of the wrong shape', async () => {
    const r = await scanFiles({
      'yarn.lock': `${META}"ms@npm:^2.1.3":\n  version: 2.1.3\n  resolution: "ms@npm:2.1.3"\n  dependencies: [a]\n`,
    });
    expect(r.failures).toContainEqual(
      expect.objectContaining({
        line: 5,
        reason: 'parse-error',
        detail: expect.stringContaining('dependencies'),
      }),
    );
  });

  it('does not claim yarn.lock under node_modules', () => {
    expect(
      yarnLockPlugin.claims('node_modules/x/yarn.lock', { hasFile: () => false, hasDir: () => false }),
    ).toBe(false);
    expect(yarnLockPlugin.claims('app/yarn.lock', { hasFile: () => false, hasDir: () => false })).toBe(true);
  });
});
