// Vulnerability rules over the vuln/affected diagnostics the vulns analyzer adds: a severity
// threshold, optionally only when a fix exists, and ignores with a reason and an expiry. An
// expired ignore stops suppressing and is a warning, then a violation once the grace period ends.
import type { Verdict } from '../../core/analyzer.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { ScanResult } from '../../core/result.js';
import type { VulnIgnore, VulnPolicy, VulnSeverity } from '../types.js';
import { notEvaluated, verdict, violation } from './verdict.js';

const ORDER = ['none', 'unknown', 'low', 'medium', 'high', 'critical'];
const DAY = 86_400_000;
const DEFAULT_GRACE_DAYS = 30;

interface AffectedData {
  id?: string;
  aliases?: string[];
  smallestFix?: string | null;
}

export function evaluateVulnerabilities(result: ScanResult, policy: VulnPolicy, now: Date): Verdict[] {
  const out: Verdict[] = [];
  const grace = policy['grace-days'] ?? DEFAULT_GRACE_DAYS;
  const active = new Map<string, VulnIgnore>();
  const expired: Diagnostic[] = [];
  for (const ig of policy.ignore ?? []) {
    const days = ig.expires
      ? Math.floor((now.getTime() - Date.parse(`${ig.expires}T23:59:59Z`)) / DAY) + 1
      : 0;
    if (!ig.expires || days <= 0) active.set(ig.id, ig);
    else
      expired.push(
        violation('policy/ignore-expired', days > grace ? 'fail' : 'warn', {
          id: ig.id,
          expires: ig.expires,
          days,
          grace,
        }),
      );
  }
  if (policy.ignore?.length) out.push(verdict('vulnerabilities.ignore', expired));
  if (!policy.severity) return out;

  const affected = result.diagnostics.filter((d) => d.code === 'vuln/affected');
  if (!affected.length && result.diagnostics.some((d) => d.code === 'vuln/no-database')) {
    out.push(notEvaluated('vulnerabilities.severity', 'no-vulnerability-database'));
    return out;
  }
  const byPurl = new Map(result.components.map((c) => [c.purl, c]));
  const found: Diagnostic[] = [];
  for (const d of affected) {
    const data = (d.data ?? {}) as AffectedData;
    const id = String(data.id ?? d.params.id);
    if ([id, ...(data.aliases ?? [])].some((a) => active.has(a))) continue;
    const rating = String(d.params.rating ?? 'unknown');
    if (!atLeast(rating, policy.severity)) continue;
    if (policy['only-fixed'] && !data.smallestFix) continue;
    const component = d.component ? byPurl.get(d.component) : undefined;
    const name = component ? `${component.name}@${component.version ?? ''}` : String(d.params.purl);
    found.push(
      violation(
        'policy/vulnerability',
        'fail',
        { component: name, id, rating, threshold: policy.severity },
        component,
      ),
    );
  }
  out.push(verdict('vulnerabilities.severity', found));
  return out;
}

function atLeast(rating: string, threshold: VulnSeverity): boolean {
  return ORDER.indexOf(rating) >= ORDER.indexOf(threshold);
}
