// Severity from CVSS vectors (v2, v3.0, v3.1, v4.0 base scores) computed with ae-cvss-calculator,
// a maintained implementation of FIRST's specifications. The newest CVSS version given wins.
import { createRequire } from 'node:module';
import type * as Calculator from 'ae-cvss-calculator';
import type { OsvSeverity } from './osv-schema.js';

// The calculator is a large CommonJS bundle and most audits score few vectors or none, so it is
// required on the first vector rather than imported with the module (a cost at every start-up).
let calculator: typeof Calculator | undefined;
const cvss = (): typeof Calculator =>
  (calculator ??= createRequire(import.meta.url)('ae-cvss-calculator') as typeof Calculator);

export type Rating = 'none' | 'low' | 'medium' | 'high' | 'critical' | 'unknown';

export interface SeverityScore {
  /** 'CVSS_V2', 'CVSS_V3', 'CVSS_V4'. */
  type: string;
  vector: string;
  score: number;
  rating: Rating;
}

function rate(score: number, v2: boolean): Rating {
  if (v2) return score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
  if (score === 0) return 'none';
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}

// Advisories repeat the same few thousand vectors; parsing each once keeps matching fast.
const memo = new Map<string, SeverityScore | null>();

export function scoreVector(type: string, vector: string): SeverityScore | null {
  const key = `${type} ${vector}`;
  let score = memo.get(key);
  if (score === undefined) {
    score = computeScore(type, vector);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, score);
  }
  return score;
}

function computeScore(type: string, vector: string): SeverityScore | null {
  try {
    const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvss();
    let score: number | undefined;
    if (type === 'CVSS_V4') score = new Cvss4P0(vector).calculateScores().base;
    else if (type === 'CVSS_V3')
      score = (vector.startsWith('CVSS:3.0/') ? new Cvss3P0(vector) : new Cvss3P1(vector)).calculateScores()
        .base;
    else if (type === 'CVSS_V2') score = new Cvss2(vector).calculateScores().base;
    if (score === undefined || !Number.isFinite(score)) return null;
    return { type, vector, score, rating: rate(score, type === 'CVSS_V2') };
  } catch {
    return null;
  }
}

const ORDER = ['CVSS_V4', 'CVSS_V3', 'CVSS_V2'];

/** Scores for every CVSS vector given, newest version first. Unparseable vectors are skipped. */
export function scoreAll(severities: OsvSeverity[]): SeverityScore[] {
  return severities
    .map((s) => scoreVector(s.type, s.score))
    .filter((s): s is SeverityScore => s !== null)
    .sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
}

/** The rating to show: from the newest CVSS version, else a database's own word, else unknown. */
export function overallRating(scores: SeverityScore[], databaseSeverity?: string): Rating {
  if (scores[0]) return scores[0].rating;
  const word = databaseSeverity?.toLowerCase();
  if (word === 'moderate') return 'medium';
  return word === 'low' || word === 'medium' || word === 'high' || word === 'critical' ? word : 'unknown';
}
