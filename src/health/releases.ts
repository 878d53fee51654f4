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

export function isSemverTag(name: string): boolean {
  const bare = name.replace(/^(?:.*\/)?v?(?=\d)/, '');
  return semver.valid(bare) !== null;
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
  return {
    count: tags.length,
    last: last ? { tag: last.name, date: new Date(last.date * 1000).toISOString() } : null,
    daysSinceLast: last ? round((now - last.date) / 86_400) : null,
    medianIntervalDays: round(median(intervals)),
    inLastYear: dated.filter((t) => now - t.date <= 365 * 86_400).length,
    semverTags,
    semverRatio: tags.length ? semverTags / tags.length : null,
    annotatedTags: tags.filter((t) => t.annotated).length,
    signedTags: tags.filter((t) => t.signed).length,
  };
}
