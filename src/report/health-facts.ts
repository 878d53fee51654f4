// The few health figures every human report shows (HTML, Markdown, table), formatted once in the
// report language so the three agree: maturity stage, bus factor, contributors, last release and
// the criteria that keep the project from the next stage. The section itself stays language-neutral.
import type { Lang } from '../core/analyzer.js';
import type { ScanResult } from '../core/result.js';
import { translate, type UiKey } from '../i18n/catalogue.js';

export type Health = NonNullable<ScanResult['health']>;

export interface HealthFacts {
  /** The stage met, in the report language, or "no stage reached". */
  stage: string;
  /** The next stage's title, null when the model's last stage is met. */
  next: string | null;
  /** Unmet criteria for the next stage: the criterion's text and the measured number ("unknown"
   * when the history cannot tell; null for yes/no criteria, whose text says it all). */
  unmet: { text: string; actual: string | null }[];
  busFactor: string;
  elephantFactor: string;
  contributors: number;
  active: number;
  /** "v1.1.0 (2024-06-15)", or "none". */
  lastRelease: string;
}

const dash = (v: number | null) => (v === null ? '–' : String(v));

export function healthFacts(health: Health, lang: Lang): HealthFacts {
  const t = (k: UiKey) => translate(lang, k);
  const m = health.maturity;
  const last = health.releases.last;
  return {
    stage: m.stageTitle?.[lang] ?? m.stage ?? t('ui.health.no-stage'),
    next: m.next === null ? null : (m.nextTitle?.[lang] ?? m.next),
    unmet: m.unmet.map((c) => ({
      text: c.text[lang],
      actual:
        c.status === 'unknown'
          ? t('ui.health.unknown')
          : typeof c.actual === 'number'
            ? String(Math.round(c.actual * 100) / 100)
            : null,
    })),
    busFactor: dash(health.busFactor),
    elephantFactor: dash(health.elephantFactor),
    contributors: health.contributors.total,
    active: health.contributors.active,
    lastRelease: last ? `${last.tag} (${last.date.slice(0, 10)})` : t('ui.health.none'),
  };
}

/** One line for the terminal table. */
export function healthSummaryLine(health: Health, lang: Lang): string {
  const f = healthFacts(health, lang);
  return translate(lang, 'ui.health.summary', {
    stage: f.stage,
    bus: f.busFactor,
    contributors: f.contributors,
    active: f.active,
    release: f.lastRelease,
  });
}
