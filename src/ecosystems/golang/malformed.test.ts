// Hand-written bad Go inputs: each must fail with the file and line (where there is one), and the
// rest of the scan must go on.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { goBinaryPlugin, goModPlugin, goVendorPlugin } from './index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scanFiles(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-go-'));
  dirs.push(dir);
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), body);
  }
  const r = await scan(dir, { plugins: [goModPlugin, goVendorPlugin, goBinaryPlugin], analyzers: [] });
  return { failures: r.status.failures, purls: r.components.map((c) => c.purl) };
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
