// Releases read from tags (`git for-each-ref refs/tags`, creator dates: the tagger date of an
// annotated tag, the commit date of a lightweight one): cadence, time since the last release,
// semver discipline and signed tags.
import semver from 'semver';
import { streamGitTokens, type GitExit } from './git-process.js';

export interface TagRecord {
  name: string;
  /** Seconds since the epoch; NaN when the tag's date is unreadable. */
  date: number;
  annotated: boolean;
  signed: boolean;
}

export interface ReleaseStats {
  count: number;
  last: { tag: string; date: string } | null;
  daysSinceLast: number | null;
  medianIntervalDays: number | null;
  inLastYear: number;
  semverTags: number;
  semverRatio: number | null;
  /** Semver tags dated after a higher version of their own release line (same prefix, major and minor). */
  semverOutOfOrder: number;
  /** Share of dated semver tags that are in order within their line; null without any. */
  semverOrderRatio: number | null;
  annotatedTags: number;
  signedTags: number;
}

const FORMAT = '%(refname:strip=2)%00%(creatordate:unix)%00%(objecttype)%00%(contents:signature)';

export async function readTags(cwd: string): Promise<{ tags: TagRecord[]; exit: GitExit }> {
  const tags: TagRecord[] = [];
  let fields: string[] = [];
  // for-each-ref ends each record with a newline, which lands at the head of the next name.
  const exit = await streamGitTokens(cwd, ['for-each-ref', `--format=${FORMAT}%00`, 'refs/tags'], (t) => {
    fields.push(t);
    if (fields.length < 4) return;
    const [name = '', date = '', type = '', signature = ''] = fields;
    fields = [];
    const n = Number(date);
    tags.push({
      name: name.replace(/^\n/, ''),
      date: date !== '' && Number.isFinite(n) ? n : NaN,
      annotated: type === 'tag',
      signed: signature.includes('-----BEGIN'),
    });
  });
  return { tags, exit };
}

/** Splits `v1.2.3`, `pkg/v1.2.3` or `@scope/pkg@1.2.3` into a prefix and a valid semver. */
function semverOf(name: string): { prefix: string; version: string } | null {
  const m = /^(.*[/@])?v?(\d.*)$/.exec(name);
  const version = m ? semver.valid(m[2]!) : null;
  return version ? { prefix: m![1] ?? '', version } : null;
}

export function isSemverTag(name: string): boolean {
  return semverOf(name) !== null;
}

/**
 * Tags that go backwards: in date order, a version lower than one already released on the same
 * line (prefix + major.minor). Releases on older lines after newer ones are backports, not faults.
 */
function outOfOrder(dated: TagRecord[]): { checked: number; backwards: number } {
  const highest = new Map<string, string>();
  let checked = 0;
  let backwards = 0;
  for (const t of dated) {
    const v = semverOf(t.name);
    if (!v) continue;
    checked++;
    const line = `${v.prefix}${semver.major(v.version)}.${semver.minor(v.version)}`;
    const top = highest.get(line);
    if (top !== undefined && semver.lte(v.version, top)) backwards++;
    else highest.set(line, v.version);
  }
  return { checked, backwards };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function releaseStats(tags: TagRecord[], now: number): ReleaseStats {
  const dated = tags.filter((t) => !Number.isNaN(t.date)).sort((a, b) => a.date - b.date);
  const last = dated.at(-1);
  const intervals = dated.slice(1).map((t, i) => (t.date - dated[i]!.date) / 86_400);
  const semverTags = tags.filter((t) => isSemverTag(t.name)).length;
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  const order = outOfOrder(dated);
  return {
    count: tags.length,
    last: last ? { tag: last.name, date: new Date(last.date * 1000).toISOString() } : null,
    daysSinceLast: last ? round((now - last.date) / 86_400) : null,
    medianIntervalDays: round(median(intervals)),
    inLastYear: dated.filter((t) => now - t.date <= 365 * 86_400).length,
    semverTags,
    semverRatio: tags.length ? semverTags / tags.length : null,
    semverOutOfOrder: order.backwards,
    semverOrderRatio: order.checked ? (order.checked - order.backwards) / order.checked : null,
    annotatedTags: tags.filter((t) => t.annotated).length,
    signedTags: tags.filter((t) => t.signed).length,
  };
}
