// Hand-written bad Python inputs: each fails with the file and line where there is one, and the
// rest of the scan goes on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import {
  pdmLockPlugin,
  pipfileLockPlugin,
  poetryLockPlugin,
  pylockPlugin,
  requirementsPlugin,
  uvLockPlugin,
} from './index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function scanFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'steward-pypi-'));
  dirs.push(dir);
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), body);
  }
  const r = await scan(dir, { plugins: [uvLockPlugin, poetryLockPlugin, requirementsPlugin], analyzers: [] });
  return { failures: r.status.failures, names: r.components.map((c) => `${c.name}@${c.version}`) };
}

const uvPkg = (name: string, extra = '') =>
  `[[package]]\nname = "${name}"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\n${extra}\n`;

describe('bad Python lockfiles', () => {
  it('uv.lock: reports a TOML error at its line, and an unknown version', async () => {
    expect((await scanFiles({ 'uv.lock': 'version = 1\n[[package]\nname = "a"\n' })).failures).toMatchObject([
      { file: 'uv.lock', line: 2, reason: 'parse-error' },
    ]);
    expect((await scanFiles({ 'uv.lock': 'revision = 1\nversion = 7\n' })).failures).toMatchObject([
      { file: 'uv.lock', line: 2, reason: 'unsupported-version' },
    ]);
  });

  it('uv.lock: a package without a source and a dangling dependency fail at their lines; the rest stays', async () => {
    const r = await scanFiles({
      'uv.lock': `version = 1\n\n[[package]]\nname = "app"\nversion = "0.1"\nsource = { virtual = "." }\ndependencies = [{ name = "a" }, { name = "gone" }]\n\n${uvPkg('a')}\n[[package]]\nname = "b"\n`,
    });
    expect(r.failures).toHaveLength(2);
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'uv.lock', line: 15, reason: 'parse-error' }),
        expect.objectContaining({ file: 'uv.lock', line: 3, reason: 'inconsistent' }),
      ]),
    );
    expect(r.names).toEqual(['a@1.0']);
  });

  it('poetry.lock: refuses an unknown lock-version and names a broken pyproject.toml', async () => {
    expect((await scanFiles({ 'poetry.lock': '[metadata]\nlock-version = "9.0"\n' })).failures).toMatchObject(
      [{ file: 'poetry.lock', line: 2, reason: 'unsupported-version' }],
    );
    const r = await scanFiles({
      'poetry.lock': '[[package]]\nname = "a"\nversion = "1"\n\n[metadata]\nlock-version = "2.0"\n',
      'pyproject.toml': '[tool.poetry\n',
    });
    expect(r.failures).toMatchObject([{ file: 'pyproject.toml', line: 1, reason: 'parse-error' }]);
    expect(r.names).toEqual(['a@1']);
  });

  it('requirements: a line that is not a requirement and a missing -r file fail at their lines', async () => {
    const r = await scanFiles({ 'requirements.txt': 'ok==1.0\n==2.0\n-r missing.txt\nfoo bar\n' });
    expect(r.failures).toHaveLength(3);
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'requirements.txt', line: 2, reason: 'parse-error' }),
        expect.objectContaining({ file: 'requirements.txt', line: 3, reason: 'inconsistent' }),
        expect.objectContaining({ file: 'requirements.txt', line: 4, reason: 'parse-error' }),
      ]),
    );
    expect(r.names).toEqual(['ok@1.0']);
  });

  it('requirements: -r loops are followed once', async () => {
    const r = await scanFiles({
      'requirements.txt': '-r requirements-dev.txt\na==1\n',
      'requirements-dev.txt': '-r requirements.txt\nb==2\n',
    });
    expect(r.failures).toEqual([]);
    expect(r.names.sort()).toEqual(['a@1', 'b@2']);
  });
});

