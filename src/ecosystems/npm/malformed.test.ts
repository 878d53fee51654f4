// Bad and contradictory input, hand-written: broken JSON (reported with its line), unknown
// lockfile versions, wrong shapes, gaps in the lockfile and lockfiles that contradict package.json.
// None of them may crash the scan. Also which files the plugin claims.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../core/plugin.js';
import { walk } from '../../discover/walk.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { claimsNpmLockfile, npmPackageLockPlugin } from './index.js';
import { hashesFromIntegrity } from '../../core/integrity.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-npm-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

async function extract(files: Record<string, string | object>, file = 'package-lock.json') {
  const dir = project(files);
  const ctx = makeContext(dir, await walk(dir), true, 1024 * 1024);
  return npmPackageLockPlugin.extract(file, ctx);
}

async function fileError(files: Record<string, string | object>): Promise<FileError> {
  const err = await extract(files).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileError);
  return err as FileError;
}

const v3 = (packages: object, extra: object = {}) => ({ name: 'p', lockfileVersion: 3, ...extra, packages });

describe('malformed npm lockfiles', () => {
  it('reports invalid JSON with the line where parsing stopped', async () => {
    const text = '{\n  "name": "p",\n  "lockfileVersion": 3\n  "packages": {}\n}\n';
    const err = await fileError({ 'package-lock.json': text });
    expect([err.reason, err.file, err.line]).toEqual(['parse-error', 'package-lock.json', 4]);
  });

  it('reports a truncated lockfile at its last line', async () => {
    const full = JSON.stringify(v3({ '': {}, 'node_modules/a': { version: '1.0.0' } }), null, 2);
    const cut = full.slice(0, full.indexOf('"version"'));
    const err = await fileError({ 'package-lock.json': cut });
    expect([err.reason, err.line]).toEqual(['parse-error', cut.trimEnd().split('\n').length]);
  });

  it('refuses an unknown lockfileVersion, naming the line', async () => {
    const err = await fileError({ 'package-lock.json': v3({}, { lockfileVersion: 4 }) });
    expect([err.reason, err.line, err.detail]).toEqual(['unsupported-version', 3, 'lockfileVersion 4']);
  });

  it('refuses wrong top-level shapes', async () => {
    expect((await fileError({ 'package-lock.json': '[1, 2]' })).reason).toBe('parse-error');
    const err = await fileError({ 'package-lock.json': { lockfileVersion: 3, packages: [] } });
    expect([err.reason, err.detail]).toEqual(['parse-error', '"packages" is not an object']);
  });

  it('skips entries of the wrong shape and fields of the wrong type, keeping the rest', async () => {
    const out = await extract({
      'package-lock.json': v3({
        '': { dependencies: { a: '^1.0.0' } },
        'node_modules/a': { version: 1, license: ['MIT'], dependencies: 'b' },
        'node_modules/bad': 'oops',
      }),
    });
    expect(out.graphs[0]!.nodes.map((n) => [n.id, n.version, n.declaredLicense])).toEqual([
      ['node_modules/a', null, undefined],
    ]);
    expect(out.failures).toEqual([
      {
        file: 'package-lock.json',
        reason: 'parse-error',
        detail: 'entry "node_modules/bad" is not an object',
        line: 17,
      },
    ]);
  });

  it('reports a missing non-optional dependency, not a missing optional one', async () => {
    const out = await extract({
      'package-lock.json': v3({
        '': { dependencies: { a: '^1.0.0' } },
        'node_modules/a': {
          version: '1.0.0',
          dependencies: { gone: '^2.0.0' },
          optionalDependencies: { 'other-platform': '1.0.0' },
          peerDependencies: { 'opt-peer': '*' },
          peerDependenciesMeta: { 'opt-peer': { optional: true } },
        },
      }),
    });
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics![0]).toMatchObject({
      code: 'inventory/missing-dependency',
      params: { file: 'package-lock.json', from: 'node_modules/a', name: 'gone', range: '^2.0.0' },
      location: { file: 'package-lock.json', line: 10 },
    });
    expect(out.graphs[0]!.nodes).toHaveLength(1);
  });

  it('reports a lockfile that contradicts package.json and keeps the locked result', async () => {
    const out = await extract({
      'package.json': { name: 'p', dependencies: { a: '^2.0.0', b: '^1.0.0', c: 'npm:real@^1.0.0' } },
      'package-lock.json': v3({
        '': { dependencies: { a: '^1.0.0', c: 'npm:real@^1.0.0' } },
        'node_modules/a': { version: '1.4.0' },
        'node_modules/c': { name: 'real', version: '1.2.0' },
      }),
    });
    expect(out.failures).toEqual([
      {
        file: 'package-lock.json',
        reason: 'inconsistent',
        detail: 'a is declared in package.json as ^2.0.0 but 1.4.0 is locked',
      },
      {
        file: 'package-lock.json',
        reason: 'inconsistent',
        detail: 'b@^1.0.0 is declared in package.json but not locked',
      },
    ]);
    expect(out.graphs[0]!.nodes.map((n) => `${n.name}@${n.version}`)).toEqual(['a@1.4.0', 'real@1.2.0']);
    expect(out.diagnostics, 'the missing b is reported once, as an inconsistency').toEqual([]);
  });

  it('checks workspace manifests too', async () => {
    const out = await extract({
      'package.json': { name: 'p', workspaces: ['packages/*'] },
      'packages/w/package.json': { name: 'w', dependencies: { a: '^3.0.0' } },
      'package-lock.json': v3({
        '': { workspaces: ['packages/*'] },
        'node_modules/w': { resolved: 'packages/w', link: true },
        'packages/w': { name: 'w', dependencies: { a: '^1.0.0' } },
        'node_modules/a': { version: '1.0.0' },
      }),
    });
    expect(out.failures).toEqual([
      {
        file: 'package-lock.json',
        reason: 'inconsistent',
        detail: 'a is declared in packages/w/package.json as ^3.0.0 but 1.0.0 is locked',
      },
    ]);
    expect(out.graphs[0]!.importers.map((i) => i.path)).toEqual(['.', 'packages/w']);
  });

  it('goes on with the scan and records the failure against the file', async () => {
    const dir = project({
      'broken/package-lock.json': '{ "lockfileVersion": 3, "packages": { ',
      'ok/package-lock.json': v3({
        '': { dependencies: { a: '1.0.0' } },
        'node_modules/a': { version: '1.0.0' },
      }),
    });
    const result = await scan(dir, { plugins: [npmPackageLockPlugin], analyzers: [] });
    expect(result.components.map((c) => c.purl)).toEqual(['pkg:npm/a@1.0.0']);
    expect(result.status.complete).toBe(false);
    expect(result.status.failures).toEqual([
      expect.objectContaining({ file: 'broken/package-lock.json', reason: 'parse-error', line: 1 }),
    ]);
  });
});

