// Signed commits, estimated from the most recent commits only: `%G?` would run gpg on every
// signed commit, so instead the raw commit headers are read and a gpgsig header counts as signed
// (present, not verified: Steward holds no keys).
import { streamGitTokens, type GitExit } from './git-process.js';

export const SIGNATURE_SAMPLE = 1000;

export interface SignatureSample {
  sampled: number;
  signed: number;
}

export async function sampleSignedCommits(
  cwd: string,
  since: string | undefined,
): Promise<{ sample: SignatureSample; exit: GitExit }> {
  const sample = { sampled: 0, signed: 0 };
  const args = ['log', '-z', '--format=raw', `-n${SIGNATURE_SAMPLE}`];
  if (since) args.push(`--since=${since}`);
  args.push('HEAD', '--');
  const exit = await streamGitTokens(cwd, args, (raw) => {
    if (!raw.startsWith('commit ')) return;
    sample.sampled++;
    const headers = raw.slice(0, raw.indexOf('\n\n') >>> 0);
    if (/\ngpgsig(?:-sha256)? /.test(headers)) sample.signed++;
  });
  return { sample, exit };
}
