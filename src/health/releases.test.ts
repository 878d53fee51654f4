// Semver discipline from tags: which names are semantic versions (plain, v-prefixed, monorepo
// prefixes) and which releases go backwards within their own line, as opposed to backports.
import { describe, expect, it } from 'vitest';
import { isSemverTag, releaseStats, type TagRecord } from './releases.js';

const DAY = 86_400;
const tag = (name: string, day: number): TagRecord => ({
  name,
  date: day * DAY,
  annotated: false,
  signed: false,
});

describe('semver discipline', () => {
  it('recognises plain, v-prefixed and monorepo-prefixed semantic versions only', () => {
    for (const name of [
      '1.2.3',
      'v1.2.3',
      'v1.0.0-rc.1',
      'pkg/v0.3.0',
      '@scope/pkg@2.0.0',
      'tools/x/v1.0.0+build.5',
    ])
      expect(isSemverTag(name), name).toBe(true);
    for (const name of ['nightly', 'v1.2', 'release-1.2.3', '1.2.3.4', 'v01.2.3', 'latest'])
      expect(isSemverTag(name), name).toBe(false);
  });

  it('counts a release that goes backwards within its line, not a backport to an older line', () => {
    const stats = releaseStats(
      [
        tag('v1.0.0', 1),
        tag('v1.1.0', 2),
        tag('v2.0.0', 3),
        tag('v1.1.1', 4), // backport on the 1.1 line: in order
        tag('v2.0.0-rc.1', 5), // after 2.0.0 on the same line: backwards
        tag('v1.1.1', 6), // the same version again on its line: backwards
        tag('nightly', 7),
      ],
      10 * DAY,
    );
    expect(stats.semverTags).toBe(6);
    expect(stats.semverOutOfOrder).toBe(2);
    expect(stats.semverOrderRatio).toBeCloseTo(4 / 6);
  });

  it('keeps monorepo packages on separate lines and has no ratio without semver tags', () => {
    const stats = releaseStats([tag('a/v1.2.0', 1), tag('b/v1.0.0', 2), tag('a/v1.2.1', 3)], 5 * DAY);
    expect(stats.semverOutOfOrder).toBe(0);
    expect(stats.semverOrderRatio).toBe(1);
    expect(releaseStats([tag('nightly', 1)], 2 * DAY).semverOrderRatio).toBeNull();
  });
});
