// Aggregates the streamed commits into per-author, per-month and per-window counts. Memory grows
// with the number of distinct authors and months, never with the number of commits.
import { classifyChangeRequest, type ChangeRequestStyle } from './change-requests.js';
import type { CommitRecord } from './read-commits.js';

const DAY = 86_400;

export interface AuthorStats {
  /** "Name <email>" after .mailmap: the key `git shortlog -sne` prints. */
  key: string;
  name: string;
  email: string;
  commits: number;
  commitsInWindow: number;
  first: number;
  last: number;
  /** Commits per window index (0 = the latest window). */
  windows: Map<number, number>;
}

export interface MonthStats {
  commits: number;
  authors: Set<string>;
}

export class HistoryAccumulator {
  readonly authors = new Map<string, AuthorStats>();
  readonly months = new Map<string, MonthStats>();
  commits = 0;
  commitsInWindow = 0;
  merges = 0;
  nonMerges = 0;
  signedOff = 0;
  malformedDates = 0;
  malformedIdentities = 0;
  /** Commits with a malformed date, identity or both. */
  malformedCommits = 0;
  first = Infinity;
  last = -Infinity;
  readonly changeRequests: Record<ChangeRequestStyle, number> = {
    github: 0,
    gitee: 0,
    gitlab: 0,
    'github-squash': 0,
  };

  constructor(
    /** End of the latest window, seconds since the epoch. */
    readonly now: number,
    readonly windowDays: number,
  ) {}

  windowOf(time: number): number {
    return Math.floor((this.now - time) / (this.windowDays * DAY));
  }

  add(c: CommitRecord): void {
    this.commits++;
    if (c.malformedDate) this.malformedDates++;
    if (c.malformedIdentity) this.malformedIdentities++;
    if (c.malformedDate || c.malformedIdentity) this.malformedCommits++;
    if (c.parentCount > 1) this.merges++;
    else {
      this.nonMerges++;
      if (c.signedOff) this.signedOff++;
    }
    const style = classifyChangeRequest(c.subject, c.parentCount);
    if (style) this.changeRequests[style]++;

    const key = `${c.name} <${c.email}>`;
    let a = this.authors.get(key);
    if (!a) {
      a = {
        key,
        name: c.name,
        email: c.email,
        commits: 0,
        commitsInWindow: 0,
        first: Infinity,
        last: -Infinity,
        windows: new Map(),
      };
      this.authors.set(key, a);
    }
    a.commits++;
    const t = c.authorTime;
    if (Number.isNaN(t)) return;
    if (t < a.first) a.first = t;
    if (t > a.last) a.last = t;
    if (t < this.first) this.first = t;
    if (t > this.last) this.last = t;
    const w = this.windowOf(t);
    if (w >= 0) a.windows.set(w, (a.windows.get(w) ?? 0) + 1);
    if (w === 0) {
      a.commitsInWindow++;
      this.commitsInWindow++;
    }
    const month = new Date(t * 1000).toISOString().slice(0, 7);
    let m = this.months.get(month);
    if (!m) this.months.set(month, (m = { commits: 0, authors: new Set() }));
    m.commits++;
    m.authors.add(key);
  }
}
