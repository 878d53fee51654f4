// Bad input never crashes the scan: broken or truncated YAML, unknown versions, wrong shapes,
// dangling references and lockfiles that contradict package.json become failures naming the
// file (and line), with whatever could still be read kept. Inputs are hand-written on purpose.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileError } from '../../core/plugin.js';
import { makeContext } from '../../pipeline/context.js';
import { scan } from '../../pipeline/scan.js';
import { pnpmLockPlugin } from './index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-pnpm-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const extract = (dir: string, file = 'pnpm-lock.yaml') =>
  pnpmLockPlugin.extract(
    file,
    makeContext(dir, { hasFile: () => false, hasDir: () => false }, true, 1 << 26),
  );

async function fileError(dir: string): Promise<FileError> {
  const err = await extract(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileError);
  return err as FileError;
}

const GOOD_V9 = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      is-odd:
        specifier: 3.0.1
        version: 3.0.1

packages:

  is-number@6.0.0:
    resolution: {integrity: sha512-Wu1VHeILBK8KAWJUAiSZQX94GmOE45Rg6/538fKwiloUu21KncEkYGPqob2oSZ5mUT73vLGrHQjKw3KMPwfDzg==}

  is-odd@3.0.1:
    resolution: {integrity: sha512-CQpnWPrDwmP1+SMHXZhtLtJv90yiyVfluGsX5iNCVkrhQtU3TQHsUWPG9wkdk9Lgd5yNpAg9jQEo90CBaXgWMA==}

snapshots:

  is-number@6.0.0: {}

  is-odd@3.0.1:
    dependencies:
      is-number: 6.0.0
