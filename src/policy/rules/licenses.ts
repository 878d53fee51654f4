// License rules over each component's declared license: allow and deny lists (SPDX ids or
// categories; an id beats a category), copyleft only in dev-only components, unknown licenses.
// An OR expression passes when any alternative passes; AND needs every part to pass.
import type { Verdict } from '../../core/analyzer.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { ScanResult } from '../../core/result.js';
import { checkCompatibility } from '../../licenses/compatibility.js';
import { normaliseExpression, parseExpression } from '../../licenses/expression.js';
import { licenseInfo } from '../../licenses/knowledge/index.js';
import type { LicensePolicy } from '../types.js';
import { label, verdict, violation } from './verdict.js';
import { licenseOf } from '../../core/license-of.js';

type Status = 'ok' | 'copyleft' | 'not-allowed' | 'denied';
const RANK: Record<Status, number> = { ok: 0, copyleft: 1, 'not-allowed': 2, denied: 3 };
const COPYLEFT = new Set(['weak-copyleft', 'strong-copyleft', 'network-copyleft']);

type ExprNode = { license: string; plus?: true } | { left: ExprNode; conjunction: string; right: ExprNode };

export function evaluateLicenses(result: ScanResult, policy: LicensePolicy): Verdict[] {
  const found: Record<'deny' | 'allow' | 'copyleft' | 'unknown', Diagnostic[]> = {
    deny: [],
    allow: [],
    copyleft: [],
    unknown: [],
  };
  for (const c of result.components) {
    const license = licenseOf(c);
    const expression = license ? normaliseExpression(license).expression : null;
    const tree = expression ? (parseExpression(expression) as ExprNode | undefined) : undefined;
    if (!expression || !tree) {
      if (policy.unknown && policy.unknown !== 'off')
        found.unknown.push(violation('policy/license-unknown', policy.unknown, { component: label(c) }, c));
      continue;
    }
    const devOnly = !c.scopes.includes('prod');
    const status = statusOf(tree, policy, devOnly);
    const params = { component: label(c), license: expression };
    if (status === 'denied') found.deny.push(violation('policy/license-denied', 'fail', params, c));
    else if (status === 'not-allowed')
      found.allow.push(violation('policy/license-not-allowed', 'fail', params, c));
    else if (status === 'copyleft')
      found.copyleft.push(violation('policy/copyleft-in-prod', 'fail', params, c));
  }
  const out: Verdict[] = [];
  if (policy.deny) out.push(verdict('licenses.deny', found.deny));
  if (policy.allow) out.push(verdict('licenses.allow', found.allow));
  if (policy['copyleft-dev-only']) out.push(verdict('licenses.copyleft-dev-only', found.copyleft));
  if (policy.unknown && policy.unknown !== 'off') out.push(verdict('licenses.unknown', found.unknown));
  if (policy.outbound) out.push(outboundVerdict(result, policy.outbound));
  return out;
}

/**
 * Outbound compatibility of production dependencies (dev-only ones are not distributed):
 * incompatible fails, a combination the table marks conditional or unknown warns.
 */
function outboundVerdict(result: ScanResult, outbound: string): Verdict {
  const target = normaliseExpression(outbound).expression ?? outbound;
  const found: Diagnostic[] = [];
  for (const c of result.components) {
    const license = licenseOf(c);
    if (!c.scopes.includes('prod') || !license) continue;
    const expression = normaliseExpression(license).expression;
    if (!expression) continue;
    const check = checkCompatibility(expression, target);
    if (check.verdict === 'compatible') continue;
    const params = { component: label(c), license: expression, outbound: target, reason: check.reason };
    found.push(
      violation('policy/license-incompatible', check.verdict === 'incompatible' ? 'fail' : 'warn', params, c),
    );
  }
  return verdict('licenses.outbound', found);
}

function statusOf(node: ExprNode, policy: LicensePolicy, devOnly: boolean): Status {
  if ('license' in node) return statusOfId(node.license, policy, devOnly);
  const a = statusOf(node.left, policy, devOnly);
  const b = statusOf(node.right, policy, devOnly);
  const pick = node.conjunction === 'or' ? Math.min : Math.max;
  return RANK[a] === pick(RANK[a], RANK[b]) ? a : b;
}

function statusOfId(id: string, policy: LicensePolicy, devOnly: boolean): Status {
  const has = (list: string[] | undefined, value: string) =>
    (list ?? []).some((x) => x.toLowerCase() === value.toLowerCase());
  const category = licenseInfo(id)?.category ?? 'proprietary-or-unknown';
  const inCategory = (list: string[] | undefined) =>
    has(list, category) || (COPYLEFT.has(category) && has(list, 'copyleft'));
  if (has(policy.allow, id)) return 'ok';
  if (has(policy.deny, id)) return 'denied';
  if (inCategory(policy.deny)) return 'denied';
  // A copyleft category named in `allow` is allowed everywhere; otherwise only in dev-only components.
  if (inCategory(policy.allow)) return 'ok';
  if (COPYLEFT.has(category) && policy['copyleft-dev-only']) return devOnly ? 'ok' : 'copyleft';
  return policy.allow ? 'not-allowed' : 'ok';
}
