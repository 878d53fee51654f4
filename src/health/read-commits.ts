// Streams the commit history out of `git log` in a NUL-separated machine format (identities after
// .mailmap), one record at a time, so callers aggregate without holding the log. Records git could
// not fully describe (bad dates, empty identities) are flagged, not dropped.
import { streamGitTokens, type GitExit } from './git-process.js';

export interface CommitRecord {
  hash: string;
  parentCount: number;
  /** Author name and email after .mailmap, exactly as `git shortlog -sne` groups them. */
  name: string;
  email: string;
  /** Author and committer time, seconds since the epoch; NaN when git could not parse the date. */
  authorTime: number;
  committerTime: number;
  subject: string;
  signedOff: boolean;
  malformedDate: boolean;
  malformedIdentity: boolean;
}

// Eight fields; -z terminates each record with NUL as well, so every record is eight tokens and no
// field can contain the separator (git never prints NUL inside these placeholders).
const FORMAT =
  '%H%x00%P%x00%aN%x00%aE%x00%at%x00%ct%x00%s%x00%(trailers:key=Signed-off-by,valueonly,separator=%x2C)';
const FIELDS = 8;

export interface LogOptions {
  since?: string;
  /** Revision to walk; HEAD by default, like `git log` and `git shortlog`. */
  rev?: string;
}

function toTime(text: string): number {
  const n = Number(text);
  return text !== '' && Number.isFinite(n) && n > 0 ? n : NaN;
}

function toRecord(f: string[]): CommitRecord {
  const [hash = '', parents = '', name = '', email = '', at = '', ct = '', subject = '', sob = ''] = f;
  const authorTime = toTime(at);
  const committerTime = toTime(ct);
  return {
    hash: hash.replace(/^\n/, ''),
    parentCount: parents ? parents.split(' ').length : 0,
    name,
    email,
    authorTime,
    committerTime,
    subject,
    signedOff: sob.trim() !== '',
    malformedDate: Number.isNaN(authorTime) || Number.isNaN(committerTime),
    malformedIdentity: name.trim() === '' || email.trim() === '' || /[<>\n]/.test(name + email),
  };
}

export async function readCommits(
  cwd: string,
  options: LogOptions,
  onCommit: (c: CommitRecord) => void,
): Promise<GitExit & { records: number }> {
  const args = ['log', '--use-mailmap', '-z', `--format=${FORMAT}`];
  if (options.since) args.push(`--since=${options.since}`);
  args.push(options.rev ?? 'HEAD', '--');
  let fields: string[] = [];
  let records = 0;
  const exit = await streamGitTokens(cwd, args, (token) => {
    fields.push(token);
    if (fields.length === FIELDS) {
      records++;
      onCommit(toRecord(fields));
      fields = [];
    }
  });
  return { ...exit, records };
}
