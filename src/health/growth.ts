// Growth of the contributor community: the monthly activity series, newcomers per window (authors
// whose first commit falls in it) and how many of them came back in the following window.
import type { AuthorStats, MonthStats } from './history.js';

export interface MonthPoint {
  month: string;
  commits: number;
  activeContributors: number;
}

export interface WindowPoint {
  /** ISO dates; the window is (start, end]. */
  start: string;
  end: string;
  commits: number;
  activeContributors: number;
  newContributors: number;
  /** Newcomers of this window who also committed in the next one; null for the latest window. */
  retained: number | null;
}

export function monthlySeries(months: Map<string, MonthStats>): MonthPoint[] {
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({ month, commits: m.commits, activeContributors: m.authors.size }));
}

export function windowSeries(
  authors: Iterable<AuthorStats>,
  now: number,
  windowDays: number,
  count: number,
  windowOf: (t: number) => number,
): WindowPoint[] {
  const span = windowDays * 86_400;
  const points = Array.from({ length: count }, (_, i) => ({
    start: new Date((now - (i + 1) * span) * 1000).toISOString().slice(0, 10),
    end: new Date((now - i * span) * 1000).toISOString().slice(0, 10),
    commits: 0,
    activeContributors: 0,
    newContributors: 0,
    retained: i === 0 ? null : 0,
  }));
  for (const a of authors) {
    for (const [w, n] of a.windows) {
      if (w >= count) continue;
      points[w]!.activeContributors++;
      points[w]!.commits += n;
    }
    if (!Number.isFinite(a.first)) continue;
    const firstWindow = windowOf(a.first);
    if (firstWindow < 0 || firstWindow >= count) continue;
    const p = points[firstWindow]!;
    p.newContributors++;
    if (firstWindow > 0 && a.windows.has(firstWindow - 1)) p.retained = (p.retained ?? 0) + 1;
  }
  return points;
}

/** Change in active contributors between the previous window and the latest, as a fraction. */
export function growthRate(points: WindowPoint[]): number | null {
  const [latest, previous] = points;
  if (!latest || !previous || previous.activeContributors === 0) return null;
  return (latest.activeContributors - previous.activeContributors) / previous.activeContributors;
}
