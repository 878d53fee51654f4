// Install conditions of uv.lock packages from the markers on the edges that reach them, on two
// public lockfiles: a torch 2.12 project (CUDA packages behind `sys_platform == 'linux'`, some
// through cuda-toolkit's extras) and action-aperture (colorama for Windows, backports for old
// Pythons).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../../pipeline/scan.js';
import { uvLockPlugin } from './index.js';
import { installConditions, markerOf } from './install-markers.js';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));
const markers = async (name: string) => {
  const r = await scan(fixture(name), { plugins: [uvLockPlugin], analyzers: [] });
  expect(r.status.failures).toEqual([]);
  return new Map(r.components.map((c) => [c.name, c.properties?.marker]));
};
const LINUX = "(sys_platform == 'linux')";
const LINUX_OR_WIN = "(sys_platform == 'linux' or sys_platform == 'win32')";

describe('uv.lock install markers (Isaac2391/GPT-From-Scratch, torch 2.12.1)', () => {
  it('packages torch needs only on Linux carry that marker; torch and its plain dependencies none', async () => {
    const m = await markers('uv-torch-gpt');
    for (const n of ['torch', 'filelock', 'jinja2', 'markupsafe', 'sympy', 'mpmath', 'typing-extensions'])
      expect(m.get(n)).toBeUndefined();
    for (const n of ['triton', 'nvidia-cublas', 'nvidia-nccl-cu13', 'cuda-toolkit', 'cuda-bindings'])
      expect(m.get(n)).toBe(LINUX);
    // Reached through an unmarked edge from a Linux-only package: Linux-only too.
    expect(m.get('cuda-pathfinder')).toBe(LINUX);
    // nvidia-cuda-nvrtc: directly from nvidia-cublas (Linux) and through cuda-toolkit's `nvrtc`
    // extra (Linux, then Linux or Windows); the shorter condition absorbs the longer one.
    expect(m.get('nvidia-cuda-nvrtc')).toBe(LINUX);
    // Only through the extra: both markers on the path hold.
    expect(m.get('nvidia-cufft')).toBe(`${LINUX} and ${LINUX_OR_WIN}`);
  });

  it('action-aperture: colorama only on Windows, the backports only for Python < 3.11', async () => {
    const m = await markers('uv-action-aperture');
    expect(m.get('colorama')).toBe("(sys_platform == 'win32')");
    expect(m.get('tomli')).toBe("(python_full_version < '3.11')");
    expect(m.get('exceptiongroup')).toBe("(python_full_version < '3.11')");
    expect(m.get('pytest')).toBeUndefined();
  });
});

describe('install conditions', () => {
  const e = (from: string, to: string, ...ms: string[]) => ({ from, to, markers: ms });

  it('one unmarked path makes a package unconditional', () => {
    const c = installConditions(['r'], [e('r', 'a', 'm1'), e('a', 'b'), e('r', 'b')]);
    expect(markerOf(c.get('a'))).toBe('(m1)');
    expect(markerOf(c.get('b'))).toBeUndefined();
  });

  it('alternatives are joined with or, markers along a path with and; cycles end', () => {
    const c = installConditions(
      ['r'],
      [e('r', 'a', 'x'), e('r', 'b', 'y'), e('a', 'c', 'z'), e('b', 'c'), e('c', 'a')],
    );
    expect(markerOf(c.get('c'))).toBe('(x) and (z) or (y)');
    expect(markerOf(c.get('a'))).toBe('(x) or (y)');
  });

  it("a package's resolution markers hold on every path to it", () => {
    const c = installConditions(['r'], [e('r', 'a'), e('r', 'b', 'm')], new Map([['a', '(f1) or (f2)']]));
    expect(markerOf(c.get('a'))).toBe('((f1) or (f2))');
  });

  it('past 32 alternative paths a package is taken as unconditional', () => {
    const edges = Array.from({ length: 40 }, (_, i) => [e('r', `p${i}`, `m${i}`), e(`p${i}`, 'z')]).flat();
    expect(markerOf(installConditions(['r'], edges).get('z'))).toBeUndefined();
  });
});