describe('npm lockfile claims', () => {
  it('reads only npm-shrinkwrap.json in a scan of a folder that has both', async () => {
    const lock = (version: string) =>
      v3({ '': { dependencies: { a: version } }, 'node_modules/a': { version } });
    const dir = project({ 'npm-shrinkwrap.json': lock('2.0.0'), 'package-lock.json': lock('1.0.0') });
    const result = await scan(dir, { plugins: [npmPackageLockPlugin], analyzers: [] });
    expect(result.projects.map((p) => p.source)).toEqual(['npm-shrinkwrap.json']);
    expect(result.components.map((c) => c.purl)).toEqual(['pkg:npm/a@2.0.0']);
  });

  const tree = (...files: string[]) => ({ hasFile: (p: string) => files.includes(p) });

  it('claims package-lock.json and npm-shrinkwrap.json outside node_modules', () => {
    expect(claimsNpmLockfile('package-lock.json', tree())).toBe(true);
    expect(claimsNpmLockfile('a/b/npm-shrinkwrap.json', tree())).toBe(true);
    expect(claimsNpmLockfile('node_modules/x/package-lock.json', tree())).toBe(false);
    expect(claimsNpmLockfile('node_modules/.package-lock.json', tree())).toBe(false);
    expect(claimsNpmLockfile('yarn.lock', tree())).toBe(false);
  });

  it('prefers npm-shrinkwrap.json where a folder has both, as npm does', () => {
    expect(claimsNpmLockfile('a/package-lock.json', tree('a/npm-shrinkwrap.json'))).toBe(false);
    expect(claimsNpmLockfile('package-lock.json', tree('npm-shrinkwrap.json'))).toBe(false);
    expect(claimsNpmLockfile('package-lock.json', tree('a/npm-shrinkwrap.json'))).toBe(true);
  });
});

describe('SRI integrity', () => {
  it('decodes several algorithms and drops malformed digests', () => {
    // sha1("abc") = a9993e36…, written as SRI by hand.
    expect(hashesFromIntegrity('sha1-qZk+NkcGgWq6PiVxeFDCbJzQ2J0= sha512-short== md4-AAAA')).toEqual([
      { alg: 'SHA-1', value: 'a9993e364706816aba3e25717850c26c9cd0d89d' },
    ]);
  });
});

describe('lockfileVersion 1 without package.json', () => {
  it('takes the top-level packages as the root dependencies, by their flags', async () => {
    const out = await extract({
      'package-lock.json': {
        name: 'p',
        lockfileVersion: 1,
        requires: true,
        dependencies: {
          a: { version: '1.0.0', requires: { b: '^2.0.0' } },
          b: { version: '2.1.0' },
          d: { version: '3.0.0', dev: true },
          o: { version: '4.0.0', optional: true },
        },
      },
    });
    const rootEdges = out.graphs[0]!.edges.filter((e) => e.from === 'importer:.');
    expect(rootEdges.map((e) => `${e.to} ${e.kind}`).sort()).toEqual([
      'node_modules/a prod',
      'node_modules/b prod',
      'node_modules/d dev',
      'node_modules/o optional',
    ]);
    expect(out.failures).toEqual([]);
  });
});

describe('lockfile layout', () => {
  it('finds entry lines with tab indentation and CRLF line ends, as npm keeps a tab-indented project', async () => {
    const text = JSON.stringify(
      v3({
        '': { dependencies: { a: '1.0.0' } },
        'node_modules/a': { version: '1.0.0', dependencies: { b: '*' } },
        'node_modules/b': { version: '2.0.0' },
      }),
      null,
      '\t',
    ).replace(/\n/g, '\r\n');
    const out = await extract({ 'package-lock.json': text });
    const lines = text.split('\r\n');
    for (const n of out.graphs[0]!.nodes)
      expect(lines[n.location!.line! - 1]).toBe(`\t\t${JSON.stringify(n.id)}: {`);
    expect(out.graphs[0]!.nodes.map((n) => n.location?.line)).toEqual([10, 16]);
  });

  it('still reads a minified lockfile, without lines', async () => {
    const out = await extract({
      'package-lock.json': JSON.stringify(
        v3({ '': { dependencies: { a: '1.0.0' } }, 'node_modules/a': { version: '1.0.0' } }),
      ),
    });
    expect(out.graphs[0]!.nodes.map((n) => n.location)).toEqual([{ file: 'package-lock.json' }]);
  });
});
