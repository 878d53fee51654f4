// Hand-written specs for what real ones rarely show at once: conditionals and bconds, recursive
// and undefined macros, and broken structure. Each problem is reported with file and line and
// never hangs the scan; the rest of the scan goes on.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { rpmSpecPlugin } from './index.js';
import { specGraph } from './extract-spec.js';

async function run(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'spec-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  return scan(root, { plugins: [rpmSpecPlugin], analyzers: [] });
}
const names = (spec: string) => {
  const g = specGraph('x.spec', spec).graphs[0]!;
  return g.nodes.map((n) => `${n.name}${n.range ? ` ${n.range}` : ''}`).sort();
};
const HEAD = 'Name: demo\nVersion: 1.0\nRelease: 1%{?dist}\nLicense: GPLv2+\n';

describe('rpm spec macros and conditionals', () => {
  it('follows %if/%else/%endif, %bcond_with/without and %{with}', () => {
    const spec = `%bcond_without tests\n%bcond_with docs\n%global major 2\n${HEAD}%if %{with tests}\nBuildRequires: pytest >= %{major}.0\n%else\nBuildRequires: never\n%endif\n%if %{with docs}\nBuildRequires: sphinx\n%endif\n%if 0%{?fedora} || 0%{?openEuler} >= 2203\nRequires: fedora-only\n%elif "%{name}" == "demo"\nRequires: by-name\n%endif\n%ifarch x86_64 aarch64\nRequires: arch-ok\n%endif\n`;
    expect(names(spec)).toEqual(['arch-ok', 'by-name', 'demo', 'pytest >= 2.0']);
  });

  it('expands %{!?x:...}, %{?x:...} and %define with %{name}/%{version}', () => {
    const spec = `%{!?pyver:%global pyver 3}\n%define libname lib%{name}\n${HEAD}Epoch: 2\nRequires: python%{pyver}-foo %{?pyver:has-pyver} %{?nope:no}\n%package -n %{libname}\nSummary: x\nRequires: %{name}%{?_isa} = %{epoch}:%{version}-%{release}\n`;
    const g = specGraph('x.spec', spec).graphs[0]!;
    expect(g.nodes.map((n) => n.name).sort()).toEqual(['demo', 'has-pyver', 'libdemo', 'python3-foo']);
    expect(g.importers[0]!.purl).toBe('pkg:rpm/rpm/demo@1.0-1?epoch=2');
  });

  it('reports a recursive macro as a failure naming file and line, without hanging', async () => {
    const r = await run({
      'loop.spec': `%define a %{b}\n%define b %{a}\nName: loop\nVersion: %{a}\nRelease: 1\n`,
      'ok.spec': HEAD,
    });
    expect(r.status.failures).toMatchObject([{ file: 'loop.spec', line: 4, reason: 'parse-error' }]);
    expect(r.status.failures[0]!.detail).toMatch(/recursive/);
    expect(r.projects.map((p) => p.source)).toEqual(['ok.spec']);
  });

  it('refuses a Version that stays an undefined macro, naming the line', async () => {
    const r = await run({ 'u.spec': 'Name: u\nVersion: %{upstream_version}\nRelease: 1\n' });
    expect(r.status.failures).toMatchObject([{ file: 'u.spec', line: 2, reason: 'parse-error' }]);
    expect(r.status.failures[0]!.detail).toContain('%upstream_version');
  });

  it('reports an unexpanded macro in Requires and an unbalanced %if, keeping the rest', async () => {
    const r = await run({
      'p.spec': `${HEAD}Requires: %{vendor_dist requests}\nRequires: ok\n%if 1\nRequires: inside\n`,
    });
    expect(r.status.failures.map((f) => [f.line, f.detail?.slice(0, 20)])).toEqual([
      [5, 'Requires: unexpanded'],
      [7, '%if without %endif'],
    ]);
    expect(r.components.map((c) => c.name).sort()).toEqual(['demo', 'inside', 'ok']);
  });

  it("leaves other tools' .spec files (PyInstaller) alone: no project, no failure", async () => {
    const r = await run({
      'app.spec':
        "# -*- mode: python -*-\na = Analysis(['main.py'], pathex=[])\npyz = PYZ(a.pure)\nexe = EXE(pyz, a.scripts, name='app')\n",
    });
    expect(r.status.failures).toEqual([]);
    expect(r.projects).toEqual([]);
  });

  it('knows %{py3_dist} and an empty %{_isa}', () => {
    expect(
      names(`${HEAD}Requires: %{py3_dist Requests six}\nRequires: demo-libs%{_isa} = %{version}\n`),
    ).toEqual(['demo', 'demo-libs = 1.0', 'python3dist(requests)', 'python3dist(six)']);
  });

  it('keeps legacy and SPDX license strings as written', () => {
    const g = specGraph('x.spec', 'Name: l\nVersion: 1\nRelease: 1\nLicense: ASL 2.0 and (MIT or GPLv2+)\n')
      .graphs[0]!;
    expect(g.nodes[0]!.declaredLicense).toBe('ASL 2.0 and (MIT or GPLv2+)');
  });
});
