// The Markdown summary (--format markdown) for pull-request comments: the policy outcome first,
// project health when the scan read git history, counts by category, the top violations, and
// everything else folded into <details> blocks so the comment stays short. Human text in the
// chosen language.
import type { Reporter, RenderOptions } from '../../core/analyzer.js';
import type { Diagnostic, Severity } from '../../core/diagnostics.js';
import type { ScanResult } from '../../core/result.js';
import { translate, type UiKey } from '../../i18n/catalogue.js';
import { healthFacts } from '../health-facts.js';
import { md } from './escape.js';
import { licenseOf } from '../../core/license-of.js';

const TOP = 10;
const DETAIL_LIMIT = 200;
const FAMILIES = ['policy', 'vuln', 'license', 'arch', 'inventory', 'file', 'health'] as const;
const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

export const markdownReporter: Reporter = {
  id: 'markdown',
  extension: 'md',
  machine: false,
  render: (result, options) => renderMarkdown(result, options),
};

export function renderMarkdown(result: ScanResult, { lang }: RenderOptions): string {
  const t = (k: UiKey, p?: Record<string, string | number>) => translate(lang, k, p);
  const msg = (d: Diagnostic) => md(translate(lang, d.code, d.params));
  const out: string[] = [`### ${t('ui.md.title')}`, ''];

  const summary = result.diagnostics.find((d) => d.code === 'policy/summary');
  const violations = result.diagnostics.filter((d) => d.code.startsWith('policy/') && d.severity === 'error');
  if (!summary) out.push(t('ui.md.no-policy'));
  else if (violations.length) out.push(`**${t('ui.md.policy-failed', { count: violations.length })}**`);
  else out.push(`**${t('ui.md.policy-passed')}**`);
  if (summary) out.push('', msg(summary));
  if (!result.status.complete)
    out.push(
      '',
      `> ${t('ui.md.incomplete', { count: result.status.failures.length + result.status.skipped.length })}`,
    );

  const prod = result.components.filter((c) => c.scopes.includes('prod')).length;
  out.push(
    '',
    t('ui.md.components', { count: result.components.length, prod, dev: result.components.length - prod }),
  );

  if (result.health) out.push('', ...healthBlock(result, lang));

  out.push('', `| ${t('ui.md.category')} | ${SEVERITIES.map((s) => t(`ui.md.${s}`)).join(' | ')} |`);
  out.push(`| --- | ${SEVERITIES.map(() => '---:').join(' | ')} |`);
  for (const family of FAMILIES) {
    const mine = result.diagnostics.filter(
      (d) => d.code.startsWith(`${family}/`) && d.code !== 'policy/summary',
    );
    if (!mine.length) continue;
    const counts = SEVERITIES.map((s) => mine.filter((d) => d.severity === s).length);
    out.push(`| ${t(`ui.md.family.${family}`)} | ${counts.join(' | ')} |`);
  }

  if (violations.length) {
    out.push('', `#### ${t('ui.md.top')}`, '');
    for (const d of violations.slice(0, TOP)) out.push(`- ${where(d)}${msg(d)}`);
    if (violations.length > TOP) out.push(`- ${t('ui.md.more', { count: violations.length - TOP })}`);
  }

  for (const family of FAMILIES) {
    const mine = result.diagnostics.filter(
      (d) =>
        d.code.startsWith(`${family}/`) &&
        d.code !== 'policy/summary' &&
        !violations.slice(0, TOP).includes(d),
    );
    if (!mine.length) continue;
    out.push('', `<details><summary>${t(`ui.md.family.${family}`)} (${mine.length})</summary>`, '');
    for (const d of mine.slice(0, DETAIL_LIMIT))
      out.push(`- ${d.severity === 'note' ? '' : `**${d.severity}** `}${where(d)}${msg(d)}`);
    if (mine.length > DETAIL_LIMIT) out.push(`- ${t('ui.md.more', { count: mine.length - DETAIL_LIMIT })}`);
    out.push('', '</details>');
  }

  const licenses = new Map<string, number>();
  for (const c of result.components) {
    const l = licenseOf(c) ?? '?';
    licenses.set(l, (licenses.get(l) ?? 0) + 1);
  }
  if (result.components.length) {
    out.push('', `<details><summary>${t('ui.md.licenses')} (${licenses.size})</summary>`, '');
    out.push(`| ${t('ui.md.license')} | ${t('ui.md.count')} |`, '| --- | ---: |');
    for (const [l, n] of [...licenses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
      out.push(`| ${md(l)} | ${n} |`);
    out.push('', '</details>');
  }
  out.push('', `<sub>${t('ui.md.footer', { version: result.tool.version })}</sub>`, '');
  return out.join('\n');
}

/** Stage, bus factor, contributors and last release on one line, then the unmet criteria. */
function healthBlock(result: ScanResult, lang: RenderOptions['lang']): string[] {
  const f = healthFacts(result.health!, lang);
  const figures = translate(lang, 'ui.md.health', {
    stage: md(f.stage),
    bus: f.busFactor,
    contributors: f.contributors,
    active: f.active,
    release: md(f.lastRelease),
  });
  const out = [`#### ${translate(lang, 'ui.md.family.health')}`, '', figures];
  if (f.next && f.unmet.length) {
    out.push('', `**${md(translate(lang, 'ui.health.unmet', { next: f.next }))}**`, '');
    for (const c of f.unmet) out.push(`- ${md(c.text)}${c.actual === null ? '' : ` (${md(c.actual)})`}`);
  }
  return out;
}

function where(d: Diagnostic): string {
  if (!d.location) return '';
  return `\`${d.location.file.replace(/`/g, "'")}${d.location.line ? `:${d.location.line}` : ''}\` `;
}
