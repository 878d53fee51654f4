// Range syntax as Maven 3.8.7 reads it. The accepted and rejected specifications, and the reasons,
// are what `mvn -o dependency:tree` answered for a project declaring each of them (Maven's
// InvalidDependencyVersionException "Reason: ..." text).
import { describe, expect, it } from 'vitest';
import { containsVersion, parseVersionSpec, type VersionSpec } from './version-range.js';

const range = (text: string) => {
  const spec = parseVersionSpec(text);
  if (spec.kind !== 'range') throw new Error(`${text} is not a range`);
  return spec;
};
const inside = (spec: Extract<VersionSpec, { kind: 'range' }>, versions: string[]) =>
  versions.filter((v) => containsVersion(spec, v));
const AVAILABLE = ['1.0', '1.5', '1.9', '2.0', '2.1'];

describe('Maven version ranges', () => {
  it.each([
    ['[1.0,2.0)', ['1.0', '1.5', '1.9']],
    ['(,1.5]', ['1.0', '1.5']],
    ['[2.0,)', ['2.0', '2.1']],
    ['[1.5]', ['1.5']],
    ['(1.0,1.9)', ['1.5']],
    ['[1.0,1.5),(1.9,3]', ['1.0', '2.0', '2.1']],
    ['[1.0,1.5),(2.1,3]', ['1.0']],
    ['[,]', AVAILABLE],
    ['[1.0,2.0)[3,4]', ['1.0', '1.5', '1.9']],
  ])('%s holds %j of 1.0 1.5 1.9 2.0 2.1', (text, want) => {
    expect(inside(range(text), AVAILABLE)).toEqual(want);
  });

  it('orders bounds as ComparableVersion does (qualifiers sort before the release)', () => {
    expect(inside(range('[1.0,2.0)'), ['2.0-rc1', '2.0-SNAPSHOT', '1.0-beta', '1.0.1'])).toEqual([
      '2.0-rc1',
      '2.0-SNAPSHOT',
      '1.0.1',
    ]);
  });

  it('takes text without a leading bracket as a soft version, as Maven does', () => {
    expect(parseVersionSpec(' 1.2.3 ')).toEqual({ kind: 'soft', version: '1.2.3' });
    expect(parseVersionSpec('1.0,[2.0]')).toEqual({ kind: 'soft', version: '1.0,[2.0]' });
  });

  it.each([
    ['[1.0,2.0],[1.5,1.9]', 'Ranges overlap'],
    ['[1.0,,2.0]', 'Range defies version ordering'],
    ['[2.0,1.0]', 'Range defies version ordering'],
    ['(1.5)', 'Single version must be surrounded by []'],
    ['[1.0', 'Unbounded range'],
    ['[1.0,2.0)x', 'Only fully-qualified sets allowed in multiple set scenario'],
  ])('rejects %s: %s', (text, reason) => {
    expect(() => parseVersionSpec(text)).toThrow(`${reason}: ${text}`);
  });
});
