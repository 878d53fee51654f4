// Matches components (by purl) against OSV records: maps each purl to its OSV package, applies
// IsAffected to every record for that package, merges aliases so each vulnerability is reported
// once per component, and computes severity, fixed versions and the smallest fixing upgrade.
import { AliasMerger } from './aliases.js';
import { fixedVersions, isAffected, smallestFix } from './is-affected.js';
import type { OsvAffected, OsvRecord } from './osv-schema.js';
import { normalizeName, purlToOsv } from './purl-to-osv.js';
import { overallRating, scoreAll, type Rating, type SeverityScore } from './severity.js';

/** Where records come from: the local database, or an in-memory list in tests. */
export interface VulnSource {
  /** Records with an affected entry for this exact OSV ecosystem (suffix included) and name. */
  recordsFor(ecosystem: string, name: string): OsvRecord[];
}

export interface VulnFinding {
  id: string;
  aliases: string[];
  purl: string;
  ecosystem: string;
  name: string;
  version: string;
  summary?: string;
  severity: SeverityScore[];
  rating: Rating;
  /** Every fixed version OSV names for this package, ascending. */
  fixed: string[];
  /** The smallest upgrade that leaves this vulnerability behind, if known. */
  smallestFix: string | null;
  /** OSV records that matched (more than one when aliases were merged). */
  records: string[];
}

export interface NotEvaluable {
  purl: string;
  id: string;
}

export interface MatchResult {
  findings: VulnFinding[];
  /** Records whose only ranges are GIT ranges: they cannot be decided from a version. */
  notEvaluable: NotEvaluable[];
  /** purls with no OSV ecosystem (unknown types or distributions), not checked. */
  unmapped: string[];
  checked: number;
}

function entriesFor(record: OsvRecord, ecosystem: string, name: string): OsvAffected[] {
  const key = normalizeName(ecosystem, name);
  return record.affected.filter(
    (a) => a.package.ecosystem === ecosystem && normalizeName(ecosystem, a.package.name) === key,
  );
}

function findingFor(
  purl: string,
  pkg: { ecosystem: string; name: string; version: string },
  hits: OsvRecord[],
) {
  const merger = new AliasMerger();
  for (const r of hits) merger.link([r.id, ...r.aliases, ...r.upstream]);
  const byId = new Map(hits.map((r) => [r.id, r]));
  return merger.group(hits.map((r) => r.id)).map((group): VulnFinding => {
    const members = hits.filter((r) => r.id === group.id || group.aliases.includes(r.id));
    const primary = byId.get(group.id)!;
    const entries = members.flatMap((r) => entriesFor(r, pkg.ecosystem, pkg.name));
    const severities = members.flatMap((r) => [
      ...r.severity,
      ...entriesFor(r, pkg.ecosystem, pkg.name).flatMap((a) => a.severity ?? []),
    ]);
    const scores = dedupeScores(scoreAll(severities));
    const finding: VulnFinding = {
      id: group.id,
      aliases: group.aliases,
      purl,
      ...pkg,
      severity: scores,
      rating: overallRating(scores, members.find((m) => m.databaseSeverity)?.databaseSeverity),
      fixed: fixedVersions(entries),
      smallestFix: smallestFix(pkg.version, entries),
      records: members.map((m) => m.id).sort(),
    };
    const summary = primary.summary ?? members.find((m) => m.summary)?.summary;
    if (summary) finding.summary = summary;
    return finding;
  });
}

function dedupeScores(scores: SeverityScore[]): SeverityScore[] {
  const seen = new Set<string>();
  return scores.filter((s) => !seen.has(s.vector) && seen.add(s.vector));
}

export function matchPurls(
  purls: Iterable<string>,
  source: VulnSource,
  ecosystemOf: (purl: string) => string | undefined = () => undefined,
): MatchResult {
  const result: MatchResult = { findings: [], notEvaluable: [], unmapped: [], checked: 0 };
  for (const purl of new Set(purls)) {
    const pkg = purlToOsv(purl, ecosystemOf(purl));
    if (!pkg) {
      result.unmapped.push(purl);
      continue;
    }
    result.checked++;
    const hits: OsvRecord[] = [];
    for (const record of source.recordsFor(pkg.ecosystem, pkg.name)) {
      if (record.withdrawn) continue;
      const outcomes = entriesFor(record, pkg.ecosystem, pkg.name).map((a) => isAffected(pkg.version, a));
      if (outcomes.includes('affected')) hits.push(record);
      else if (outcomes.includes('not-evaluable')) result.notEvaluable.push({ purl, id: record.id });
    }
    if (hits.length) result.findings.push(...findingFor(purl, pkg, hits));
  }
  return result;
}

/** An in-memory source over a list of records (tests, SBOM-sized ad hoc use). */
export function memorySource(records: OsvRecord[]): VulnSource {
  const index = new Map<string, OsvRecord[]>();
  for (const r of records)
    for (const a of r.affected) {
      const key = `${a.package.ecosystem}\u0000${normalizeName(a.package.ecosystem, a.package.name)}`;
      const list = index.get(key) ?? [];
      if (!list.includes(r)) list.push(r);
      index.set(key, list);
    }
  return { recordsFor: (eco, name) => index.get(`${eco}\u0000${normalizeName(eco, name)}`) ?? [] };
}
