// Health rules (minimum maturity stage, bus factor). The scan result carries no health figures
// yet, so each configured rule is reported as not evaluated: a gate must never pass silently on a
// rule it could not check.
import type { Verdict } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import type { HealthPolicy } from '../types.js';
import { notEvaluated } from './verdict.js';

// `steward health` measures these from git history; `steward scan` does not yet carry its figures.
export function evaluateHealth(_result: ScanResult, policy: HealthPolicy): Verdict[] {
  const out: Verdict[] = [];
  for (const key of ['minimum-stage', 'bus-factor'] as const)
    if (policy[key] !== undefined) out.push(notEvaluated(`health.${key}`, 'no-health-data'));
  return out;
}
