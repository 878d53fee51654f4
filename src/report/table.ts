// The human table: one row per component, then diagnostics, a summary and (when the scan read git
// history) one health line, in the chosen language.
import type { Reporter } from '../core/analyzer.js';
import { translate } from '../i18n/catalogue.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { healthSummaryLine } from './health-facts.js';

const width = (s: string): number => {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
};
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

export const tableReporter: Reporter = {
  id: 'table',
  extension: 'txt',
  machine: false,
  render(result, { lang, color }) {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate(lang, k, p);
    const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[22m` : s);
    const dim = (s: string) => (color ? `\u001b[2m${s}\u001b[22m` : s);
    const head = [
      'ui.table.name',
      'ui.table.version',
      'ui.table.ecosystem',
      'ui.table.scopes',
      'ui.table.direct',
      'ui.table.source',
    ] as const;
    const rows = result.components.map((c) => [
      c.name,
      c.version ?? c.range ?? '',
      c.ecosystem,
      c.scopes.join(','),
      c.direct ? t('ui.yes') : t('ui.no'),
      c.locations[0]?.file ?? '',
    ]);
    const headers = head.map((k) => t(k));
    const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
    const lines: string[] = [];
    lines.push(
      bold(
        headers
          .map((h, i) => pad(h, widths[i]!))
          .join('  ')
          .trimEnd(),
      ),
    );
    for (const r of rows)
      lines.push(
        r
          .map((cell, i) => pad(cell, widths[i]!))
          .join('  ')
          .trimEnd(),
      );
    const diagnostics = result.diagnostics.map((d) => formatDiagnostic(d, lang));
    if (diagnostics.length) lines.push('', ...diagnostics);
    lines.push(
      '',
      dim(
        t('ui.summary', {
          components: result.components.length,
          projects: result.projects.length,
          direct: result.components.filter((c) => c.direct).length,
          prod: result.components.filter((c) => c.scopes.includes('prod')).length,
          dev: result.components.filter((c) => c.scopes.includes('dev')).length,
        }),
      ),
    );
    if (result.health) lines.push(dim(healthSummaryLine(result.health, lang)));
    if (!result.status.complete)
      lines.push(t('ui.incomplete', { count: result.status.failures.length + result.status.skipped.length }));
    return lines.join('\n') + '\n';
  },
};
