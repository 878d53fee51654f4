// Health rules (minimum maturity stage, bus factor), read from the scan's `health` section, which
// the health analyzer fills when the scanned directory is the top of a git repository. Without it
// each configured rule is reported as not evaluated: a gate never passes silently on a rule it
// could not check.
import type { Verdict } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import type { HealthPolicy } from '../types.js';
import { notEvaluated, verdict, violation } from './verdict.js';

/** The model's stage ids in order, as the maturity result lists its criteria stage by stage. */
function stageOrder(result: NonNullable<ScanResult['health']>): string[] {
  const order: string[] = [];
  for (const c of result.maturity.criteria) if (!order.includes(c.stage)) order.push(c.stage);
  return order;
}

export function evaluateHealth(result: ScanResult, policy: HealthPolicy): Verdict[] {
  const out: Verdict[] = [];
  const health = result.health;
  const minimum = policy['minimum-stage'];
  if (minimum !== undefined) {
    const rule = 'health.minimum-stage';
    const order = health ? stageOrder(health) : [];
    if (!health) out.push(notEvaluated(rule, 'no-health-data'));
    else if (!order.includes(minimum)) out.push(notEvaluated(rule, 'stage-not-in-model'));
    else {
      const stage = health.maturity.stage;
      const met = stage !== null && order.indexOf(stage) >= order.indexOf(minimum);
      out.push(
        verdict(
          rule,
          met ? [] : [violation('policy/health-stage', 'fail', { required: minimum, stage: stage ?? '-' })],
        ),
      );
    }
  }
  const busFactor = policy['bus-factor'];
  if (busFactor !== undefined) {
    const rule = 'health.bus-factor';
    const actual = health?.busFactor ?? null;
    if (!health) out.push(notEvaluated(rule, 'no-health-data'));
    // No commit in the window: the bus factor is unknown, not zero.
    else if (actual === null) out.push(notEvaluated(rule, 'no-recent-commits'));
    else
      out.push(
        verdict(
          rule,
          actual >= busFactor
            ? []
            : [violation('policy/health-bus-factor', 'fail', { required: busFactor, actual })],
        ),
      );
  }
  return out;
}
