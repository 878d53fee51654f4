// Hand-written bad Go inputs: each must fail with the file and line (where there is one), and the
// rest of the scan must go on.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { goBinaryPlugin, goModPlugin, goVendorPlugin, goWorkPlugin } from './index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scanFiles(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-go-'));
  dirs.push(dir);
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), body);
  }
  const r = await scan(dir, {
    plugins: [goModPlugin, goWorkPlugin, goVendorPlugin, goBinaryPlugin],
    analyzers: [],
  });
  return {
    failures: r.status.failures,
    purls: r.components.map((c) => c.purl),
    projects: r.projects.map((p) => p.source),
  };
}

const good = 'module example.com/ok\n\ngo 1.22\n\nrequire example.com/a v1.0.0\n';

describe('bad go.mod and go.sum', () => {
  it('reports an unclosed require block at its opening line; other projects still scan', async () => {
    const r = await scanFiles({
      'bad/go.mod': 'module example.com/bad\n\nrequire (\n\texample.com/x v1.0.0\n',
      'ok/go.mod': good,
    });
    expect(r.failures).toMatchObject([{ file: 'bad/go.mod', line: 3, reason: 'parse-error' }]);
    expect(r.purls).toEqual(['pkg:golang/example.com/a@v1.0.0']);
  });

  it('reports a require without a version and a module replacement without one', async () => {
    expect(
      (await scanFiles({ 'go.mod': 'module m\n\nrequire (\n\texample.com/x\n)\n' })).failures,
    ).toMatchObject([
      { file: 'go.mod', line: 4, reason: 'parse-error', detail: 'require: expected 2 argument(s)' },
    ]);
    expect(
      (await scanFiles({ 'go.mod': `${good}replace example.com/a => example.com/b\n` })).failures,
    ).toMatchObject([{ file: 'go.mod', line: 6, reason: 'parse-error' }]);
  });

  it('reports a malformed go.sum line and keeps the modules', async () => {
    const r = await scanFiles({ 'go.mod': good, 'go.sum': 'example.com/a v1.0.0 h1:abc=\ngarbage\n' });
    expect(r.failures).toMatchObject([{ file: 'go.sum', line: 2, reason: 'parse-error' }]);
    expect(r.purls).toEqual(['pkg:golang/example.com/a@v1.0.0']);
  });

  it('reports a vendor/modules.txt header it cannot read', async () => {
    const r = await scanFiles({ 'vendor/modules.txt': '# example.com/a v1.0.0\n## explicit\n# a b c\n' });
    expect(r.failures).toMatchObject([{ file: 'vendor/modules.txt', line: 3, reason: 'parse-error' }]);
  });
});

