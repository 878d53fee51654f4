// Python wheels by platform tag: locked components built here with the `pypi:wheel-tags` and
// `pypi:sdist` properties the pypi lockfile plugins record, judged for each target.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Component } from '../core/model.js';
import { translate } from '../i18n/catalogue.js';
import { scan } from '../pipeline/scan.js';
import { analyzeArch } from './analyze.js';
import { markerAllows, platformEnv } from './python-markers.js';
import { expandTags, wheelFile } from './wheel-tags.js';

function py(name: string, version: string, tags: string | undefined, sdist?: boolean): Component {
  const properties: Record<string, string | boolean> = {};
  if (tags !== undefined) properties['pypi:wheel-tags'] = tags;
  if (sdist !== undefined) properties['pypi:sdist'] = sdist;
  return {
    purl: `pkg:pypi/${name}@${version}`,
    ecosystem: 'pypi',
    name,
    version,
    scopes: ['prod'],
    direct: true,
    workspaces: [],
    hashes: [],
    locations: [{ file: 'uv.lock', line: 1 }],
    foundBy: ['pypi/uv-lock'],
    properties,
  };
}

const X86 = 'cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64';
const ARM = 'cp312-cp312-manylinux_2_17_aarch64.manylinux2014_aarch64';
const WIN = 'cp312-cp312-win_amd64';
const MAC = 'cp312-cp312-macosx_11_0_arm64';

const components = [
  py('idna', '3.10', 'py3-none-any', true),
  py('cffi', '2.0.0', `${X86} ${ARM} cp312-cp312-manylinux_2_36_loongarch64`, true),
  py('markupsafe', '3.0.3', `${X86} ${ARM} cp312-cp312-musllinux_1_2_riscv64`, true),
  py('pydantic-core', '2.46.4', `${X86} ${ARM} ${WIN} ${MAC}`, true),
  py('fastnative', '1.0.0', `${X86} ${ARM}`, false),
  py('pywin32', '311', `${WIN} cp312-cp312-win_arm64`, false),
  py('plainsdist', '0.1.0', '', true),
  py('abi3thing', '1.0.0', 'cp39-abi3-any', false),
  // Locked for x86-64 and aarch64 machines only (a pdm.lock package marker): never installed on loong64.
  {
    ...py('nvidia-thing', '12.1.0', `${X86} ${ARM}`, false),
    properties: {
      'pypi:wheel-tags': `${X86} ${ARM}`,
      'pypi:sdist': false,
      marker: 'platform_machine == "x86_64" and sys_platform == "linux" or platform_machine == "aarch64"',
    },
  },
];

function judge(target: string) {
  const root = mkdtempSync(join(tmpdir(), 'steward-arch-wheels-'));
  const r = analyzeArch(root, { components, relationships: [] }, { target });
  return { report: r, verdict: (n: string) => r.components.find((c) => c.name === n)!.verdict };
}

describe('wheel tags', () => {
  it('expands compressed tag sets', () => {
    expect(expandTags('py2.py3-none-any')).toHaveLength(2);
    expect(expandTags(X86).map((t) => t.platform)).toEqual(['manylinux_2_17_x86_64', 'manylinux2014_x86_64']);
    expect(expandTags('cp312-none')).toEqual([]);
  });

  it('reads Tag and Generator lines of a WHEEL file', () => {
    const w = wheelFile(
      'Wheel-Version: 1.0\nGenerator: maturin (1.13.1)\nRoot-Is-Purelib: false\nTag: cp311-abi3-manylinux_2_34_x86_64\n',
    );
    expect(w).toEqual({
      generator: 'maturin (1.13.1)',
      tags: [{ python: 'cp311', abi: 'abi3', platform: 'manylinux_2_34_x86_64' }],
    });
  });
});

