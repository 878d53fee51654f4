// Renders an audit report: a human table (translated) or language-neutral JSON whose
// `vulnerabilities[]` carries at least id, aliases, purl and fixed for each finding.
import type { Lang } from '../../core/analyzer.js';
import { translate } from '../../i18n/catalogue.js';
import type { AuditReport, ReportedVuln } from '../../vulns/audit.js';
import { TOOL_VERSION } from '../../version.js';

export const AUDIT_FORMATS = ['table', 'json'];
export const AUDIT_SCHEMA_VERSION = '1.0';

function jsonVuln(v: ReportedVuln) {
  return {
    id: v.id,
    aliases: v.aliases,
    purl: v.purl,
    ecosystem: v.ecosystem,
    name: v.name,
    version: v.version,
    summary: v.summary ?? null,
    rating: v.rating,
    severity: v.severity,
    fixed: v.fixed,
    smallestFix: v.smallestFix,
    path: v.path,
    records: v.records,
  };
}

export function renderJson(report: AuditReport, source: { path?: string; sbom?: string }): string {
  const doc = {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: { name: 'steward', version: TOOL_VERSION },
    source,
    database: report.database,
    summary: {
      checked: report.checked,
      unmapped: report.unmapped,
      vulnerabilities: report.vulnerabilities.length,
      suppressed: report.suppressed.length,
      notEvaluable: report.notEvaluable.length,
    },
    vulnerabilities: report.vulnerabilities.map(jsonVuln),
    suppressed: report.suppressed.map((v) => ({ ...jsonVuln(v), suppression: v.suppression })),
    notEvaluable: report.notEvaluable,
    expiredIgnores: report.expiredIgnores,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderTable(report: AuditReport, lang: Lang): string {
  const lines: string[] = [];
  for (const v of report.vulnerabilities) {
    lines.push(`${v.rating.toUpperCase().padEnd(8)} ${v.id}  ${v.purl}`);
    if (v.summary) lines.push(`         ${v.summary}`);
    if (v.aliases.length)
      lines.push(`         ${translate(lang, 'ui.audit.aliases', { aliases: v.aliases.join(', ') })}`);
    if (v.severity.length)
      lines.push(
        `         ${v.severity.map((s) => translate(lang, 'ui.audit.score', { type: s.type, score: s.score })).join(', ')}`,
      );
    lines.push(
      `         ${v.smallestFix ? translate(lang, 'ui.audit.fix', { version: v.smallestFix }) : translate(lang, 'ui.audit.no-fix')}`,
    );
    if (v.path.length > 1)
      lines.push(`         ${translate(lang, 'ui.audit.path', { path: v.path.join(' > ') })}`);
  }
  for (const v of report.suppressed)
    lines.push(
      translate(lang, 'vuln/suppressed', {
        purl: v.purl,
        id: v.id,
        by: v.suppression.source ?? v.suppression.by,
        reason: v.suppression.reason ?? '-',
      }),
    );
  const count = report.vulnerabilities.length;
  lines.push(
    count
      ? translate(lang, 'ui.audit.summary', {
          count,
          checked: report.checked,
          suppressed: report.suppressed.length,
        })
      : translate(lang, 'ui.audit.none', { checked: report.checked }),
  );
  return `${lines.join('\n')}\n`;
}
