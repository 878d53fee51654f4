// The vulnerability analyzer inside `steward scan`: matches the inventory against the local OSV
// database (never the network) in the directory the caller configures (ScanOptions.vulnDb, given
// to the factory below; it
// reads no environment). With no database it adds one note and steps aside; `steward audit` is
// the full report with suppressions, VEX and dependency paths.
import type { Analyzer, AnalyzerInput } from '../../core/analyzer.js';
import { diagnostic, type Diagnostic } from '../../core/diagnostics.js';
import type { Component } from '../../core/model.js';
import { audit, NoDatabaseError } from '../../vulns/audit.js';

const STALE_AFTER_DAYS = 7;

/** Components whose scanner recorded their OSV ecosystem (installed OS packages, from os-release). */
export function osvEcosystems(components: Component[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of components) {
    const eco = c.properties?.osvEcosystem;
    if (typeof eco === 'string' && eco) out.set(c.purl, eco);
  }
  return out;
}

/** The analyzer over the database in `dbDir`; without one it only notes that nothing was checked. */
export function createVulnsAnalyzer(dbDir?: string): Analyzer {
  return { id: 'vulns', analyze: ({ inventory }) => analyzeVulns(inventory, dbDir) };
}

export const vulnsAnalyzer = createVulnsAnalyzer();

async function analyzeVulns(
  inventory: AnalyzerInput['inventory'],
  dbDir: string | undefined,
): Promise<Diagnostic[]> {
  // Not configured: nothing checked, said the same way as a missing database.
  if (!dbDir) return [diagnostic('vuln/no-database', { dir: '-' })];
  const dir = dbDir;
  const input = {
    purls: inventory.components.map((c) => c.purl),
    osvEcosystems: osvEcosystems(inventory.components),
    edges: inventory.relationships.map((r) => ({ from: r.from, to: r.to })),
    roots: [...new Set(inventory.relationships.map((r) => r.from).filter((f) => f.startsWith('importer:')))],
  };
  let report;
  try {
    report = await audit(input, { dbDir: dir });
  } catch (err) {
    if (err instanceof NoDatabaseError) return [diagnostic('vuln/no-database', { dir })];
    throw err;
  }
  const out: Diagnostic[] = [];
  if (report.database.ageDays !== null && report.database.ageDays > STALE_AFTER_DAYS)
    out.push(diagnostic('vuln/stale-database', { dir, days: report.database.ageDays }));
  const byPurl = new Map(inventory.components.map((c) => [c.purl, c]));
  for (const v of report.vulnerabilities) {
    const location = byPurl.get(v.purl)?.locations[0];
    out.push(
      diagnostic(
        'vuln/affected',
        {
          purl: v.purl,
          id: v.id,
          rating: v.rating,
          summary: v.summary ? `: ${v.summary}` : '',
          fixed: v.smallestFix ?? '-',
        },
        {
          component: v.purl,
          severity: v.rating === 'critical' || v.rating === 'high' ? 'error' : 'warning',
          ...(location ? { location } : {}),
          data: {
            id: v.id,
            aliases: v.aliases,
            fixed: v.fixed,
            smallestFix: v.smallestFix,
            severity: v.severity,
            path: v.path,
          },
        },
      ),
    );
  }
  for (const n of report.notEvaluable)
    out.push(diagnostic('vuln/not-evaluable', { purl: n.purl, id: n.id }, { component: n.purl }));
  return out;
}