describe('locked Python packages by wheel platform tag', () => {
  it('loong64: pure and loongarch64 wheels are ready; x86-64/aarch64 only builds from the sdist or is blocked', () => {
    const { report, verdict } = judge('loong64');
    expect(verdict('idna')).toBe('ready');
    expect(verdict('abi3thing')).toBe('ready');
    expect(verdict('cffi')).toBe('ready');
    expect(verdict('markupsafe')).toBe('source');
    expect(verdict('pydantic-core')).toBe('source');
    expect(verdict('fastnative')).toBe('blocked');
    expect(report.verdict).toBe('blocked');
    const fast = report.components.find((c) => c.name === 'fastnative')!;
    expect(fast).toMatchObject({ reason: 'arch/no-wheel' });
    expect(fast.findings[0]!.params).toMatchObject({ arches: 'aarch64, x86_64', pyArch: 'loongarch64' });
    expect(fast.findings[0]!.remedies).toEqual(['ui.arch.remedy.no-wheel']);
  });

  it('names the C toolchain for an sdist build, and Rust for a package known to build with maturin', () => {
    const { report } = judge('loong64');
    const finding = (n: string) => report.components.find((c) => c.name === n)!.findings[0]!;
    expect(finding('markupsafe').remedies).toEqual(['ui.arch.remedy.wheel-build']);
    expect(finding('pydantic-core').remedies).toEqual([
      'ui.arch.remedy.wheel-build',
      'ui.arch.remedy.wheel-rust',
    ]);
    const zh = translate('zh-CN', 'ui.arch.remedy.wheel-rust', finding('pydantic-core').params);
    expect(zh).toContain('loongarch64-unknown-linux-gnu');
    expect(translate('en', 'arch/wheel-sdist', finding('markupsafe').params)).toBe(
      'markupsafe@3.0.3: the lockfile lists Linux wheels only for aarch64, riscv64, x86_64, none for loongarch64; on loong64 it is built from its sdist',
    );
  });

  it('Windows-only packages, sdist-only packages and packages whose marker excludes the machine are not judged', () => {
    const { verdict } = judge('loong64');
    expect(verdict('pywin32')).toBe('ready');
    expect(verdict('plainsdist')).toBe('ready');
    expect(verdict('nvidia-thing')).toBe('ready');
    // For riscv64 the marker rules it out too; for x64 the x86-64 wheel fits anyway.
    expect(judge('riscv64').verdict('nvidia-thing')).toBe('ready');
  });

  it('markers: only platform variables are evaluated; anything unknown keeps the package judged', () => {
    const env = platformEnv('loongarch64');
    expect(markerAllows('platform_machine == "x86_64"', env)).toBe(false);
    expect(markerAllows("sys_platform == 'win32' or platform_system == 'Windows'", env)).toBe(false);
    expect(markerAllows('platform_machine != "x86_64"', env)).toBe(true);
    expect(markerAllows('python_version >= "3.11" and platform_machine == "x86_64"', env)).toBe(false);
    expect(markerAllows('python_version >= "3.11"', env)).toBeUndefined();
    expect(markerAllows('"x86_64" in platform_machine', env)).toBe(false);
    expect(markerAllows('(platform_machine == "loongarch64") or extra == "gpu"', env)).toBe(true);
  });

  it('riscv64 takes the musllinux riscv64 wheel; arm64 and x64 take the manylinux ones', () => {
    const riscv = judge('riscv64');
    expect(riscv.verdict('markupsafe')).toBe('ready');
    expect(riscv.verdict('cffi')).toBe('source');
    for (const t of ['arm64', 'x64']) {
      const r = judge(t);
      expect(r.report.verdict).toBe('ready');
      expect(r.verdict('fastnative')).toBe('ready');
    }
  });
});

describe('end to end: real Python lockfiles through the pypi plugins', () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../ecosystems/pypi/__fixtures__');
  const run = async (name: string, target: string) => {
    const dir = join(fixtures, name);
    return analyzeArch(dir, await scan(dir, { analyzers: [] }), { target });
  };

  it('pdm.lock (gilded-rose): watchdog 4.0.0 has Linux wheels for seven architectures, not loong64 or riscv64', async () => {
    for (const target of ['loong64', 'riscv64']) {
      const r = await run('pdm-gilded-rose', target);
      expect(r.verdict).toBe('source');
      expect(r.components.filter((c) => c.verdict !== 'ready')).toMatchObject([
        {
          purl: 'pkg:pypi/watchdog@4.0.0',
          verdict: 'source',
          reason: 'arch/wheel-sdist',
          findings: [{ params: { arches: 'aarch64, armv7l, i686, ppc64, ppc64le, s390x, x86_64' } }],
        },
      ]);
    }
    expect((await run('pdm-gilded-rose', 'arm64')).verdict).toBe('ready');
  });

  it('pylock.toml from pip lock and uv pip compile lists one machine’s wheels: not judged', async () => {
    for (const name of ['pylock-pip-raygun', 'pylock-uv-grumpyfuk']) {
      const dir = join(fixtures, name);
      const inv = await scan(dir, { analyzers: [] });
      // Native packages are there, with x86-64 wheels only: what the locking machine could install.
      const native = inv.components.filter((c) => /x86_64/.test(String(c.properties?.['pypi:wheel-tags'])));
      expect(native.length).toBeGreaterThan(1);
      expect(analyzeArch(dir, inv, { target: 'loong64' }).verdict).toBe('ready');
    }
  });
});

describe('damaged installed wheels', () => {
  it('a WHEEL file of garbage, one with no tags and a RECORD that is a directory are passed over', () => {
    const root = mkdtempSync(join(tmpdir(), 'steward-arch-badwheel-'));
    const site = join(root, 'venv/lib/python3.12/site-packages');
    const put = (p: string, data: string | Buffer) => {
      mkdirSync(dirname(join(site, p)), { recursive: true });
      writeFileSync(join(site, p), data);
    };
    put('junk-1.0.dist-info/WHEEL', Buffer.from([0, 255, 254, 10, 84, 97, 103, 58]));
    put('empty-2.0.dist-info/WHEEL', 'Wheel-Version: 1.0\nRoot-Is-Purelib: false\n');
    put('odd-3.0.dist-info/WHEEL', 'Tag: cp312-cp312-manylinux_2_17_x86_64\n');
    mkdirSync(join(site, 'odd-3.0.dist-info/RECORD'), { recursive: true });
    put('noversion.dist-info/WHEEL', 'Tag: cp312-cp312-manylinux_2_17_x86_64\n');
    const r = analyzeArch(root, { components: [], relationships: [] }, { target: 'loong64' });
    expect(r.components.map((c) => [c.purl, c.verdict])).toEqual([['pkg:pypi/odd@3.0', 'blocked']]);
    expect(r.skipped).toEqual([]);
  });
});