`;

describe('pnpm-lock.yaml that cannot be used', () => {
  it('reports invalid YAML with the line of the error', async () => {
    const dir = project({
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: [a, b\n",
    });
    const err = await fileError(dir);
    expect([err.reason, err.file]).toEqual(['parse-error', 'pnpm-lock.yaml']);
    expect(err.line).toBeGreaterThanOrEqual(4);
    expect(err.line).toBeLessThanOrEqual(5);
  });

  it('reports a truncated lockfile near the cut', async () => {
    const lines = GOOD_V9.split('\n');
    const cut = lines.findIndex((l) => l.includes('is-odd@3.0.1:') && l.startsWith('  is-odd')) + 2; // 1-based line after
    const truncated = lines.slice(0, cut - 1).join('\n') + '\n    resolution: {integrity: sha512-CQpn';
    const err = await fileError(project({ 'pnpm-lock.yaml': truncated }));
    expect(err.reason).toBe('parse-error');
    expect(err.line).toBeGreaterThanOrEqual(cut);
    expect(err.line).toBeLessThanOrEqual(cut + 1);
  });

  it('refuses lockfile versions it does not know, naming the version and its line', async () => {
    const err = await fileError(
      project({ 'pnpm-lock.yaml': '# old\nlockfileVersion: 5.4\nspecifiers: {}\n' }),
    );
    expect([err.reason, err.detail, err.line]).toEqual(['unsupported-version', 'lockfileVersion 5.4', 2]);
    const none = await fileError(project({ 'pnpm-lock.yaml': 'importers: {}\n' }));
    expect([none.reason, none.detail]).toEqual(['unsupported-version', 'no lockfileVersion']);
  });

  it('refuses documents of the wrong shape', async () => {
    for (const text of [
      '',
      '- a\n- b\n',
      "lockfileVersion: '9.0'\nimporters: [a]\n",
      "lockfileVersion: '9.0'\npackages: 3\n",
    ]) {
      const err = await fileError(project({ 'pnpm-lock.yaml': text }));
      expect(err.reason, JSON.stringify(text)).toBe('parse-error');
    }
  });
});

describe('pnpm-lock.yaml that can be partly used', () => {
  it('skips malformed entries and dangling references, keeping the rest', async () => {
    const text = GOOD_V9.replace('  is-number@6.0.0: {}', '  is-number@6.0.0: oops').concat(
      '\n  broken@1.0.0:\n    dependencies:\n      missing: 9.9.9\n',
    );
    const out = await extract(project({ 'pnpm-lock.yaml': text }));
    expect(out.graphs[0]!.nodes.map((n) => n.id).sort()).toEqual(['broken@1.0.0', 'is-odd@3.0.1']);
    const failures = (out.failures ?? []).map((f) => [f.reason, f.file, f.line, f.detail]);
    const lines = text.split('\n');
    const lineOf = (s: string, nth = 1) => lines.findIndex((l, i) => l === s && --nth === 0 && i >= 0) + 1;
    expect(failures).toContainEqual([
      'parse-error',
      'pnpm-lock.yaml',
      lineOf('  is-number@6.0.0: oops'),
      'snapshots.is-number@6.0.0: not a mapping',
    ]);
    expect(failures).toContainEqual([
      'parse-error',
      'pnpm-lock.yaml',
      lineOf('  is-odd@3.0.1:', 2),
      'is-odd@3.0.1: is-number@6.0.0 has no snapshot',
    ]);
    expect(failures).toContainEqual([
      'parse-error',
      'pnpm-lock.yaml',
      lineOf('  broken@1.0.0:'),
      'broken@1.0.0: missing@9.9.9 has no snapshot',
    ]);
  });

  it('reports importers that contradict their package.json as inconsistent and keeps the results', async () => {
    const dir = project({
      'pnpm-lock.yaml': GOOD_V9,
      'package.json': JSON.stringify({ name: 'app', dependencies: { 'is-odd': '^3.0.0', chalk: '4.1.2' } }),
    });
    const out = await extract(dir);
    expect(out.graphs[0]!.nodes).toHaveLength(2);
    expect(out.failures).toEqual([
      {
        file: 'pnpm-lock.yaml',
        line: 5,
        reason: 'inconsistent',
        detail:
          'package.json: dependencies.is-odd is ^3.0.0 in package.json but 3.0.1 in the lockfile; dependencies.chalk (4.1.2) is not in the lockfile',
      },
    ]);
  });

  it('accepts a package.json that agrees, including peers pnpm installed for the importer', async () => {
    const dir = project({
      'pnpm-lock.yaml': GOOD_V9,
      'package.json': JSON.stringify({ name: 'app', peerDependencies: { 'is-odd': '3.0.1' } }),
    });
    expect((await extract(dir)).failures).toBeUndefined();
  });

  it('accepts specifiers rewritten by overrides and link: dependencies left out by excludeLinksFromLockfile', async () => {
    const lock = GOOD_V9.replace(
      'importers:',
      'settings:\n  excludeLinksFromLockfile: true\n\noverrides:\n  is-odd: 3.0.1\n\nimporters:',
    );
    const manifest = { name: 'app', dependencies: { 'is-odd': '^3.0.0', x: 'link:./x' } };
    const dir = project({ 'pnpm-lock.yaml': lock, 'package.json': JSON.stringify(manifest) });
    expect((await extract(dir)).failures).toBeUndefined();
    const plain = project({ 'pnpm-lock.yaml': GOOD_V9, 'package.json': JSON.stringify(manifest) });
    expect((await extract(plain)).failures?.map((f) => f.reason)).toEqual(['inconsistent']);
  });
});

describe('unusual but valid text', () => {
  it('reads CRLF line endings and a byte-order mark, with the same lines', async () => {
    const text = '\ufeff' + GOOD_V9.replace(/\n/g, '\r\n');
    const out = await extract(project({ 'pnpm-lock.yaml': text }));
    const isOdd = out.graphs[0]!.nodes.find((n) => n.name === 'is-odd')!;
    expect(isOdd.location?.line).toBe(GOOD_V9.split('\n').indexOf('  is-odd@3.0.1:') + 1);
    expect(out.graphs[0]!.edges).toHaveLength(2);
  });

  it('lists at most 20 malformed entries and counts the rest', async () => {
    const many = Array.from({ length: 30 }, (_, i) => `  bad${i}@1.0.0: nope\n`).join('');
    const out = await extract(project({ 'pnpm-lock.yaml': GOOD_V9 + many }));
    expect(out.failures).toHaveLength(21);
    expect(out.failures![20]!.detail).toBe('10 more malformed entries');
    expect(out.graphs[0]!.nodes).toHaveLength(2);
  });
});

describe('a scan with a broken pnpm lockfile', () => {
  it('records the failure and still inventories the other projects', async () => {
    const good = readFileSync(
      new URL('./__fixtures__/single-pnpm11/pnpm-lock.yaml', import.meta.url),
      'utf8',
    );
    const dir = project({
      'good/pnpm-lock.yaml': good,
      'bad/pnpm-lock.yaml': "lockfileVersion: '9.0'\nimporters:\n  .: {dependencies: {\n",
      'good/node_modules/x/pnpm-lock.yaml': 'not claimed: true\n',
    });
    const result = await scan(dir, { plugins: [pnpmLockPlugin], analyzers: [] });
    expect(result.status.complete).toBe(false);
    expect(result.status.failures.map((f) => [f.file, f.reason, f.plugin])).toEqual([
      ['bad/pnpm-lock.yaml', 'parse-error', 'pnpm/pnpm-lock'],
    ]);
    expect(result.components.map((c) => c.name)).toContain('chalk');
    expect(result.projects.map((p) => p.source)).toEqual(['good/pnpm-lock.yaml']);
  });
});

describe('YAML aliases', () => {
  it('reads a mapping repeated through aliases once and says so, instead of multiplying the graph', async () => {
    const deps = Array.from({ length: 50 }, (_, i) => `      d${i}: 1.0.0`).join('\n');
    const many = Array.from({ length: 50 }, (_, i) => `  p${i}@1.0.0:\n    dependencies: *deps`).join('\n');
    const text = `lockfileVersion: '9.0'\nimporters:\n  .: {}\npackages: {}\nsnapshots:\n  base@1.0.0:\n    dependencies: &deps\n${deps}\n${many}\n`;
    const out = await extract(project({ 'pnpm-lock.yaml': text }));
    const details = (out.failures ?? []).map((f) => f.detail);
    expect(details).toContain('snapshots.p0@1.0.0: repeats a mapping through a YAML alias');
    // 51 snapshots without packages entries + base's 50 dangling dependencies + 50 aliases = 151;
    // reading each alias would have added 50 dangling dependencies apiece (2,601 in all).
    expect(details.at(-1)).toBe('131 more malformed entries');
  });
});
