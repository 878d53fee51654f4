// Renders an ArchReport: JSON (language-neutral, remediation given in both languages) and a
// plain-text table in English or Chinese for people.
import type { Lang } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import type { ArchFinding, ArchReport } from './types.js';

const LANGS: Lang[] = ['en', 'zh-CN'];

function remediation(f: ArchFinding): Record<Lang, string> {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = f.remedies.map((r) => translate(lang, r, f.params)).join(' ');
  return out;
}

const findingJson = (f: ArchFinding) => ({
  code: f.code,
  verdict: f.verdict,
  message: translate('en', f.code, f.params),
  ...(f.file ? { file: f.file } : {}),
  params: f.params,
  remediation: remediation(f),
});

export function renderArchJson(report: ArchReport, root: string): string {
  const doc = {
    root,
    target: report.target,
    verdict: report.verdict,
    components: report.components.map((c) => ({
      purl: c.purl,
      name: c.name,
      version: c.version,
      verdict: c.verdict,
      reason: c.reason,
      findings: c.findings.map(findingJson),
    })),
    binaries: report.binaries.map((b) => ({
      path: b.path,
      ...(b.member ? { member: b.member } : {}),
      format: b.format,
      arch: b.arch.join(','),
      ...(b.owner ? { owner: b.owner } : {}),
      ...(b.info.bits ? { bits: b.info.bits } : {}),
      ...(b.info.endian ? { endian: b.info.endian } : {}),
      ...(b.info.kind ? { kind: b.info.kind } : {}),
      ...(b.info.flags !== undefined ? { flags: b.info.flags } : {}),
      ...(b.info.loongarch ? { loongarch: b.info.loongarch } : {}),
      ...(b.info.interpreter ? { interpreter: b.info.interpreter } : {}),
      ...(b.info.glibc ? { glibc: b.info.glibc } : {}),
      ...(b.info.world ? { world: b.info.world } : {}),
      ...(b.info.notes ? { notes: b.info.notes } : {}),
    })),
    project: report.project.map(findingJson),
    skipped: report.skipped,
    stats: report.stats,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderArchTable(report: ArchReport, lang: Lang): string {
  const t = (k: Parameters<typeof translate>[1], p: Record<string, string | number> = {}) =>
    translate(lang, k, p);
  const v = (x: string) => t(`ui.arch.verdict.${x}`);
  const count = (x: string) => report.components.filter((c) => c.verdict === x).length;
  const lines = [
    t('ui.arch.heading', { target: report.target, verdict: v(report.verdict) }),
    t('ui.arch.summary', {
      components: report.components.length,
      ready: count('ready'),
      source: count('source'),
      port: count('port'),
      blocked: count('blocked'),
      binaries: report.binaries.length,
      files: report.stats.files,
    }),
  ];
  const needing = report.components.filter((c) => c.verdict !== 'ready');
  if (needing.length) {
    lines.push('', `${t('ui.arch.components')}:`);
    for (const c of needing)
      for (const f of c.findings)
        lines.push(`  [${v(f.verdict)}] ${t(f.code, f.params)}`, `      → ${remediation(f)[lang]}`);
  }
  if (report.project.length) {
    lines.push('', `${t('ui.arch.project')}:`);
    for (const f of report.project)
      lines.push(`  [${v(f.verdict)}] ${t(f.code, f.params)}`, `      → ${remediation(f)[lang]}`);
  }
  if (report.binaries.length) {
    lines.push('', `${t('ui.arch.binaries')}:`);
    const rows = report.binaries.map((b) => [
      b.member ? `${b.path}!/${b.member}` : b.path,
      b.format,
      b.arch.join(',') + (b.info.world ? ` (${b.info.world} world)` : ''),
    ]);
    const w0 = Math.max(t('ui.arch.col.path').length, ...rows.map((r) => r[0]!.length));
    const w1 = Math.max(6, ...rows.map((r) => r[1]!.length));
    lines.push(
      `  ${t('ui.arch.col.path').padEnd(w0)}  ${t('ui.arch.col.format').padEnd(w1)}  ${t('ui.arch.col.arch')}`,
    );
    for (const r of rows) lines.push(`  ${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`);
  }
  if (report.skipped.length) {
    lines.push('', `${t('ui.arch.skipped')}:`);
    for (const s of report.skipped.slice(0, 50))
      lines.push(`  ${t('arch/skipped', { path: s.path, detail: s.detail })}`);
    if (report.skipped.length > 50) lines.push(`  … ${report.skipped.length - 50}`);
  }
  if (!needing.length && !report.project.length) lines.push('', t('ui.arch.none'));
  return `${lines.join('\n')}\n`;
}
