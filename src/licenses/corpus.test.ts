// Accuracy on the generated corpus: SPDX reference texts in nine variations (reflowed,
// re-punctuated, copyright filled in, embedded in comments, truncated, …) and real license files of
// the packages installed in this repository's node_modules, labelled by their declared license.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON } from './reference-texts.js';
import { spdxCorpus } from './corpus/build-corpus.js';
import { evaluateCorpus, type CorpusCase } from './corpus/evaluate.js';
import { normaliseExpression } from './expression.js';

/** License files of installed packages whose manifest declares one plain SPDX license. */
function installedCorpus(root: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const pkgDir = join(dir, name);
      if (name.startsWith('@')) {
        visit(pkgDir);
        continue;
      }
      const manifest = join(pkgDir, 'package.json');
      if (!existsSync(manifest)) continue;
      const declared = (JSON.parse(readFileSync(manifest, 'utf8')) as { license?: unknown }).license;
      if (typeof declared !== 'string' || declared.includes(' ')) continue;
      const expected = normaliseExpression(declared);
      if (!expected.exact || !expected.expression) continue;
      for (const file of readdirSync(pkgDir))
        if (/^licen[cs]e(\.md|\.txt)?$/i.test(file))
          cases.push({
            name: `${name}/${file}`,
            path: file,
            text: readFileSync(join(pkgDir, file), 'utf8'),
            expected: expected.expression,
          });
    }
  };
  visit(root);
  return cases;
}

describe('accuracy on the generated corpus', () => {
  it('matches SPDX texts in all variations: exact rate > 90%, precision > 97%', () => {
    const cases = spdxCorpus({
      ids: [...COMMON].filter((id) => !id.startsWith('Mulan')),
      sample: 60,
      seed: 3,
    });
    expect(cases.length).toBeGreaterThan(700);
    const score = evaluateCorpus(cases);
    expect(score.exactRate, JSON.stringify(score.misses.slice(0, 20))).toBeGreaterThan(0.9);
    expect(score.precision).toBeGreaterThan(0.97);
  });

  it('gets every common license right in every variation except truncation of short texts', () => {
    const cases = spdxCorpus({ ids: [...COMMON].filter((id) => !id.startsWith('Mulan')), sample: 0 });
    const score = evaluateCorpus(cases.filter((c) => !c.name.endsWith('/truncated')));
    expect(score.misses).toEqual([]);
  });

  it('identifies real license files of installed packages (exact > 90%)', () => {
    const cases = installedCorpus(join(process.cwd(), 'node_modules'));
    expect(cases.length).toBeGreaterThan(50);
    const score = evaluateCorpus(cases);
    expect(score.exactRate, JSON.stringify(score.misses)).toBeGreaterThan(0.9);
  });
});
