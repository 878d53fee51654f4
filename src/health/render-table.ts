// The human-readable health report, in English or Chinese. Labels live here beside the layout;
// the report itself stays language-neutral and the diagnostics use the shared catalogues.
import type { Lang } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import type { HealthReport } from './report.js';

const L = {
  title: { en: 'Project health', 'zh-CN': '项目健康度' },
  partial: { en: 'PARTIAL: some history could not be read', 'zh-CN': '不完整：部分历史无法读取' },
  window: { en: 'Window', 'zh-CN': '统计窗口' },
  commits: { en: 'Commits (all / window / merges)', 'zh-CN': '提交（全部 / 窗口内 / 合并）' },
  contributors: { en: 'Contributors (all / active / new)', 'zh-CN': '贡献者（全部 / 活跃 / 新加入）' },
  growth: { en: 'Active contributor growth', 'zh-CN': '活跃贡献者增长' },
  bus: { en: 'Bus factor (window / all time)', 'zh-CN': '巴士因子（窗口内 / 全部）' },
  elephant: { en: 'Elephant factor (window)', 'zh-CN': '大象因子（窗口内）' },
  orgs: { en: 'Organisations', 'zh-CN': '组织' },
  releases: { en: 'Releases (tags)', 'zh-CN': '发布（标签）' },
  lastRelease: { en: 'Last release', 'zh-CN': '最近发布' },
  cadence: { en: 'Median days between releases', 'zh-CN': '发布间隔中位数（天）' },
  semver: { en: 'Semver tags', 'zh-CN': '语义化版本标签' },
  outOfOrder: { en: '{n} out of order', 'zh-CN': '{n} 个版本倒退' },
  practices: { en: 'Practices', 'zh-CN': '实践' },
  series: { en: 'Windows (newest first)', 'zh-CN': '各统计窗口（最新在前）' },
  seriesHead: {
    en: 'window|commits|active|new|retained',
    'zh-CN': '窗口|提交数|活跃|新增|留存',
  },
  maturity: { en: 'Maturity', 'zh-CN': '成熟度' },
  stage: { en: 'Stage met', 'zh-CN': '已达到阶段' },
  none: { en: '(none)', 'zh-CN': '（无）' },
  blocking: { en: 'Blocking {next}', 'zh-CN': '阻碍进入 {next} 的条件' },
  top: { en: 'Top stage reached', 'zh-CN': '已达到最高阶段' },
  unknown: { en: 'unknown', 'zh-CN': '未知' },
  days: { en: '{n} days ago', 'zh-CN': '{n} 天前' },
} satisfies Record<string, Record<Lang, string>>;

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));

const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;
const COLUMNS = [24, 8, 8, 6, 10];
const seriesLine = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? pad(c, COLUMNS[0]!) : padStart(c, COLUMNS[i]!))).join('');

const dash = (v: number | null | undefined) => (v === null || v === undefined ? '-' : String(v));
const pct = (v: number | null) => (v === null ? '-' : `${Math.round(v * 100)}%`);

export function renderHealthTable(r: HealthReport, lang: Lang): string {
  const t = (k: keyof typeof L, p: Record<string, string | number> = {}) =>
    L[k][lang].replace(/\{(\w+)\}/g, (_, n: string) => String(p[n] ?? ''));
  const row = (label: string, value: string) => `  ${pad(label, 36)} ${value}`;
  const out: string[] = [`${t('title')}: ${r.repository.path}`];
  if (r.partial) out.push(`  ${t('partial')}`);
  const rel = r.releases;
  out.push(
    row(t('window'), `${r.window.start} .. ${r.window.end} (${r.window.days}d)`),
    row(t('commits'), `${r.commits.total} / ${r.commits.window} / ${r.commits.merges}`),
    row(t('contributors'), `${r.contributors.total} / ${r.contributors.active} / ${r.contributors.new}`),
    row(t('growth'), pct(r.contributors.growthRate)),
    row(t('bus'), `${dash(r.busFactor)} / ${dash(r.busFactorAllTime)}`),
    row(t('elephant'), dash(r.elephantFactor)),
    row(
      t('orgs'),
      r.organizations
        .slice(0, 6)
        .map((o) => `${o.name} ${o.commits}`)
        .join(', ') || t('none'),
    ),
    row(t('releases'), String(rel.count)),
    row(
      t('lastRelease'),
      rel.last
        ? `${rel.last.tag} ${rel.last.date.slice(0, 10)} (${t('days', { n: Math.round(rel.daysSinceLast ?? 0) })})`
        : t('none'),
    ),
    row(t('cadence'), dash(rel.medianIntervalDays)),
    row(
      t('semver'),
      `${rel.semverTags}/${rel.count}` +
        (rel.semverOutOfOrder ? ` (${t('outOfOrder', { n: rel.semverOutOfOrder })})` : ''),
    ),
    '',
    `${t('practices')}:`,
  );
  for (const p of r.practices) {
    const mark = p.passed === null ? '?' : p.passed ? '✓' : '✗';
    const extra =
      p.value !== undefined
        ? ` (${p.value})`
        : p.evidence?.length
          ? ` (${p.evidence.slice(0, 3).join(', ')})`
          : '';
    out.push(`  ${mark} ${p.id}${extra}`);
  }
  out.push('', `${t('series')}:`, `  ${seriesLine(t('seriesHead').split('|'))}`);
  for (const w of r.contributors.windows) {
    const cells = [
      `${w.start}..${w.end}`,
      w.commits,
      w.activeContributors,
      w.newContributors,
      dash(w.retained),
    ];
    out.push(`  ${seriesLine(cells.map(String))}`);
  }
  const m = r.maturity;
  out.push('', `${t('maturity')} (${m.model}):`, row(t('stage'), m.stageTitle?.[lang] ?? t('none')));
  if (m.next) {
    out.push(`  ${t('blocking', { next: m.nextTitle?.[lang] ?? m.next })}:`);
    for (const c of m.unmet) {
      const actual = c.status === 'unknown' ? t('unknown') : String(c.actual);
      out.push(`    ✗ ${c.text[lang]} [${c.metric} = ${actual}]`);
    }
  } else out.push(`  ${t('top')}`);
  if (r.diagnostics.length) out.push('');
  for (const d of r.diagnostics) out.push(`  ${d.severity}: ${translate(lang, d.code, d.params)}`);
  return `${out.join('\n')}\n`;
}