describe('bad go.work', () => {
  const mod = (name: string, extra = '') => `module example.com/${name}\n\ngo 1.22\n${extra}`;

  it('reports an unclosed use block at its line; the module is then read on its own', async () => {
    const r = await scanFiles({
      'go.work': 'go 1.22\n\nuse (\n\t./a\n',
      'a/go.mod': mod('a', 'require example.com/x v1.0.0\n'),
    });
    expect(r.failures).toMatchObject([
      { file: 'go.work', line: 3, reason: 'parse-error', detail: '"use (" block is not closed' },
    ]);
    expect(r.projects).toEqual(['a/go.mod']);
    expect(r.purls).toEqual(['pkg:golang/example.com/x@v1.0.0']);
  });

  it('reports a use with two directories and a replace without a version', async () => {
    expect((await scanFiles({ 'go.work': 'go 1.22\nuse ./a ./b\n' })).failures).toMatchObject([
      { file: 'go.work', line: 2, reason: 'parse-error', detail: 'use: expected one directory' },
    ]);
    expect(
      (await scanFiles({ 'go.work': 'go 1.22\nuse ./a\nreplace example.com/x => example.com/y\n' })).failures,
    ).toMatchObject([{ file: 'go.work', line: 3, reason: 'parse-error' }]);
  });

  it('accepts toolchain and godebug, reports an unknown directive at its line and reads the rest', async () => {
    const r = await scanFiles({
      'go.work': 'go 1.23\ntoolchain go1.23.4\ngodebug (\n\tpanicnil=1\n)\nusee ./b\nuse ./a\n',
      'a/go.mod': mod('a', 'require example.com/x v1.0.0\n'),
    });
    expect(r.failures).toEqual([
      {
        file: 'go.work',
        line: 6,
        plugin: 'golang/go-work',
        reason: 'parse-error',
        detail: 'unknown directive "usee" skipped',
      },
    ]);
    expect(r.projects).toEqual(['go.work']);
    expect(r.purls).toEqual(['pkg:golang/example.com/x@v1.0.0']);
  });

  it('reports a used directory without go.mod, and one outside the scanned directory', async () => {
    const r = await scanFiles({ 'go.work': 'go 1.22\nuse (\n\t./missing\n\t../elsewhere\n)\n' });
    expect(r.failures).toMatchObject([
      { file: 'go.work', line: 3, reason: 'inconsistent', detail: 'use ./missing: no go.mod in missing' },
      { file: 'go.work', line: 4, reason: 'unreadable' },
    ]);
  });

  it('reports conflicting replacements in two modules that go.work does not settle', async () => {
    const files = {
      'go.work': 'go 1.22\nuse ./a\nuse ./b\n',
      'a/go.mod': mod('a', 'require example.com/x v1.0.0\nreplace example.com/x => ../x1\n'),
      'b/go.mod': mod('b', 'require example.com/x v1.0.0\nreplace example.com/x => ../x2\n'),
    };
    expect((await scanFiles(files)).failures).toMatchObject([
      { file: 'b/go.mod', line: 5, reason: 'inconsistent' },
    ]);
    const settled = await scanFiles({
      ...files,
      'go.work': `${files['go.work']}replace example.com/x => ./x3\n`,
    });
    expect(settled.failures).toEqual([]);
  });

  it("applies one workspace module's exclude to another's requirement, as go does", async () => {
    const r = await scanFiles({
      'go.work': 'go 1.22\nuse ./a\nuse ./b\n',
      'a/go.mod': mod('a', 'exclude example.com/x v1.0.0\n'),
      'b/go.mod': mod('b', 'require example.com/x v1.0.0\nrequire example.com/y v1.0.0\n'),
    });
    expect(r.failures).toMatchObject([
      {
        file: 'b/go.mod',
        line: 4,
        reason: 'inconsistent',
        detail: 'example.com/x@v1.0.0 is both required and excluded',
      },
    ]);
    expect(r.purls).toEqual(['pkg:golang/example.com/y@v1.0.0']);
  });

  it('reports an unknown go.mod directive but keeps its requirements', async () => {
    const r = await scanFiles({ 'go.mod': `${good}requre example.com/b v1.0.0\ntool example.com/t\n` });
    expect(r.failures).toMatchObject([
      { file: 'go.mod', line: 6, reason: 'parse-error', detail: 'unknown directive "requre" skipped' },
    ]);
    expect(r.purls).toEqual(['pkg:golang/example.com/a@v1.0.0']);
  });
});

describe('bad Go executables', () => {
  const real = readFileSync(fileURLToPath(new URL('./__fixtures__/bin/app', import.meta.url)));

  it('reports a truncated executable', async () => {
    const r = await scanFiles({ 'bin/app': real.subarray(0, 100_000) });
    expect(r.failures).toMatchObject([{ file: 'bin/app', reason: 'parse-error' }]);
  });

  it('refuses the pre-1.18 pointer format by name', async () => {
    const old = Buffer.alloc(64);
    old.write('MZ', 0, 'latin1');
    old.write('\xff Go buildinf:', 16, 'latin1');
    old[30] = 8;
    old[31] = 0;
    const r = await scanFiles({ 'bin/old.exe': old });
    expect(r.failures).toMatchObject([{ file: 'bin/old.exe', reason: 'unsupported-version' }]);
  });

  it('passes over scripts and executables without Go build info', async () => {
    const r = await scanFiles({
      'bin/run': '#!/bin/sh\necho hi\n',
      'bin/tool': Buffer.from('\x7fELF', 'latin1'),
    });
    expect(r.failures).toMatchObject([{ file: 'bin/tool', reason: 'parse-error' }]);
    expect(r.purls).toEqual([]);
  });
});
