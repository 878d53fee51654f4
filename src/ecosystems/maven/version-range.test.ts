// Range syntax as Maven 3.8.7 reads it. __fixtures__/malformed-ranges.txt holds, for each
// specification declared alone, Maven's reason for refusing it (InvalidDependencyVersionException)
// or the version it resolved among 1.0 1.5 1.9 2.0 2.1 (generate-ranges-profiles.sh).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareMavenVersions } from '../../util/maven-version.js';
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

  const answers = readFileSync(
    fileURLToPath(new URL('./__fixtures__/malformed-ranges.txt', import.meta.url)),
    'utf8',
  )
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t') as [string, string]);

  it("has Maven's answers for accepted and refused specifications", () => {
    expect(answers.filter(([, a]) => a.startsWith('resolved')).length).toBeGreaterThanOrEqual(3);
    expect(answers.filter(([, a]) => !a.startsWith('resolved')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(answers)('%s: %s', (spec, answer) => {
    const resolved = /^resolved (.+)$/.exec(answer);
    if (!resolved) {
      expect(() => parseVersionSpec(spec)).toThrow(answer);
      return;
    }
    const parsed = parseVersionSpec(spec);
    const chosen =
      parsed.kind === 'soft' ? parsed.version : inside(parsed, AVAILABLE).sort(compareMavenVersions).at(-1);
    expect(chosen).toBe(resolved[1]);
  });
});
