// composer.lock written by the real composer (path repositories, offline): the inventory must
// equal `composer show --locked`, prod exactly `--no-dev`, with direct flags, licenses and lines;
// and hand-written bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { composerLockPlugin } from './index.js';

const dir = fileURLToPath(new URL('./__fixtures__/composer-app', import.meta.url));
const shown = (f: string) =>
  (
    JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as {
      locked: { name: string; version: string; 'direct-dependency': boolean }[];
    }
  ).locked;

describe('composer.lock from composer 2', () => {
  it('equals composer show --locked, with prod exactly --no-dev and the same direct flags', async () => {
    const r = await scan(dir, { plugins: [composerLockPlugin], analyzers: [] });
    expect(r.status.failures).toEqual([]);
    const key = (c: { name: string; version: string | null }) => `${c.name}@${c.version}`;
    expect(r.components.map(key).sort()).toEqual(shown('composer-show.json').map(key).sort());
    expect(
      r.components
        .filter((c) => c.scopes.includes('prod'))
        .map(key)
        .sort(),
    ).toEqual(shown('composer-show-no-dev.json').map(key).sort());
    for (const s of shown('composer-show.json'))
      expect(r.components.find((c) => c.name === s.name)?.direct, s.name).toBe(s['direct-dependency']);
  });

  it('records purls, licenses, path sources and lines', async () => {
    const r = await scan(dir, { plugins: [composerLockPlugin], analyzers: [] });
    const lines = readFileSync(`${dir}/composer.lock`, 'utf8').split('\n');
    const testkit = r.components.find((c) => c.name === 'acme/testkit')!;
    expect(testkit).toMatchObject({
      purl: 'pkg:composer/acme/testkit@0.3.0',
      declaredLicense: '(MIT OR Apache-2.0)',
      scopes: ['dev'],
      source: { type: 'file', url: 'libs/testkit' },
    });
    expect(lines[testkit.locations[0]!.line! - 1]).toContain('"name": "acme/testkit"');
    expect(r.projects[0]!.importers[0]).toMatchObject({ name: 'acme/app', manifest: 'composer.json' });
  });
});

describe('bad composer.lock', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function scanLock(text: string, manifest?: string) {
    const d = mkdtempSync(join(tmpdir(), 'steward-composer-'));
    dirs.push(d);
    writeFileSync(join(d, 'composer.lock'), text);
    if (manifest) writeFileSync(join(d, 'composer.json'), manifest);
    const r = await scan(d, { plugins: [composerLockPlugin], analyzers: [] });
    return { failures: r.status.failures, names: r.components.map((c) => c.name) };
  }

  it('reports a JSON syntax error at its line', async () => {
    expect((await scanLock('{\n  "packages": [\n    {"name": "a/b",}\n  ]\n}\n')).failures).toMatchObject([
      { file: 'composer.lock', line: 3, reason: 'parse-error' },
    ]);
  });

  it('reports a lockfile without packages and a requirement missing from the lock', async () => {
    expect((await scanLock('{"content-hash": "x"}')).failures).toMatchObject([
      { file: 'composer.lock', reason: 'parse-error' },
    ]);
    const r = await scanLock(
      '{"packages": [{"name": "a/b", "version": "1.0.0"}]}',
      '{"require": {"a/b": "^1", "c/d": "^2", "php": "^8"}}',
    );
    expect(r.failures).toMatchObject([{ file: 'composer.lock', reason: 'inconsistent' }]);
    expect(r.names).toEqual(['a/b']);
  });
});
