// The audit: components in (purls with dependency edges), findings out — matched against the
// local database, with suppressions applied and each finding's path from a direct dependency.
// Reads only the local database: it never touches the network.
import { openDatabase, databaseAgeDays } from './db/open.js';
import type { StoreMeta } from './db/store.js';
import { matchPurls, type NotEvaluable, type VulnFinding } from './match.js';
import { purlToOsv } from './purl-to-osv.js';
import { dependencyPath } from './sbom-input.js';
import {
  isExpired,
  suppressionFor,
  type IgnoreRule,
  type Suppression,
  type VexStatement,
} from './suppress.js';

export interface AuditComponents {
  purls: string[];
  /** OSV ecosystems the inventory already knows (from os-release), by purl. */
  osvEcosystems?: Map<string, string>;
  edges: { from: string; to: string }[];
  roots: string[];
}

export interface AuditOptions {
  dbDir: string;
  ignores?: IgnoreRule[];
  vex?: VexStatement[];
  now?: Date;
}

export interface ReportedVuln extends VulnFinding {
  /** purls from a direct dependency down to the affected component; empty when unknown. */
  path: string[];
}

export interface AuditReport {
  database: { dir: string; ageDays: number | null; ecosystems: StoreMeta['ecosystems'] };
  vulnerabilities: ReportedVuln[];
  suppressed: (ReportedVuln & { suppression: Suppression })[];
  notEvaluable: NotEvaluable[];
  expiredIgnores: IgnoreRule[];
  /** Components checked against the database, and those with no OSV ecosystem. */
  checked: number;
  unmapped: number;
}

export class NoDatabaseError extends Error {
  constructor(readonly dir: string) {
    super(`no vulnerability database at ${dir}`);
    this.name = 'NoDatabaseError';
  }
}

const RATING_ORDER = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];

export async function audit(input: AuditComponents, options: AuditOptions): Promise<AuditReport> {
  const db = await openDatabase(options.dbDir);
  if (!db) throw new NoDatabaseError(options.dbDir);
  const now = options.now ?? new Date();
  const ecosystemOf = (purl: string) => input.osvEcosystems?.get(purl);
  const packages = input.purls.map((p) => purlToOsv(p, ecosystemOf(p))).filter((p) => p !== null);
  await db.load(packages);
  const matched = matchPurls(input.purls, db.source, ecosystemOf);
  const report: AuditReport = {
    database: { dir: options.dbDir, ageDays: databaseAgeDays(db.meta, now), ecosystems: db.meta.ecosystems },
    vulnerabilities: [],
    suppressed: [],
    notEvaluable: matched.notEvaluable,
    expiredIgnores: (options.ignores ?? []).filter((r) => isExpired(r, now)),
    checked: matched.checked,
    unmapped: matched.unmapped.length,
  };
  for (const f of matched.findings) {
    const reported: ReportedVuln = { ...f, path: dependencyPath(f.purl, input.edges, input.roots) };
    const suppression = suppressionFor(f, options.ignores ?? [], options.vex ?? [], now);
    if (suppression) report.suppressed.push({ ...reported, suppression });
    else report.vulnerabilities.push(reported);
  }
  report.vulnerabilities.sort(
    (a, b) =>
      RATING_ORDER.indexOf(a.rating) - RATING_ORDER.indexOf(b.rating) ||
      (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return report;
}
