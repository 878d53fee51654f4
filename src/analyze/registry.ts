// Analyzers run over the whole inventory after extraction, in this order.
import type { Analyzer } from '../core/analyzer.js';
import type { HealthOptions } from '../health/analyze.js';
import { archAnalyzer } from './arch/index.js';
import { createHealthAnalyzer, healthAnalyzer } from './health/index.js';
import { licensesAnalyzer } from './licenses/index.js';
import { createVulnsAnalyzer } from './vulns/index.js';

export interface AnalyzerSettings {
  /** Options of the health analyzer, or false to leave health out of the scan. */
  health?: false | HealthOptions;
  /** The local OSV database directory; without it the vulnerability analyzer only notes its absence. */
  vulnDb?: string | undefined;
}

export function defaultAnalyzers(settings: AnalyzerSettings = {}): Analyzer[] {
  const out = [licensesAnalyzer, createVulnsAnalyzer(settings.vulnDb), archAnalyzer];
  if (settings.health !== false)
    out.push(settings.health ? createHealthAnalyzer(settings.health) : healthAnalyzer);
  return out;
}

export const ANALYZERS: Analyzer[] = defaultAnalyzers();
