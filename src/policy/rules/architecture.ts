// Architecture rule: every target the policy names must be ready. Reads the arch/verdict
// diagnostics of the architecture analyzer (params target, verdict, count); a target with no
// verdict in the scan is reported as not evaluated rather than passed.
import type { Verdict } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import type { ArchPolicy } from '../types.js';
import { notEvaluated, verdict, violation } from './verdict.js';

export function evaluateArchitecture(result: ScanResult, policy: ArchPolicy): Verdict[] {
  const verdicts = result.diagnostics.filter((d) => String(d.code) === 'arch/verdict');
  return (policy.targets ?? []).map((target) => {
    const rule = `architecture.targets.${target}`;
    const mine = verdicts.filter((d) => d.params.target === target);
    if (!mine.length) return notEvaluated(rule, 'no-architecture-verdict');
    const failing = mine.filter((d) => d.params.verdict !== 'ready');
    return verdict(
      rule,
      failing.map((d) =>
        violation('policy/arch-not-ready', 'fail', {
          target,
          verdict: String(d.params.verdict),
          count: d.params.count ?? 0,
        }),
      ),
    );
  });
}
