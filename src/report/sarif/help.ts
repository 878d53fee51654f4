// Help text for SARIF rules: what a finding of each family means and what to do about it. English
// only, as SARIF consumers (code scanning UIs) show it verbatim; keyed by code, then by family.
import type { DiagnosticCode } from '../../core/codes.js';

const BY_FAMILY: Record<string, string> = {
  file: 'Steward could not use this manifest or lockfile, so the inventory may be missing the dependencies it declares. Fix or regenerate the file with its tool, or exclude it with --exclude.',
  inventory:
    'A fact about how the dependency inventory was taken. Lock the project with its package manager so that every dependency has an exact version.',
  license:
    'A license finding from the declared license or the license files. Check the license text and record a decision; the steward licenses command shows the details.',
  vuln: 'A known vulnerability from the local OSV database. Upgrade to a fixed version, or record an ignore with a reason and an expiry in steward.yaml when the code is not reachable.',
  arch: 'An architecture-readiness finding for the target named in the message. The steward arch command lists the affected artefacts and remedies.',
  health:
    'A project-health fact read from the git history (contributors, releases, practices). The steward health command shows the full report; on a shallow or damaged clone some figures are missing.',
  policy:
    'A rule of the project policy (steward.yaml) is violated. Change the dependency, or change the policy with a reviewed exception.',
};

const BY_CODE: Partial<Record<DiagnosticCode, string>> = {
  'policy/not-evaluated':
    'The policy names a rule that this scan had no input for: no vulnerability database (run steward db pull), or no health data for a health rule (scan the top of a git repository, without --no-health). The gate did not check it; provide the input or remove the rule.',
  'policy/health-stage':
    "The project's maturity stage, computed from its git history with the maturity model, is below the minimum-stage that steward.yaml requires. Run steward health to see the criteria of the next stage that are not met (for example a code of conduct, CI, a recent release or more active contributors) and meet them, or lower health.minimum-stage in the policy with a reviewed decision.",
  'policy/health-bus-factor':
    "Fewer people than the policy's health.bus-factor made half of the commits in the health window, so the project depends on too few maintainers. Spread review and commit rights to more maintainers; steward health lists the top contributors. A bus factor that is unknown (no commit in the window) is reported as not evaluated instead.",
  'health/maturity':
    'The maturity stage the project meets under the maturity model, and how many criteria of the next stage are not met. Informational; steward health lists those criteria, and the health.minimum-stage policy rule gates on the stage.',
  'health/shallow':
    'The repository is a shallow clone, so history-based figures (contributors, bus factor, releases) cover only the fetched commits. Fetch the full history (git fetch --unshallow) before measuring health.',
  'policy/ignore-expired':
    'A vulnerability ignore in steward.yaml has passed its expiry date and no longer suppresses the advisory. Re-assess it and renew the expiry with a reason, or fix the vulnerability. After the grace period the expired ignore fails the gate.',
  'policy/unpinned':
    'The dependency is declared by a version range with no lockfile entry, so builds may get different code. Commit the lockfile of the package manager.',
  'policy/integrity-missing':
    'The lockfile records no hash for this package, so a changed download would go unnoticed. Regenerate the lockfile with a package manager version that records integrity.',
  'policy/integrity-weak':
    'The lockfile records only a SHA-1 (or MD5) hash for this package. Regenerate the lockfile so it records SHA-512.',
};

export function helpText(code: DiagnosticCode): string {
  return BY_CODE[code] ?? BY_FAMILY[code.split('/')[0]!] ?? 'See the Steward documentation for this code.';
}
