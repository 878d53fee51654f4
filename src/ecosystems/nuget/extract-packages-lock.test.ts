// packages.lock.json from public projects (BrainWart/Example: transitive and runtime-specific
// targets; Aldaviva/GitHubActionPinner: direct only, empty runtime targets) and bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { nugetLockPlugin } from './index.js';

const fixture = (n: string) => fileURLToPath(new URL(`./__fixtures__/${n}`, import.meta.url));
const run = async (dir: string) => scan(dir, { plugins: [nugetLockPlugin], analyzers: [] });

describe('packages.lock.json', () => {
  it('inventories each package id and version once across targets, direct ones direct', async () => {
    const r = await run(fixture('brainwart-example'));
    expect(r.status.failures).toEqual([]);
    const doc = JSON.parse(readFileSync(`${fixture('brainwart-example')}/packages.lock.json`, 'utf8')) as {
      dependencies: Record<string, Record<string, { type: string; resolved: string }>>;
    };
    const expected = new Set(
      Object.values(doc.dependencies).flatMap((t) => Object.entries(t).map(([n, e]) => `${n}@${e.resolved}`)),
    );
    expect(r.components.map((c) => `${c.name}@${c.version}`).sort()).toEqual([...expected].sort());
    expect(
      r.components
        .filter((c) => c.direct)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['ConsoleTableExt', 'PiperSharp']);
    expect(r.components.every((c) => c.scopes.join() === 'prod')).toBe(true);
  });

  it('turns contentHash into a SHA-512 hash and keeps dependency edges', async () => {
    const r = await run(fixture('brainwart-example'));
    const zstd = r.components.find((c) => c.name === 'ZstdSharp.Port')!;
    expect(zstd.purl).toBe('pkg:nuget/ZstdSharp.Port@0.7.4');
    expect(zstd.integrity).toBe(
      'sha512-ziptnotpUJr51afwXJQ5Wc03dvDiZAdmxS08s1g7SHn/VzbyZUXdH6yORk/zaNjzUOEE6pVZ0Nqztab0rYROgQ==',
    );
    expect(zstd.hashes[0]).toMatchObject({ alg: 'SHA-512' });
    expect(zstd.hashes[0]!.value).toHaveLength(128);
    expect(r.relationships).toContainEqual({
      from: 'pkg:nuget/SharpCompress@0.36.0',
      to: 'pkg:nuget/ZstdSharp.Port@0.7.4',
      kind: 'prod',
    });
  });

  it('reads a direct-only lockfile with empty runtime targets', async () => {
    const r = await run(fixture('github-action-pinner'));
    expect(r.status.failures).toEqual([]);
    expect(r.components).toHaveLength(5);
    expect(r.components.find((c) => c.name === 'Unfucked')?.version).toBe('0.0.1-beta.34');
  });
});

describe('bad packages.lock.json', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  async function scanLock(text: string) {
    const d = mkdtempSync(join(tmpdir(), 'steward-nuget-'));
    dirs.push(d);
    writeFileSync(join(d, 'packages.lock.json'), text);
    const r = await run(d);
    return { failures: r.status.failures, names: r.components.map((c) => c.name) };
  }

  it('reports syntax errors at their line and unknown versions', async () => {
    expect((await scanLock('{\n  "version": 1,\n  "dependencies": {,}\n}')).failures).toMatchObject([
      { file: 'packages.lock.json', line: 3, reason: 'parse-error' },
    ]);
    expect((await scanLock('{\n  "version": 3,\n  "dependencies": {}\n}')).failures).toMatchObject([
      { file: 'packages.lock.json', line: 2, reason: 'unsupported-version' },
    ]);
  });

  it('reports an entry without a resolved version and a dangling dependency, keeping the rest', async () => {
    const r = await scanLock(
      '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "A": {\n        "type": "Direct",\n        "resolved": "1.0.0",\n        "dependencies": { "Gone": "2.0.0" }\n      },\n      "B": {\n        "type": "Transitive"\n      }\n    }\n  }\n}',
    );
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 5, reason: 'inconsistent' }),
        expect.objectContaining({ line: 10, reason: 'parse-error' }),
      ]),
    );
    expect(r.names).toEqual(['A']);
  });
});
