// apk-tools and NuGet cannot run here, so their schemes are held to the vectors in those projects'
// own test suites, recorded by __fixtures__/upstream/generate.mjs: apk-tools' test/version.data
// byte for byte, and the InlineData rows of NuGet.Versioning's comparison and parsing tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alpine } from './compare-alpine.js';
import { nuget } from './compare-nuget.js';
import type { VersionScheme } from './types.js';

const UPSTREAM = join(import.meta.dirname, '__fixtures__', 'upstream');
const SIGN: Record<string, number> = { '<': -1, '=': 0, '>': 1 };

interface Vector {
  a: string;
  relation: string;
  b: string;
  source: string;
}

/** Disagreements with the recorded relation, checked in both argument orders. */
function disagreements(scheme: VersionScheme, vectors: Vector[]): string[] {
  const wrong: string[] = [];
  for (const { a, relation, b, source } of vectors) {
    if (relation === 'valid' || relation === 'invalid') {
      if (scheme.isValid(a) !== (relation === 'valid')) wrong.push(`${source}: "${a}" should be ${relation}`);
      continue;
    }
    const want = SIGN[relation]!;
    const got = [Math.sign(scheme.compare(a, b)), -Math.sign(scheme.compare(b, a))];
    if (got.some((g) => g !== want))
      wrong.push(`${source}: "${a}" ${relation} "${b}", we say ${got.join('/')}`);
  }
  return wrong;
}

describe('alpine agrees with apk-tools test/version.data', () => {
  // Lines are `a op b`, optionally followed by a comment (the upstream runner reads three words).
  const vectors = readFileSync(join(UPSTREAM, 'apk-tools-version.data'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const [a, relation, b] = l.trim().split(/\s+/);
      return { a: a!, relation: relation!, b: b!, source: `version.data:${i + 1}` };
    });

  it('on every pair', () => {
    expect(vectors.length).toBe(733);
    expect(disagreements(alpine, vectors)).toEqual([]);
  });
});

describe("nuget agrees with NuGet.Versioning's tests", () => {
  const vectors = readFileSync(join(UPSTREAM, 'nuget-vectors.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [a, relation, b, source] = l.split('\t');
      return { a: a!, relation: relation!, b: b!, source: source! };
    });

  it('on every ordering, equality and validity vector', () => {
    expect(vectors.length).toBe(119);
    expect(disagreements(nuget, vectors)).toEqual([]);
  });
});
