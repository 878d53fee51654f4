// Each scheme must agree with its ecosystem's real tool on every committed pair. The pairs were
// produced by __fixtures__/generate.mjs running dpkg, rpm, Python's packaging, Maven's
// ComparableVersion, RubyGems, PHP, node-semver, golang.org/x/mod/semver and Cargo's semver crate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cargo } from './compare-cargo.js';
import { dpkg } from './compare-dpkg.js';
import { go } from './compare-go.js';
import { maven } from './compare-maven.js';
import { npm } from './compare-npm.js';
import { packagist } from './compare-packagist.js';
import { pep440 } from './compare-pep440.js';
import { rpm } from './compare-rpm.js';
import { rubygems } from './compare-rubygems.js';
import type { VersionScheme } from './types.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const SCHEMES: Record<string, VersionScheme> = {
  dpkg,
  rpm,
  pep440,
  maven,
  rubygems,
  packagist,
  npm,
  go,
  cargo,
};

function readPairs(file: string): [string, string, number][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [a, b, c] = l.split('\t');
      return [a!, b!, Number(c)];
    });
}

describe.each(Object.entries(SCHEMES))('%s agrees with the real tool', (name, scheme) => {
  const file = join(FIXTURES, `${name}.tsv`);
  it('on every generated pair', () => {
    const pairs = readPairs(file);
    expect(pairs.length).toBeGreaterThan(1000);
    const wrong = pairs
      .filter(([a, b, c]) => Math.sign(scheme.compare(a, b)) !== c)
      .map(([a, b, c]) => `${a} vs ${b}: tool says ${c}, we say ${Math.sign(scheme.compare(a, b))}`);
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(wrong.length).toBe(0);
  });
});
