// Outbound compatibility: may a dependency under license expression D be distributed as part of a
// whole released under outbound license O? A conservative rule table by license category, plus
// the stewards' own statements for the Mulan family (PSL code may go into Apache-2.0 and GPL-2.0/
// 3.0 projects; PubL v2 combines only under AGPL-3.0-or-later). Not legal advice: "review" means a
// person should look.
import { parseExpression } from './expression.js';
import { licenseInfo } from './knowledge/index.js';

export type Verdict = 'compatible' | 'conditional' | 'incompatible' | 'unknown';

export interface CompatibilityResult {
  verdict: Verdict;
  /** Reason key (ui.licenses.reason.<reason>) and its parameters. */
  reason: string;
  license: string;
}

type Node = NonNullable<ReturnType<typeof parseExpression>>;

const GPL2 = /^GPL-2\.0/;
const GPL3 = /^GPL-3\.0/;
const AGPL3 = /^AGPL-3\.0/;

function family(id: string): string {
  return id.replace(/-(only|or-later)$/, '').replace(/\+$/, '');
}

function orLater(id: string): boolean {
  return id.endsWith('-or-later') || id.endsWith('+');
}

/** One license id against the outbound id. */
export function checkOne(dep: string, outbound: string): CompatibilityResult {
  const r = (verdict: Verdict, reason: string): CompatibilityResult => ({ verdict, reason, license: dep });
  const base = dep.split(' WITH ')[0]!;
  if (base === outbound || family(base) === family(outbound)) {
    if (family(base) === family(outbound) && !orLater(base) && orLater(outbound) && base !== outbound)
      return r('conditional', 'only-vs-later');
    return r('compatible', 'same-license');
  }
  if (
    base.startsWith('MulanPSL-') &&
    (outbound === 'Apache-2.0' || GPL2.test(outbound) || GPL3.test(outbound))
  )
    return r('compatible', 'mulan-psl-statement');
  if (base === 'LicenseRef-MulanPubL-2.0')
    return AGPL3.test(outbound)
      ? r('compatible', 'mulan-publ-agpl')
      : r('incompatible', 'mulan-publ-only-agpl');
  if (base === 'LicenseRef-MulanPubL-1.0') return r('incompatible', 'copyleft-other');
  const info = licenseInfo(base);
  if (!info || (base.startsWith('LicenseRef-') && !base.startsWith('LicenseRef-Mulan')))
    return r('unknown', 'unknown-license');
  const out = licenseInfo(outbound);
  const outCopyleft = out && (out.category === 'strong-copyleft' || out.category === 'network-copyleft');
  switch (info.category) {
    case 'public-domain':
      return r('compatible', 'public-domain');
    case 'permissive':
      if (base === 'Apache-2.0' && GPL2.test(outbound) && !orLater(outbound))
        return r('incompatible', 'apache-gpl2');
      return r('compatible', outCopyleft ? 'permissive-into-copyleft' : 'permissive');
    case 'weak-copyleft':
      if (/^LGPL-/.test(base) && (GPL2.test(outbound) || GPL3.test(outbound) || AGPL3.test(outbound)))
        return r('compatible', 'lgpl-into-gpl');
      if (base === 'MPL-2.0' && outCopyleft) return r('compatible', 'mpl-secondary');
      return r('conditional', 'weak-copyleft');
    case 'strong-copyleft':
      if (GPL2.test(base) && orLater(base) && (GPL3.test(outbound) || AGPL3.test(outbound)))
        return r('compatible', 'gpl-later');
      if (GPL3.test(base) && AGPL3.test(outbound)) return r('compatible', 'gpl3-agpl3');
      return r('incompatible', 'copyleft-other');
    case 'network-copyleft':
      return r('incompatible', 'copyleft-other');
    case 'content':
      return r('conditional', 'content-license');
    default:
      return r('unknown', 'unknown-license');
  }
}

const RANK: Record<Verdict, number> = { compatible: 0, conditional: 1, unknown: 2, incompatible: 3 };

function evaluate(node: Node, outbound: string): CompatibilityResult {
  if ('license' in node) {
    const id = node.exception
      ? `${node.license} WITH ${node.exception}`
      : node.license + (node.plus ? '+' : '');
    return checkOne(id, outbound);
  }
  const left = evaluate(node.left, outbound);
  const right = evaluate(node.right, outbound);
  // OR: the recipient may choose the better option; AND: both apply, the worse one decides.
  const pickLeft =
    node.conjunction === 'or'
      ? RANK[left.verdict] <= RANK[right.verdict]
      : RANK[left.verdict] >= RANK[right.verdict];
  return pickLeft ? left : right;
}

/** Compatibility of a dependency expression with the outbound license (its first id if an expression). */
export function checkCompatibility(dependency: string, outbound: string): CompatibilityResult {
  const dep = parseExpression(dependency);
  const out = parseExpression(outbound);
  const outId = out ? firstId(out) : outbound;
  if (!dep) return { verdict: 'unknown', reason: 'unknown-license', license: dependency };
  return evaluate(dep, outId);
}

function firstId(node: Node): string {
  return 'license' in node ? node.license + (node.plus ? '+' : '') : firstId(node.left);
}
