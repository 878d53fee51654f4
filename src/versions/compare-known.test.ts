// Schemes without a real tool on this machine (apk-tools, NuGet): readable orderings and the parse
// rules of NuGet.Versioning that its test vectors (compare-upstream.test.ts) leave uncovered. The
// registry is checked for OSV's suffixed ecosystem names.
import { describe, expect, it } from 'vitest';
import { alpine } from './compare-alpine.js';
import { nuget } from './compare-nuget.js';
import { baseEcosystem, schemeFor } from './registry.js';
import type { VersionScheme } from './types.js';

function expectAscending(scheme: VersionScheme, versions: string[]): void {
  for (let i = 0; i + 1 < versions.length; i++) {
    const [a, b] = [versions[i]!, versions[i + 1]!];
    expect(Math.sign(scheme.compare(a, b)), `${a} < ${b}`).toBe(-1);
    expect(Math.sign(scheme.compare(b, a)), `${b} > ${a}`).toBe(1);
  }
}

describe('alpine', () => {
  it('orders suffixes, letters and revisions as apk does', () => {
    expectAscending(alpine, [
      '1.0_alpha',
      '1.0_alpha1',
      '1.0_beta',
      '1.0_pre2',
      '1.0_rc1',
      '1.0',
      '1.0-r1',
      '1.0-r10',
      '1.0_cvs',
      '1.0_git20200101',
      '1.0_p1',
      '1.0a',
      '1.0b_p1',
      '1.0.1',
      '1.1',
      '1.10',
      '2.0~abc-r0',
    ]);
  });
  it('compares a part with a leading zero as a string', () => {
    expect(alpine.compare('1.01', '1.1')).toBeLessThan(0);
    expect(alpine.compare('1.001', '1.01')).toBeLessThan(0);
    expect(alpine.compare('1.09', '1.1')).toBeLessThan(0);
    expect(alpine.compare('1.0', '1.0.0')).toBeLessThan(0);
  });
  it('treats equal versions as equal and rejects malformed ones', () => {
    expect(alpine.compare('1.2.3-r4', '1.2.3-r4')).toBe(0);
    expect(alpine.isValid('1.2.3_rc1-r0')).toBe(true);
    expect(alpine.isValid('1.2.3_foo')).toBe(false);
    expect(alpine.isValid('1.2-3')).toBe(false);
  });
});

describe('nuget', () => {
  it('pads to four parts, folds case in labels and ignores metadata', () => {
    expect(nuget.compare('1.0', '1.0.0.0')).toBe(0);
    expect(nuget.compare('1.0.0-BETA', '1.0.0-beta')).toBe(0);
    expect(nuget.compare('1.0.0+abc', '1.0.0+def')).toBe(0);
    expectAscending(nuget, [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.0.1',
      '1.0.1',
      '1.10.0',
    ]);
  });
  it('rejects what NuGetVersion.TryParse rejects', () => {
    for (const v of ['1.0.0-01', '1.0.0-a.00', 'v1.0.0', '1.2.3.4.5', '1.0.0+a..b', '2147483648.0.0', '-1.0'])
      expect(nuget.isValid(v), v).toBe(false);
    for (const v of ['1', '01.2', '1.0.0-0', '1.0.0-0a', '1.0.0+01', '2147483647.0.0.0'])
      expect(nuget.isValid(v), v).toBe(true);
  });
  it('compares a label as a number only when it fits an int32, as int.TryParse decides', () => {
    expect(nuget.compare('1.0.0-9', '1.0.0-10')).toBeLessThan(0);
    // Both too large for an int: compared as text, so "1…" sorts first.
    expect(nuget.compare('1.0.0-10000000000', '1.0.0-9999999999')).toBeLessThan(0);
    expect(nuget.compare('1.0.0-2147483647', '1.0.0-a')).toBeLessThan(0);
  });
});

describe('ecosystem registry', () => {
  it('maps suffixed OSV ecosystems to their base scheme', () => {
    expect(baseEcosystem('Debian:12')).toBe('Debian');
    expect(schemeFor('Debian:12')?.id).toBe('dpkg');
    expect(schemeFor('Ubuntu:22.04:LTS')?.id).toBe('dpkg');
    expect(schemeFor('openEuler:22.03-LTS-SP3')?.id).toBe('rpm');
    expect(schemeFor('Alpine:v3.20')?.id).toBe('alpine');
    expect(schemeFor('crates.io')?.id).toBe('cargo');
    expect(schemeFor('PyPI')?.id).toBe('pep440');
    expect(schemeFor('NoSuchEcosystem')).toBeUndefined();
  });
});
