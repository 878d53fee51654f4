// The facts the HTML report shows, computed once and embedded as JSON: components as compact rows,
// findings with their translated messages, and the counts the charts draw.
import type { Lang } from '../../core/analyzer.js';
import type { ScanResult } from '../../core/result.js';
import { translate } from '../../i18n/catalogue.js';
import { normaliseExpression, licenseIds } from '../../licenses/expression.js';
import { licenseInfo } from '../../licenses/knowledge/index.js';
import { monthRows, type MonthRow } from './health-section.js';
import { licenseOf } from '../../core/license-of.js';

export interface ReportData {
  /** [name, version, ecosystem, scopes, license, direct] */
  components: [string, string, string, string, string, boolean][];
  /** [severity, code, message] */
  findings: [string, string, string][];
  licenseCategories: Record<string, number>;
  vulnerabilities: Record<string, number>;
  architecture: { target: string; verdict: string; count: number }[];
  policy: string | null;
  /** Commits and active contributors per month for the health chart; null without health data. */
  health: MonthRow[] | null;
}

export function buildReportData(result: ScanResult, lang: Lang): ReportData {
  const categories: Record<string, number> = {};
  const cache = new Map<string, string>();
  const components = result.components.map((c): ReportData['components'][number] => {
    const declared = licenseOf(c) ?? '';
    let category = cache.get(declared);
    if (category === undefined) {
      const expression = declared ? normaliseExpression(declared).expression : null;
      const ids = expression ? licenseIds(expression) : [];
      category = ids.length
        ? (licenseInfo(ids[0]!)?.category ?? 'proprietary-or-unknown')
        : 'proprietary-or-unknown';
      cache.set(declared, category);
    }
    categories[category] = (categories[category] ?? 0) + 1;
    return [c.name, c.version ?? c.range ?? '', c.ecosystem, c.scopes.join(' '), declared, c.direct];
  });
  const vulnerabilities: Record<string, number> = {};
  const architecture: ReportData['architecture'] = [];
  let policy: string | null = null;
  for (const d of result.diagnostics) {
    if (d.code === 'vuln/affected') {
      const rating = String(d.params.rating ?? 'unknown');
      vulnerabilities[rating] = (vulnerabilities[rating] ?? 0) + 1;
    } else if (String(d.code) === 'arch/verdict')
      architecture.push({
        target: String(d.params.target),
        verdict: String(d.params.verdict),
        count: Number(d.params.count ?? 0),
      });
    else if (d.code === 'policy/summary') policy = translate(lang, d.code, d.params);
  }
  const findings = result.diagnostics
    .filter((d) => d.code !== 'policy/summary')
    .map((d): ReportData['findings'][number] => [d.severity, d.code, translate(lang, d.code, d.params)]);
  return {
    components,
    findings,
    licenseCategories: categories,
    vulnerabilities,
    architecture,
    policy,
    health: result.health ? monthRows(result.health) : null,
  };
}
