// The health analyzer inside `steward scan`: when the scanned directory is the top of a git
// repository, the same report as `steward health` becomes the result's `health` section (read by
// the policy's health rules and the HTML and Markdown reports), and its maturity stage a note.
import type { Analyzer } from '../../core/analyzer.js';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import { analyzeHealth, type HealthOptions } from '../../health/analyze.js';
import type { HealthReport } from '../../health/report.js';
import { isRepositoryTop, RepositoryError } from '../../health/repository.js';

/** The health report as the scan result carries it: its diagnostics join the scan's own. */
export type HealthSection = Omit<HealthReport, 'diagnostics'>;

declare module '../../core/result.js' {
  interface ScanSections {
    /** Project health from git history; present when the scanned directory is a repository's top. */
    health?: HealthSection;
  }
}

export function createHealthAnalyzer(options: HealthOptions = {}): Analyzer {
  return {
    id: 'health',
    async analyze({ inventory, ctx, addSections }) {
      if (!(await isRepositoryTop(ctx.root))) return [];
      let report: HealthReport;
      try {
        report = await analyzeHealth(ctx.root, { components: inventory.components, ...options });
      } catch (err) {
        // The probe said this is a repository; if git disagrees now, health is simply absent.
        if (err instanceof RepositoryError) return [];
        throw err;
      }
      const { diagnostics, ...section } = report;
      addSections?.({ health: section });
      const out: Diagnostic[] = [...diagnostics];
      const m = report.maturity;
      out.push(
        diagnostic(
          'health/maturity',
          { stage: m.stage ?? '-', next: m.next ?? '-', unmet: m.unmet.length },
          { data: { stage: m.stage, next: m.next, unmet: m.unmet.map((c) => c.id) } },
        ),
      );
      return out;
    },
  };
}

export const healthAnalyzer = createHealthAnalyzer();
