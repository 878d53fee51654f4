// The result of `steward licenses` as data (JSON, language-neutral) and as a translated table.
// Builds diagnostics for unknown texts, declared/detected disagreements, truncated files and
// outbound-license verdicts.
import type { Lang } from '../core/analyzer.js';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { translate } from '../i18n/catalogue.js';
import { checkCompatibility, type Verdict } from './compatibility.js';
import { licenseIds, normaliseExpression } from './expression.js';
import { licenseInfo } from './knowledge/index.js';
import type { LicenseInfo } from './knowledge/types.js';
import { MAX_LICENSE_BYTES } from './file-kinds.js';
import type { FileResult, SkippedFile, TreeScan } from './scan-tree.js';
import type { PackageLicenses } from './packages.js';

export interface OutboundVerdict {
  package: string;
  license: string;
  verdict: Verdict;
  reason: string;
}

export interface LicensesReport {
  schemaVersion: 1;
  root: string;
  outbound: { expression: string; from: 'option' | 'manifest' } | null;
  files: FileResult[];
  packages: PackageLicenses[];
  verdicts: OutboundVerdict[];
  /** Facts about every license named above: names, category, OSI approval, URL, obligations. */
  licenses: LicenseInfo[];
  skipped: SkippedFile[];
  diagnostics: Diagnostic[];
  stats: TreeScan['stats'];
}

function packageLabel(p: PackageLicenses): string {
  return p.name ? `${p.name}${p.version ? `@${p.version}` : ''}` : p.path;
}

export function buildReport(root: string, scan: TreeScan, outboundOption?: string): LicensesReport {
  const diagnostics: Diagnostic[] = [];
  for (const f of scan.files) {
    for (const u of f.unknown)
      diagnostics.push(
        diagnostic(
          'license/unknown-text',
          { file: f.path, start: u.startLine, end: u.endLine },
          { location: { file: f.path, line: u.startLine } },
        ),
      );
    if (f.truncated)
      diagnostics.push(
        diagnostic(
          'license/truncated',
          { file: f.path, limit: MAX_LICENSE_BYTES },
          { location: { file: f.path } },
        ),
      );
  }
  for (const p of scan.packages)
    if (p.agrees === false)
      diagnostics.push(
        diagnostic(
          'license/declared-mismatch',
          { package: packageLabel(p), declared: p.declared!, detected: p.detected! },
          { location: { file: p.manifest } },
        ),
      );

  const rootPkg = scan.packages.find((p) => p.path === '.');
  const fromOption = outboundOption ? normaliseExpression(outboundOption).expression : null;
  const outbound = fromOption
    ? { expression: fromOption, from: 'option' as const }
    : rootPkg?.declared
      ? { expression: rootPkg.declared, from: 'manifest' as const }
      : null;
  const verdicts: OutboundVerdict[] = [];
  if (outbound) {
    for (const p of scan.packages) {
      if (p.path === '.') continue;
      const license = p.declared ?? p.detected;
      const v = license
        ? checkCompatibility(license, outbound.expression)
        : { verdict: 'unknown' as const, reason: 'unknown-license', license: '' };
      verdicts.push({
        package: packageLabel(p),
        license: license ?? '',
        verdict: v.verdict,
        reason: v.reason,
      });
      if (v.verdict === 'incompatible' || v.verdict === 'unknown')
        diagnostics.push(
          diagnostic(
            v.verdict === 'incompatible' ? 'license/incompatible' : 'license/review',
            {
              package: packageLabel(p),
              license: license ?? '?',
              outbound: outbound.expression,
              reason: `ui.licenses.reason.${v.reason}`,
            },
            { location: { file: p.manifest } },
          ),
        );
    }
  }
  const named = new Set<string>();
  for (const f of scan.files)
    for (const d of f.detections) for (const id of licenseIds(d.expression)) named.add(id);
  for (const p of scan.packages)
    for (const e of [p.declared, p.detected]) if (e) for (const id of licenseIds(e)) named.add(id);
  const licenses = [...named]
    .sort()
    .map((id) => licenseInfo(id))
    .filter((i): i is LicenseInfo => !!i);
  return {
    schemaVersion: 1,
    root,
    outbound,
    files: scan.files,
    packages: scan.packages,
    verdicts,
    licenses,
    skipped: scan.skipped,
    diagnostics,
    stats: scan.stats,
  };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length))));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Diagnostic parameters that are themselves message keys are translated before display. */
function localise(d: Diagnostic, lang: Lang): Diagnostic {
  const reason = d.params.reason;
  if (typeof reason !== 'string' || !reason.startsWith('ui.')) return d;
  return { ...d, params: { ...d.params, reason: translate(lang, reason as `ui.${string}`) } };
}

export function renderTable(report: LicensesReport, lang: Lang): string {
  const t = (k: `ui.${string}`, p: Record<string, string | number> = {}) => translate(lang, k, p);
  const out: string[] = [];
  const fileRows = report.files
    .filter((f) => f.expression || f.unknown.length)
    .map((f) => [
      f.path,
      f.expression ?? t('ui.licenses.none'),
      [...new Set(f.detections.map((d) => d.kind))].join(','),
    ]);
  if (fileRows.length)
    out.push(
      columns([[t('ui.licenses.file'), t('ui.licenses.expression'), t('ui.licenses.evidence')], ...fileRows]),
      '',
    );
  const pkgRows = report.packages.map((p) => {
    const v = report.verdicts.find((x) => x.package === packageLabel(p));
    return [
      packageLabel(p),
      p.declared ?? '-',
      p.detected ?? '-',
      v ? `${t(`ui.licenses.verdict.${v.verdict}`)}: ${t(`ui.licenses.reason.${v.reason}`)}` : '',
    ];
  });
  if (pkgRows.length)
    out.push(
      columns([
        [
          t('ui.licenses.package'),
          t('ui.licenses.declared'),
          t('ui.licenses.detected'),
          t('ui.licenses.verdict'),
        ],
        ...pkgRows,
      ]),
      '',
    );
  out.push(
    report.outbound
      ? t('ui.licenses.outbound', { outbound: report.outbound.expression })
      : t('ui.licenses.no-outbound'),
  );
  for (const d of report.diagnostics) out.push(formatDiagnostic(localise(d, lang), lang));
  out.push(
    t('ui.licenses.summary', {
      files: report.files.filter((f) => f.expression).length,
      unknown: report.files.filter((f) => f.unknown.length).length,
      mismatches: report.packages.filter((p) => p.agrees === false).length,
      seen: report.stats.seen,
      ms: report.stats.ms,
    }),
  );
  return `${out.join('\n')}\n`;
}
