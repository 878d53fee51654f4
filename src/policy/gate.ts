// The gate: from the policy diagnostics of a scan, decide whether it fails, optionally ignoring
// violations a baseline scan already had. `--fail-on` adjusts the policy (a vulnerability
// severity) or the gate itself (warnings fail too, or never fail).
import type { Diagnostic } from '../core/diagnostics.js';
import type { Policy, VulnSeverity } from './types.js';

export const FAIL_ON = ['low', 'medium', 'high', 'critical', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface GateResult {
  failed: boolean;
  /** The policy diagnostics that fail the gate (after the baseline). */
  violations: Diagnostic[];
  /** Violations the baseline already had, not counted. */
  inBaseline: number;
  warnings: Diagnostic[];
  notEvaluated: Diagnostic[];
}

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON as readonly string[]).includes(value);
}

/** A vulnerability severity given to --fail-on replaces the policy's threshold. */
export function applyFailOn(policy: Policy, failOn: FailOn | undefined): Policy {
  if (!failOn || failOn === 'warning' || failOn === 'never') return policy;
  return { ...policy, vulnerabilities: { ...policy.vulnerabilities, severity: failOn as VulnSeverity } };
}

export function gate(diagnostics: Diagnostic[], failOn?: FailOn, baseline?: Set<string>): GateResult {
  const policy = diagnostics.filter((d) => d.code.startsWith('policy/'));
  const notEvaluated = policy.filter((d) => d.code === 'policy/not-evaluated');
  const failing = (d: Diagnostic) =>
    d.severity === 'error' || (failOn === 'warning' && d.severity === 'warning');
  const candidates = policy.filter((d) => d.code !== 'policy/not-evaluated' && failing(d));
  const violations = baseline ? candidates.filter((d) => !baseline.has(fingerprint(d))) : candidates;
  const warnings = policy.filter((d) => d.severity === 'warning' && !failing(d));
  return {
    failed: failOn !== 'never' && violations.length > 0,
    violations,
    inBaseline: candidates.length - violations.length,
    warnings,
    notEvaluated,
  };
}

/**
 * What makes two violations "the same" across scans: the code, the package (not its version, so
 * an upgrade that keeps a problem is not new) and the advisory or license concerned.
 */
export function fingerprint(d: Diagnostic): string {
  const pkg = d.component ? d.component.replace(/@[^?#]*/, '') : '';
  const what = d.params.id ?? d.params.license ?? d.params.target ?? d.params.url ?? '';
  return `${d.code}|${pkg}|${what}`;
}
