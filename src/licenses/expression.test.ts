import { describe, expect, it } from 'vitest';
import { combineAll, normaliseExpression } from './expression.js';

const norm = (s: string) => normaliseExpression(s).expression;

describe('normaliseExpression', () => {
  it('keeps valid SPDX expressions and marks them exact', () => {
    expect(normaliseExpression('MIT OR Apache-2.0')).toEqual({
      expression: 'MIT OR Apache-2.0',
      exact: true,
    });
    expect(norm('(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0')).toBe(
      '(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0',
    );
  });

  it('upgrades deprecated ids', () => {
    expect(norm('GPL-2.0')).toBe('GPL-2.0-only');
    expect(norm('GPL-2.0+')).toBe('GPL-2.0-or-later');
    expect(norm('LGPL-2.1+ OR MIT')).toBe('LGPL-2.1-or-later OR MIT');
    expect(norm('GPL-2.0-with-classpath-exception')).toBe('GPL-2.0-only WITH Classpath-exception-2.0');
  });

  it('reads legacy RPM names, ScanCode keys and Mulan names', () => {
    expect(norm('ASL 2.0')).toBe('Apache-2.0');
    expect(norm('GPLv2+')).toBe('GPL-2.0-or-later');
    expect(norm('LicenseRef-scancode-mulanpubl-2.0')).toBe('LicenseRef-MulanPubL-2.0');
    expect(norm('Mulan PSL v2')).toBe('MulanPSL-2.0');
    expect(norm('MulanPSLv2')).toBe('MulanPSL-2.0');
    expect(norm('木兰宽松许可证第2版')).toBe('MulanPSL-2.0');
    expect(norm('MulanOWL BY-SA v1')).toBe('LicenseRef-MulanOWL-BY-SA-1.0');
  });

  it('splits informal lists and corrects each part', () => {
    expect(norm('MIT/Apache 2.0')).toBe('MIT OR Apache-2.0');
    expect(norm('GPLv2+ or BSD')).toBe('GPL-2.0-or-later OR BSD-3-Clause');
    expect(norm('Apache License 2.0')).toBe('Apache-2.0');
  });

  it('returns null for text that names no license', () => {
    expect(norm('SEE LICENSE IN LICENSE.txt')).toBeNull();
    expect(norm('')).toBeNull();
    expect(norm('totally custom terms')).toBeNull();
  });
});

describe('combineAll', () => {
  it('deduplicates and parenthesises', () => {
    expect(combineAll(['MIT', 'MIT', 'Apache-2.0 OR MIT'])).toBe('MIT AND (Apache-2.0 OR MIT)');
    expect(combineAll([])).toBeNull();
  });
});

describe('exactness', () => {
  it('treats valid SPDX ids and parenthesised expressions as exact', () => {
    for (const id of ['ISC', 'Unlicense', 'Zlib', 'WTFPL', '(MIT OR CC0-1.0)', 'MulanPSL-2.0'])
      expect(normaliseExpression(id).exact, id).toBe(true);
    expect(normaliseExpression('mit').exact).toBe(false);
    expect(normaliseExpression('GPL-2.0').exact).toBe(false);
  });
});
