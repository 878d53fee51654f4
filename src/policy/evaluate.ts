// The policy evaluator: every configured rule over one scan result, as verdicts. Registered in
// src/evaluate/registry.ts; the gate (gate.ts) decides the exit from these verdicts.
import type { Evaluator, Verdict } from '../core/analyzer.js';
import { diagnostic } from '../core/diagnostics.js';
import type { ScanResult } from '../core/result.js';
import { evaluateArchitecture } from './rules/architecture.js';
import { evaluateHealth } from './rules/health.js';
import { evaluateInventory } from './rules/inventory.js';
import { evaluateLicenses } from './rules/licenses.js';
import { evaluateVulnerabilities } from './rules/vulnerabilities.js';
import type { Policy } from './types.js';

export function evaluatePolicy(result: ScanResult, policy: Policy, now = new Date()): Verdict[] {
  return [
    ...(policy.licenses ? evaluateLicenses(result, policy.licenses) : []),
    ...(policy.vulnerabilities ? evaluateVulnerabilities(result, policy.vulnerabilities, now) : []),
    ...(policy.architecture ? evaluateArchitecture(result, policy.architecture) : []),
    ...(policy.inventory ? evaluateInventory(result, policy.inventory) : []),
    ...(policy.health ? evaluateHealth(result, policy.health) : []),
  ];
}

/** One note recording that a policy ran and how its rules came out, so reports can say "passed". */
export function summaryVerdict(verdicts: Verdict[]): Verdict {
  const count = (o: Verdict['outcome']) => verdicts.filter((v) => v.outcome === o).length;
  const failed = count('fail');
  return {
    rule: 'policy',
    outcome: failed ? 'fail' : count('warn') ? 'warn' : 'pass',
    diagnostics: [
      diagnostic('policy/summary', {
        passed: count('pass'),
        failed,
        warned: count('warn'),
        skipped: count('not-evaluated'),
      }),
    ],
  };
}

export const policyEvaluator: Evaluator<Policy> = {
  id: 'policy',
  evaluate: (result, policy) => {
    const verdicts = evaluatePolicy(result, policy);
    return [...verdicts, summaryVerdict(verdicts)];
  },
};
