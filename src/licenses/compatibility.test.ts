import { describe, expect, it } from 'vitest';
import { checkCompatibility } from './compatibility.js';

const verdict = (dep: string, out: string) => checkCompatibility(dep, out).verdict;

describe('outbound compatibility', () => {
  it('allows permissive code anywhere but Apache-2.0 into GPL-2.0-only', () => {
    expect(verdict('MIT', 'GPL-3.0-only')).toBe('compatible');
    expect(verdict('Apache-2.0', 'GPL-3.0-or-later')).toBe('compatible');
    expect(verdict('Apache-2.0', 'GPL-2.0-only')).toBe('incompatible');
  });

  it('follows the Mulan stewards: PSL into Apache and GPL, PubL v2 only under AGPL-3.0', () => {
    expect(checkCompatibility('MulanPSL-2.0', 'Apache-2.0')).toMatchObject({
      verdict: 'compatible',
      reason: 'mulan-psl-statement',
    });
    expect(verdict('MulanPSL-2.0', 'GPL-2.0-only')).toBe('compatible');
    expect(checkCompatibility('LicenseRef-MulanPubL-2.0', 'AGPL-3.0-or-later')).toMatchObject({
      verdict: 'compatible',
      reason: 'mulan-publ-agpl',
    });
    expect(verdict('LicenseRef-MulanPubL-2.0', 'Apache-2.0')).toBe('incompatible');
    expect(verdict('LicenseRef-MulanPubL-2.0', 'MulanPSL-2.0')).toBe('incompatible');
  });

  it('keeps copyleft dependencies out of permissive wholes', () => {
    expect(verdict('GPL-3.0-only', 'MIT')).toBe('incompatible');
    expect(verdict('GPL-2.0-or-later', 'GPL-3.0-only')).toBe('compatible');
    expect(verdict('GPL-2.0-only', 'GPL-3.0-only')).toBe('incompatible');
    expect(verdict('AGPL-3.0-only', 'MulanPSL-2.0')).toBe('incompatible');
    expect(verdict('LGPL-2.1-only', 'MIT')).toBe('conditional');
  });

  it('lets the recipient pick the better side of OR and requires both sides of AND', () => {
    expect(verdict('GPL-3.0-only OR MIT', 'Apache-2.0')).toBe('compatible');
    expect(verdict('GPL-3.0-only AND MIT', 'Apache-2.0')).toBe('incompatible');
  });

  it('says unknown for licenses it cannot classify', () => {
    expect(verdict('LicenseRef-acme-eula', 'MIT')).toBe('unknown');
  });
});