describe('bad Pipfile.lock', () => {
  it('reports a JSON error at its line and an unknown pipfile-spec', async () => {
    const d = mkdtempSync(join(tmpdir(), 'steward-pipfile-'));
    dirs.push(d);
    writeFileSync(
      join(d, 'Pipfile.lock'),
      '{\n    "_meta": {},\n    "default": {\n        "a": {,}\n    }\n}\n',
    );
    let r = await scan(d, { plugins: [pipfileLockPlugin], analyzers: [] });
    expect(r.status.failures).toMatchObject([{ file: 'Pipfile.lock', line: 4, reason: 'parse-error' }]);
    writeFileSync(join(d, 'Pipfile.lock'), '{\n    "_meta": {\n        "pipfile-spec": 7\n    }\n}\n');
    r = await scan(d, { plugins: [pipfileLockPlugin], analyzers: [] });
    expect(r.status.failures).toMatchObject([
      { file: 'Pipfile.lock', line: 3, reason: 'unsupported-version' },
    ]);
  });
});

describe('bad pdm.lock', () => {
  it('refuses an unknown lock_version at its line and names a package without a version', async () => {
    const d = mkdtempSync(join(tmpdir(), 'steward-pdm-'));
    dirs.push(d);
    writeFileSync(join(d, 'pdm.lock'), '[metadata]\ngroups = ["default"]\nlock_version = "5.0"\n');
    let r = await scan(d, { plugins: [pdmLockPlugin], analyzers: [] });
    expect(r.status.failures).toMatchObject([{ file: 'pdm.lock', line: 3, reason: 'unsupported-version' }]);
    writeFileSync(
      join(d, 'pdm.lock'),
      '[metadata]\nlock_version = "4.4"\n\n[[package]]\nname = "a"\nversion = "1"\n\n[[package]]\nname = "b"\n',
    );
    r = await scan(d, { plugins: [pdmLockPlugin], analyzers: [] });
    expect(r.status.failures).toMatchObject([{ file: 'pdm.lock', line: 8, reason: 'parse-error' }]);
    expect(r.components.map((c) => c.name)).toEqual(['a']);
  });
});

describe('bad pylock.toml', () => {
  const scanPylock = async (body: string, name = 'pylock.toml') => {
    const d = mkdtempSync(join(tmpdir(), 'steward-pylock-'));
    dirs.push(d);
    writeFileSync(join(d, name), body);
    writeFileSync(join(d, 'requirements.txt'), 'ok==1.0\n');
    const r = await scan(d, { plugins: [pylockPlugin, requirementsPlugin], analyzers: [] });
    return { failures: r.status.failures, names: r.components.map((c) => `${c.name}@${c.version}`) };
  };

  it('reports malformed TOML at its line and a lock-version of another major, the rest goes on', async () => {
    let r = await scanPylock('lock-version = "1.0"\n\n[[packages]\nname = "a"\n');
    expect(r.failures).toMatchObject([{ file: 'pylock.toml', line: 3, reason: 'parse-error' }]);
    expect(r.names).toEqual(['ok@1.0']);
    r = await scanPylock('created-by = "x"\nlock-version = "2.0"\n', 'pylock.ci.toml');
    expect(r.failures).toMatchObject([{ file: 'pylock.ci.toml', line: 2, reason: 'unsupported-version' }]);
    expect(r.failures[0]!.detail).toContain('"2.0"');
    r = await scanPylock('[[packages]]\nname = "a"\nversion = "1"\n');
    expect(r.failures).toMatchObject([{ file: 'pylock.toml', line: 1, reason: 'unsupported-version' }]);
  });

  it('names a package without a name and a dependency that is not locked, and keeps the rest', async () => {
    const r = await scanPylock(
      'lock-version = "1.0"\n\n[[packages]]\nname = "a"\nversion = "1"\ndependencies = [{ name = "gone" }]\n\n[[packages]]\nversion = "2"\n',
    );
    expect(r.failures).toHaveLength(2);
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'pylock.toml', line: 3, reason: 'inconsistent' }),
        expect.objectContaining({ file: 'pylock.toml', line: 8, reason: 'parse-error' }),
      ]),
    );
    expect(r.names.sort()).toEqual(['a@1', 'ok@1.0']);
  });
});
