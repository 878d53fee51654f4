// Accuracy of file-level detection over a labelled corpus: the exact SPDX-expression match rate
// (all cases) and precision (correct among the cases where an expression was given). Used by the
// tests and by bench/licenses.mjs.
import { detectInText } from '../detect-file.js';
import { licenseIds } from '../expression.js';

export interface CorpusCase {
  name: string;
  /** File name the text is scanned as (decides license-file vs source handling). */
  path: string;
  text: string;
  expected: string;
}

export interface CorpusScore {
  cases: number;
  exact: number;
  answered: number;
  exactRate: number;
  precision: number;
  misses: { name: string; expected: string; got: string | null }[];
}

/** Same expression up to operand order of AND/OR. */
export function sameExpression(a: string, b: string): boolean {
  if (a === b) return true;
  const norm = (e: string) =>
    [...licenseIds(e)].sort().join(',') +
    (e.includes(' OR ') ? '|or' : '') +
    (e.includes(' WITH ') ? '|with' : '');
  return norm(a) === norm(b);
}

export function evaluateCorpus(cases: CorpusCase[]): CorpusScore {
  let exact = 0;
  let answered = 0;
  const misses: CorpusScore['misses'] = [];
  for (const c of cases) {
    const got = detectInText(c.path, c.text).expression;
    if (got) answered++;
    if (got && sameExpression(got, c.expected)) exact++;
    else misses.push({ name: c.name, expected: c.expected, got });
  }
  return {
    cases: cases.length,
    exact,
    answered,
    exactRate: cases.length ? exact / cases.length : 0,
    precision: answered ? exact / answered : 0,
    misses,
  };
}
