// Concentration of work: bus factor (fewest authors covering half the commits), organisations
// from email domains and the elephant factor (fewest organisations covering half the commits
// made by organisations). Pure functions over the accumulated counts.
import type { AuthorStats } from './history.js';
import { INDIVIDUAL, organizationOf, UNKNOWN, type OrgMap } from './organizations.js';

/** Fewest counts (largest first) whose sum reaches half the total; null when there is nothing. */
export function halfCover(counts: number[]): number | null {
  const total = counts.reduce((s, n) => s + n, 0);
  if (total === 0) return null;
  const sorted = [...counts].sort((a, b) => b - a);
  let sum = 0;
  for (const [i, n] of sorted.entries()) {
    sum += n;
    if (sum * 2 >= total) return i + 1;
  }
  return sorted.length;
}

export interface OrganizationStats {
  name: string;
  kind: 'organization' | 'individual' | 'unknown';
  contributors: number;
  commits: number;
  commitsInWindow: number;
}

export function organizations(authors: Iterable<AuthorStats>, map: OrgMap): OrganizationStats[] {
  const byOrg = new Map<string, OrganizationStats>();
  for (const a of authors) {
    const name = organizationOf(a.email, map);
    let o = byOrg.get(name);
    if (!o) {
      const kind = name === INDIVIDUAL ? 'individual' : name === UNKNOWN ? 'unknown' : 'organization';
      byOrg.set(name, (o = { name, kind, contributors: 0, commits: 0, commitsInWindow: 0 }));
    }
    o.contributors++;
    o.commits += a.commits;
    o.commitsInWindow += a.commitsInWindow;
  }
  return [...byOrg.values()].sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name));
}

/** Elephant factor over organisations only (individuals and unknown domains left out). */
export function elephantFactor(
  orgs: OrganizationStats[],
  field: 'commits' | 'commitsInWindow',
): number | null {
  return halfCover(orgs.filter((o) => o.kind === 'organization').map((o) => o[field]));
}
