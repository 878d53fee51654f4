// uv.lock packages needed only on other platforms (the pypi plugin derives a `marker` from the
// dependency edges that reach them) are not judged for the target: a public torch 2.12 lockfile,
// and the same file with torch's CUDA edges narrowed to x86-64 as torch 2.4–2.8 locks have them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '../pipeline/scan.js';
import { analyzeArch } from './analyze.js';

const real = join(dirname(fileURLToPath(import.meta.url)), '../ecosystems/pypi/__fixtures__/uv-torch-gpt');
const CUDA = [
  'cuda-bindings',
  'nvidia-cublas',
  'nvidia-cufft',
  'nvidia-nccl-cu13',
  'nvidia-nvjitlink',
  'triton',
];

/** The fixture with every `sys_platform == 'linux'` edge of torch also asking for x86-64. */
function x86Only(): string {
  const dir = mkdtempSync(join(tmpdir(), 'steward-uv-x86-'));
  cpSync(real, dir, { recursive: true });
  const text = readFileSync(join(dir, 'uv.lock'), 'utf8');
  const torch = text.indexOf('name = "torch"');
  const narrowed =
    text.slice(0, torch) +
    text
      .slice(torch)
      .replaceAll(
        `marker = "sys_platform == 'linux'"`,
        `marker = "platform_machine == 'x86_64' and sys_platform == 'linux'"`,
      );
  expect(narrowed).not.toBe(text);
  writeFileSync(join(dir, 'uv.lock'), narrowed);
  return dir;
}

async function judge(dir: string, target: string) {
  const r = analyzeArch(dir, await scan(dir, { analyzers: [] }), { target });
  return { r, of: (n: string) => r.components.find((c) => c.name === n)! };
}

describe('uv.lock markers in the architecture check', () => {
  it('the real lockfile needs the CUDA packages on every Linux machine: still blocked on loong64', async () => {
    const { r, of } = await judge(real, 'loong64');
    expect(r.verdict).toBe('blocked');
    // torch is locked for all platforms and has Linux wheels for aarch64 and x86_64 only, no sdist.
    expect(of('torch')).toMatchObject({ verdict: 'blocked', reason: 'arch/no-wheel' });
    for (const n of CUDA) expect(of(n)).toMatchObject({ verdict: 'blocked', reason: 'arch/no-wheel' });
  });

  it('CUDA packages locked only for x86-64 Linux are not judged on loong64 or riscv64; torch still is', async () => {
    const dir = x86Only();
    for (const target of ['loong64', 'riscv64']) {
      const { r, of } = await judge(dir, target);
      for (const n of CUDA)
        expect(of(n)).toMatchObject({ verdict: 'ready', reason: 'arch/not-installed', findings: [] });
      expect(of('torch')).toMatchObject({ verdict: 'blocked', reason: 'arch/no-wheel' });
      expect(r.components.filter((c) => c.verdict === 'blocked').map((c) => c.name)).toEqual(['torch']);
    }
  });

  it('on arm64 the x86-64-only packages are left out and torch has its aarch64 wheel; on x64 all fit', async () => {
    const dir = x86Only();
    const arm = await judge(dir, 'arm64');
    expect(arm.r.verdict).toBe('ready');
    expect(arm.of('nvidia-cublas').reason).toBe('arch/not-installed');
    const x64 = await judge(dir, 'x64');
    expect(x64.r.verdict).toBe('ready');
    expect(x64.of('nvidia-cublas').reason).toBe('arch/pure');
  });
});
